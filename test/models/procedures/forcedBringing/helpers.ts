import { forcedBringingDefinition, type ForcedBringingContext, type ForcedBringingEvent, type ForcedBringingInput } from '../../../../models/procedures/forcedBringing';
import { player } from '../../../helpers/replay';

export function bringingInput(overrides: Partial<ForcedBringingInput> = {}): ForcedBringingInput {
  return { startDate: '2025-06-02', person: { age: 35 }, orderedBy: { role: 'districtProsecutor' }, ...overrides };
}

/** Summoned, stayed away without a good reason, ordered: ready to be brought. */
export const TO_ORDERED: ForcedBringingEvent[] = [{ type: 'summons.serve' }, { type: 'summons.miss', goodReason: false }, { type: 'bringing.order' }];

/** The one harness (test/helpers/replay.ts) on the forcedBringing, its input, events and context typed. */
export const run = player<ForcedBringingInput, ForcedBringingEvent, ForcedBringingContext>(forcedBringingDefinition);
