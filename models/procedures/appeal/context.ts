import type { AnswerOutcome, AppealInput, Concern, DismissReason } from './schema';

/**
 * The appeal machine's context. Dates are ISO `YYYY-MM-DD`; `null` means "has not happened".
 */
export interface AppealContext {
  /** The simulated date; moves only with time events. */
  date: string;
  /** The day of arrival: the only day it may be registered. */
  startDate: string;
  anonymous: boolean;
  concerns: Concern | null;
  repeatedWithoutNewArguments: boolean;
  prosecutor?: AppealInput['prosecutor'];
  registeredOn: string | null;
  /** Fifteen working days from registration. */
  deadline: string | null;
  extension: { until: string; on: string; notifyBy: string } | null;
  applicantNotifiedOn: string | null;
  /** Told of the extension after the three working days. */
  noticeLate: boolean;
  inspection: { appointedOn: string; interimReplyOn: string; finishedOn: string | null; answerBy: string | null } | null;
  answer: { outcome: AnswerOutcome; on: string; dueBy: string | null; late: boolean } | null;
  dismissal: { reason: DismissReason; on: string } | null;
}

export type AppealPhase = 'received' | 'ordinary' | 'extended' | 'awaitingInspection' | 'answered' | 'dismissed';

export function initialAppealContext(input: AppealInput): AppealContext {
  return {
    date: input.startDate,
    startDate: input.startDate,
    anonymous: input.anonymous === true,
    concerns: input.concerns ?? null,
    repeatedWithoutNewArguments: input.repeatedWithoutNewArguments === true,
    ...(input.prosecutor ? { prosecutor: { ...input.prosecutor } } : {}),
    registeredOn: null,
    deadline: null,
    extension: null,
    applicantNotifiedOn: null,
    noticeLate: false,
    inspection: null,
    answer: null,
    dismissal: null,
  };
}

/**
 * The day the answer is due now: after an inspection, ten working days from its end; while it runs,
 * none (the term follows the inspection's); otherwise the extension or the fifteen working days.
 */
export function answerDueBy(ctx: AppealContext): string | null {
  if (ctx.inspection) return ctx.inspection.answerBy;
  return ctx.extension?.until ?? ctx.deadline;
}
