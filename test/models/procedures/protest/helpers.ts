import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { explainProtest, protestMachine, type ProtestEvent, type ProtestInput } from '../../../../models/procedures/protest';
import type { Verdict } from '../../../../models/procedures/core/types';

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

export interface Played {
  snapshot: AnyMachineSnapshot;
  verdicts: Verdict[];
}

/**
 * Folds transition() over the events, as the shared runner does, asking explain() first and
 * checking that it agrees with the machine at every step.
 */
export function play(input: ProtestInput, events: ProtestEvent[]): Played {
  let [snapshot] = initialTransition(protestMachine, input) as [AnyMachineSnapshot, unknown];
  const verdicts: Verdict[] = [];
  for (const event of events) {
    const verdict = explainProtest(snapshot, event);
    const can = snapshot.status === 'active' && snapshot.can(event);
    if (verdict.ok !== can) {
      throw new Error(`explain() and the machine disagree on ${JSON.stringify(event)} in ${JSON.stringify(snapshot.value)}: ${JSON.stringify(verdict)}`);
    }
    verdicts.push(verdict);
    if (verdict.ok) [snapshot] = transition(protestMachine, snapshot, event) as [AnyMachineSnapshot, unknown];
  }
  return { snapshot, verdicts };
}

export function last<T>(xs: T[]): T {
  const x = xs.at(-1);
  if (x === undefined) throw new Error('empty list');
  return x;
}
