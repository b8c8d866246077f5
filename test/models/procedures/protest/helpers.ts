import { protestDefinition, type ProtestContext, type ProtestEvent, type ProtestInput } from '../../../../models/procedures/protest';
import { play, type Played } from '../../../helpers/replay';

/** A district prosecutor protesting a local executive body's individual act, brought to the issuer. */
export function protestInput(overrides: Partial<ProtestInput> = {}): ProtestInput {
  return {
    startDate: '2025-03-11',
    prosecutor: { role: 'districtProsecutor' },
    act: { issuer: 'localExecutive', type: 'individual' },
    addressee: 'issuer',
    ...overrides,
  };
}

/** The shared harness on the protest, its context typed. */
export function protest(input: ProtestInput, events: ProtestEvent[]): Played<ProtestEvent, ProtestContext> {
  return play<ProtestEvent, ProtestContext>(protestDefinition, input, events);
}

export function last<T>(xs: T[]): T {
  const x = xs.at(-1);
  if (x === undefined) throw new Error('empty list');
  return x;
}
