import { replay, stateValueString } from '../../../../models/procedures/core/replay';
import { forcedBringingDefinition, type ForcedBringingContext, type ForcedBringingEvent, type ForcedBringingInput } from '../../../../models/procedures/forcedBringing';

export function bringingInput(overrides: Partial<ForcedBringingInput> = {}): ForcedBringingInput {
  return { startDate: '2025-06-02', person: { age: 35 }, orderedBy: { role: 'districtProsecutor' }, ...overrides };
}

/** Summoned, stayed away without a good reason, ordered: ready to be brought. */
export const TO_ORDERED: ForcedBringingEvent[] = [{ type: 'summons.serve' }, { type: 'summons.miss', goodReason: false }, { type: 'bringing.order' }];

export function run(input: ForcedBringingInput, events: ForcedBringingEvent[]) {
  const steps = replay(forcedBringingDefinition, input, events);
  const last = steps.at(-1);
  if (!last) throw new Error('no events');
  return { verdicts: steps.map((s) => (s.verdict.ok ? 'ok' : s.verdict.code)), verdict: last.verdict, state: stateValueString(last.snapshot), context: last.snapshot.context as ForcedBringingContext };
}
