import { complaintDefinition, type ComplaintContext, type ComplaintEvent, type ComplaintInput } from '../../../../models/procedures/complaint';
import { player } from '../../../helpers/replay';

/** Learned of the act on Friday 10 January 2025; the three months end on Thursday 10 April. */
export function complaintInput(overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  return { startDate: '2025-03-03', learnedOn: '2025-01-10', ...overrides };
}

/** The one harness (test/helpers/replay.ts) on the complaint, its input, events and context typed. */
export const run = player<ComplaintInput, ComplaintEvent, ComplaintContext>(complaintDefinition);
