import { appealDefinition, type AppealContext, type AppealEvent, type AppealInput } from '../../../../models/procedures/appeal';
import { player } from '../../../helpers/replay';

/** An appeal arriving on Wednesday 19 March 2025, two days before Nauryz. */
export function appealInput(overrides: Partial<AppealInput> = {}): AppealInput {
  return { startDate: '2025-03-19', ...overrides };
}

/** The one harness (test/helpers/replay.ts) on the appeal, its input, events and context typed. */
export const run = player<AppealInput, AppealEvent, AppealContext>(appealDefinition);
