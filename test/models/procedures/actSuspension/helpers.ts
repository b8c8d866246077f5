import { actSuspensionDefinition, type ActSuspensionContext, type ActSuspensionEvent, type ActSuspensionInput } from '../../../../models/procedures/actSuspension';
import { replay, stateValueString } from '../../../../models/procedures/core/replay';

export function suspensionInput(overrides: Partial<ActSuspensionInput> = {}): ActSuspensionInput {
  return { startDate: '2025-06-02', prosecutor: { role: 'districtProsecutor' }, ...overrides };
}

export function run(input: ActSuspensionInput, events: ActSuspensionEvent[]) {
  const steps = replay(actSuspensionDefinition, input, events);
  const last = steps.at(-1);
  if (!last) throw new Error('no events');
  return { verdicts: steps.map((s) => (s.verdict.ok ? 'ok' : s.verdict.code)), verdict: last.verdict, state: stateValueString(last.snapshot), context: last.snapshot.context as ActSuspensionContext };
}
