import { replay, stateValueString } from '../../../../models/procedures/core/replay';
import { complaintDefinition, type ComplaintContext, type ComplaintEvent, type ComplaintInput } from '../../../../models/procedures/complaint';

/** Learned of the act on Friday 10 January 2025; the three months end on Thursday 10 April. */
export function complaintInput(overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  return { startDate: '2025-03-03', learnedOn: '2025-01-10', ...overrides };
}

export function run(input: ComplaintInput, events: ComplaintEvent[]) {
  const steps = replay(complaintDefinition, input, events);
  const last = steps.at(-1);
  if (!last) throw new Error('no events');
  return { verdicts: steps.map((s) => (s.verdict.ok ? 'ok' : s.verdict.code)), verdict: last.verdict, state: stateValueString(last.snapshot), context: last.snapshot.context as ComplaintContext };
}
