import { replay, stateValueString } from '../../../../models/procedures/core/replay';
import { appealDefinition, type AppealContext, type AppealEvent, type AppealInput } from '../../../../models/procedures/appeal';

/** An appeal arriving on Wednesday 19 March 2025, two days before Nauryz. */
export function appealInput(overrides: Partial<AppealInput> = {}): AppealInput {
  return { startDate: '2025-03-19', ...overrides };
}

export function run(input: AppealInput, events: AppealEvent[]) {
  const steps = replay(appealDefinition, input, events);
  const last = steps.at(-1);
  if (!last) throw new Error('no events');
  return { verdicts: steps.map((s) => (s.verdict.ok ? 'ok' : s.verdict.code)), verdict: last.verdict, state: stateValueString(last.snapshot), context: last.snapshot.context as AppealContext };
}
