/**
 * The appeal's rules (жолданым; CL art. 24 as the manual gives it), each a pure check returning a
 * Verdict. The machine's guards and explain() call these same functions.
 */
import { addWorkingDays, compareIso } from '../../calendar';
import { addMonthsMovedOff } from '../core/time';
import type { Verdict } from '../core/types';
import type { AppealContext, AppealPhase } from './context';
import type { AppealDomainEvent, AppealEventOf as EventOf } from './schema';

const OK: Verdict = { ok: true };

/** Fifteen working days from registration (CL art. 24). */
export const TERM_WORKING_DAYS = 15;
/** An extension reaches at most two months after arrival. */
export const MAX_EXTENSION_MONTHS = 2;
/** The applicant is told of an extension within three working days. */
export const NOTICE_WORKING_DAYS = 3;
/** The final answer after an inspection: within ten working days of its end. */
export const AFTER_INSPECTION_WORKING_DAYS = 10;

/** The latest date an extension may reach. */
export function maxExtensionDate(ctx: AppealContext): string {
  return addMonthsMovedOff(ctx.startDate, MAX_EXTENSION_MONTHS);
}

/** Registered on the day of arrival, not later. */
export function checkRegister(ctx: AppealContext): Verdict {
  if (ctx.date !== ctx.startDate) return { ok: false, code: 'registrationDayPassed', citation: 'appeal.registration', values: { arrivedOn: ctx.startDate, today: ctx.date } };
  return OK;
}

/**
 * An extension by a reasoned decision, within the term, later than it, and at most two months after arrival.
 * @example arrived 2025-05-05: 2025-07-05 is a Saturday and 7 July a day off for Capital Day, so 2025-07-08 is the latest `until`
 */
export function checkExtend(ctx: AppealContext, event: EventOf<'appeal.extend'>): Verdict {
  if (ctx.deadline !== null && compareIso(ctx.date, ctx.deadline) > 0) {
    return { ok: false, code: 'extensionAfterTerm', citation: 'appeal.extension', values: { deadline: ctx.deadline, today: ctx.date } };
  }
  if (ctx.deadline !== null && compareIso(event.until, ctx.deadline) <= 0) {
    return { ok: false, code: 'extensionNotLonger', citation: 'appeal.extension', values: { until: event.until, deadline: ctx.deadline } };
  }
  const max = maxExtensionDate(ctx);
  if (compareIso(event.until, max) > 0) return { ok: false, code: 'extensionTooLong', citation: 'appeal.extension', values: { until: event.until, max, months: MAX_EXTENSION_MONTHS } };
  return OK;
}

/** The applicant is told of the extension once (late is recorded, not refused). */
export function checkNotify(ctx: AppealContext): Verdict {
  if (ctx.applicantNotifiedOn !== null) return { ok: false, code: 'applicantAlreadyNotified', citation: 'appeal.extensionNotice', values: { on: ctx.applicantNotifiedOn } };
  return OK;
}

/** The inspection appointed on the appeal ends once. */
export function checkInspectionFinish(ctx: AppealContext): Verdict {
  if (ctx.inspection?.finishedOn) return { ok: false, code: 'inspectionAlreadyFinished', citation: 'appeal.inspection', values: { on: ctx.inspection.finishedOn } };
  return OK;
}

/** An anonymous appeal is considered only when it tells of a crime or a threat to national security. */
export function isAnonymousIgnored(ctx: AppealContext): boolean {
  return ctx.anonymous && ctx.concerns !== 'crime' && ctx.concerns !== 'nationalSecurity';
}

/** The answer: not to an anonymous appeal that is not considered, not before the inspection ends. */
export function checkAnswer(ctx: AppealContext): Verdict {
  if (isAnonymousIgnored(ctx)) return { ok: false, code: 'anonymousNotConsidered', citation: 'appeal.anonymous', values: { anonymous: true } };
  if (ctx.inspection && ctx.inspection.finishedOn === null) {
    return { ok: false, code: 'inspectionNotFinished', citation: 'appeal.inspection', values: { appointedOn: ctx.inspection.appointedOn } };
  }
  return OK;
}

/** Dismissed unconsidered: an anonymous appeal unless about a crime or national security; a repeated one without new arguments. */
export function checkDismiss(ctx: AppealContext, event: EventOf<'appeal.dismiss'>): Verdict {
  if (event.reason === 'anonymous') {
    if (!ctx.anonymous) return { ok: false, code: 'notAnonymous', citation: 'appeal.anonymous', values: { anonymous: false } };
    if (!isAnonymousIgnored(ctx)) return { ok: false, code: 'anonymousConcernsCrime', citation: 'appeal.anonymous', values: { anonymous: true } };
    return OK;
  }
  if (!ctx.repeatedWithoutNewArguments) return { ok: false, code: 'notRepeated', citation: 'appeal.repeated', values: { repeatedWithoutNewArguments: false } };
  return OK;
}

/** The deadlines counted from the day after: registration + 15, extension notice + 3, inspection end + 10. */
export function termAfterRegistration(registeredOn: string): string {
  return addWorkingDays(registeredOn, TERM_WORKING_DAYS);
}
export function noticeDeadline(extendedOn: string): string {
  return addWorkingDays(extendedOn, NOTICE_WORKING_DAYS);
}
export function answerAfterInspection(finishedOn: string): string {
  return addWorkingDays(finishedOn, AFTER_INSPECTION_WORKING_DAYS);
}

/** The check of an event in a state that takes it (the machine's guards ask the same). */
export function checkEvent(ctx: AppealContext, event: AppealDomainEvent): Verdict {
  switch (event.type) {
    case 'appeal.register':
      return checkRegister(ctx);
    case 'appeal.extend':
      return checkExtend(ctx, event);
    case 'applicant.notify':
      return checkNotify(ctx);
    case 'inspection.appoint':
      return OK;
    case 'inspection.finish':
      return checkInspectionFinish(ctx);
    case 'appeal.answer':
      return checkAnswer(ctx);
    case 'appeal.dismiss':
      return checkDismiss(ctx, event);
  }
}

/**
 * Why an event is refused in a state of a live run that does not take it at all; null leaves the
 * core's `notAvailableHere`. Only called for such states.
 */
export function refusalOutsideState(ctx: AppealContext, phase: AppealPhase, type: AppealDomainEvent['type']): Verdict | null {
  const values = { phase, event: type };
  if (phase === 'received') return { ok: false, code: 'notRegistered', citation: 'appeal.registration', values };
  switch (type) {
    case 'appeal.register':
      return { ok: false, code: 'alreadyRegistered', citation: 'appeal.registration', values: { ...values, registeredOn: ctx.registeredOn } };
    case 'appeal.extend':
      if (phase === 'extended') return { ok: false, code: 'alreadyExtended', citation: 'appeal.extension', values: { ...values, until: ctx.extension?.until ?? null } };
      return { ok: false, code: 'awaitingInspection', citation: 'appeal.inspection', values };
    case 'applicant.notify':
      return { ok: false, code: 'notExtended', citation: 'appeal.extensionNotice', values };
    case 'inspection.appoint':
      return { ok: false, code: 'inspectionAlreadyAppointed', citation: 'appeal.inspection', values: { ...values, appointedOn: ctx.inspection?.appointedOn ?? null } };
    case 'inspection.finish':
      return { ok: false, code: 'noInspection', citation: 'appeal.inspection', values };
    default:
      return null;
  }
}

/** Every refusal code this procedure's own checks return (the core's come on top). */
export const CODES = [
  'alreadyExtended',
  'alreadyRegistered',
  'anonymousConcernsCrime',
  'anonymousNotConsidered',
  'applicantAlreadyNotified',
  'awaitingInspection',
  'extensionAfterTerm',
  'extensionNotLonger',
  'extensionTooLong',
  'inspectionAlreadyAppointed',
  'inspectionAlreadyFinished',
  'inspectionNotFinished',
  'noInspection',
  'notAnonymous',
  'notExtended',
  'notRegistered',
  'notRepeated',
  'registrationDayPassed',
] as const;
