import { actSuspensionDefinition, type ActSuspensionContext, type ActSuspensionEvent, type ActSuspensionInput } from '../../../../models/procedures/actSuspension';
import { player } from '../../../helpers/replay';

export function suspensionInput(overrides: Partial<ActSuspensionInput> = {}): ActSuspensionInput {
  return { startDate: '2025-06-02', prosecutor: { role: 'districtProsecutor' }, ...overrides };
}

/** The one harness (test/helpers/replay.ts) on the actSuspension, its input, events and context typed. */
export const run = player<ActSuspensionInput, ActSuspensionEvent, ActSuspensionContext>(actSuspensionDefinition);
