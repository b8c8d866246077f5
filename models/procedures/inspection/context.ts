import { addWorkingDays, compareIso, isWorkingDay, workingDaysBetween } from '../../calendar';
import type { ExtensionReason, InspectionDecision, InspectionInput, RefusalReason, SuspensionReason } from './schema';

/** Working days of an inspection (CL art. 18.4). */
export const TERM_DAYS = 30;
/** At most this many working days, once (CL art. 18.4). */
export const MAX_EXTENSION_DAYS = 30;
/** The GPO considers a consent petition within 7 working days, 15 when it asks for more (Rules item 9). */
export const CONSENT_DAYS = 7;
export const CONSENT_DAYS_WITH_INFO = 15;
/** In the cases of Rules item 11: registration within the next working day after the start. */
export const REGISTRATION_DAYS = 1;
/** The certificate is handed within 5 working days after the end. */
export const CERTIFICATE_DAYS = 5;

export type ConsentStatus = 'notNeeded' | 'notRequested' | 'pending' | 'granted' | 'refused';

/** Deadlines as ISO dates; null while their count has not started or where they do not apply. */
export interface InspectionDeadlines {
  consent: string | null;
  registration: string | null;
  completion: string | null;
  certificate: string | null;
}

/** True when the deadline has passed without the act, or the act came after it. Recomputed after every event. */
export interface InspectionOverdue {
  consent: boolean;
  registration: boolean;
  completion: boolean;
  certificate: boolean;
}

export interface InspectionContext {
  /** The simulated date; moves only with time events. */
  date: string;
  input: InspectionInput;
  consent: {
    status: ConsentStatus;
    requestedOn: string | null;
    infoRequested: boolean;
    answeredOn: string | null;
    /** The GPO answered after its term: the answer still stands, the delay is recorded. */
    late: boolean;
  };
  /** The persons named in the resolution; only they inspect (Rules item 11). */
  inspectors: string[];
  appointedOn: string | null;
  resolutionHandedOn: string | null;
  /**
   * `required`: the area is registered at all; `afterStart`: an item-11 case (or an urgent detention
   * inspection), registered within the next working day after the start; otherwise before it.
   */
  registration: { required: boolean; afterStart: boolean; registeredOn: string | null };
  startedOn: string | null;
  extension: { days: number; reason: ExtensionReason; on: string } | null;
  suspension: {
    /** Set while suspended. */
    since: string | null;
    reason: SuspensionReason | null;
    /** Working days spent in finished suspensions; the term moves by them. */
    workingDaysSpent: number;
    count: number;
  };
  access: { refusedFor: RefusalReason | null; refusedOn: string | null; person: string | null; clearanceShown: boolean; refusals: number };
  completedOn: string | null;
  certificate: { handedOn: string; signed: boolean } | null;
  decision: InspectionDecision | null;
  decidedOn: string | null;
  /** 30 + extension; null where the terms do not apply (areas other than 'general'). */
  termDays: number | null;
  /** Working days of the term left on `date` (negative: days past); frozen while suspended. */
  remainingDays: number | null;
  deadlines: InspectionDeadlines;
  overdue: InspectionOverdue;
}

/** Only the 'general' area is registered and bound by the 30-day terms (Rules item 11). */
export function termsApply(input: InspectionInput): boolean {
  return input.area === 'general';
}

/** An urgent detention inspection starts at once; its registration may follow by the next working day (Rules items 11, 28). */
export function isUrgentDetention(input: InspectionInput): boolean {
  return input.urgent === true && input.subject.kind === 'detentionFacility';
}

/**
 * Registration may follow the start (within the next working day) only in the cases of Rules item
 * 11, which the input marks, and for an urgent detention inspection; otherwise it comes first.
 */
export function isRegistrationAfterStart(input: InspectionInput): boolean {
  return input.registrationAfterStart === true || isUrgentDetention(input);
}

export function needsConsent(input: InspectionInput): boolean {
  return input.subject.kind === 'business' && input.basis === 'decision';
}

export function initialContext(input: InspectionInput): InspectionContext {
  const ctx: InspectionContext = {
    date: input.startDate,
    input,
    consent: { status: needsConsent(input) ? 'notRequested' : 'notNeeded', requestedOn: null, infoRequested: false, answeredOn: null, late: false },
    inspectors: [],
    appointedOn: null,
    resolutionHandedOn: null,
    registration: { required: termsApply(input), afterStart: isRegistrationAfterStart(input), registeredOn: null },
    startedOn: null,
    extension: null,
    suspension: { since: null, reason: null, workingDaysSpent: 0, count: 0 },
    access: { refusedFor: null, refusedOn: null, person: null, clearanceShown: false, refusals: 0 },
    completedOn: null,
    certificate: null,
    decision: null,
    decidedOn: null,
    termDays: null,
    remainingDays: null,
    deadlines: { consent: null, registration: null, completion: null, certificate: null },
    overdue: { consent: false, registration: false, completion: false, certificate: false },
  };
  refreshTerms(ctx);
  return ctx;
}

/**
 * The working days a suspension froze once it is over: those strictly between the day of suspension
 * and the day of resumption. Both of those days are days of the term: the count continues from the
 * day of resumption (seed l. 2224-2226; design.md).
 * @example frozenWorkingDays('2025-03-05', '2025-03-07') // 1: Thursday 6 March only
 */
export function frozenWorkingDays(since: string, resumedOn: string): number {
  const between = workingDaysBetween(since, resumedOn);
  return Math.max(0, between - (compareIso(resumedOn, since) > 0 && isWorkingDay(resumedOn) ? 1 : 0));
}

/** Working days suspended so far; a running suspension freezes every working day after its first up to `date`. */
export function suspendedWorkingDays(ctx: InspectionContext): number {
  const running = ctx.suspension.since ? workingDaysBetween(ctx.suspension.since, ctx.date) : 0;
  return ctx.suspension.workingDaysSpent + running;
}

function passed(deadline: string | null, doneOn: string | null, today: string): boolean {
  return deadline !== null && compareIso(doneOn ?? today, deadline) > 0;
}

/**
 * The registration the law requires is missing now: before the start it may still come; after
 * the start it is missing at once, or once the next working day has passed in an item-11 case.
 */
export function isRegistrationMissing(ctx: InspectionContext): boolean {
  const { registration, deadlines } = ctx;
  if (!registration.required || !ctx.startedOn || deadlines.registration === null) return false;
  if (registration.afterStart) return passed(deadlines.registration, registration.registeredOn, ctx.date);
  return registration.registeredOn === null || compareIso(registration.registeredOn, ctx.startedOn) > 0;
}

/**
 * Recomputes deadlines, overdue flags and the days left from the facts in the context.
 * Mutates: call it inside an immer recipe. The term moves by the working days spent suspended
 * (the day of suspension and the day of resumption are days of the term; the days between are frozen).
 */
export function refreshTerms(ctx: InspectionContext): void {
  const { consent } = ctx;
  ctx.deadlines.consent = consent.requestedOn ? addWorkingDays(consent.requestedOn, consent.infoRequested ? CONSENT_DAYS_WITH_INFO : CONSENT_DAYS) : null;
  // Registration before the start, or by the next working day after it in an item-11 case (our reading).
  const registrationDue = ctx.registration.afterStart && ctx.startedOn ? addWorkingDays(ctx.startedOn, REGISTRATION_DAYS) : ctx.startedOn;
  ctx.deadlines.registration = ctx.registration.required ? registrationDue : null;
  if (termsApply(ctx.input)) {
    ctx.termDays = TERM_DAYS + (ctx.extension?.days ?? 0);
    if (ctx.startedOn) {
      const suspended = suspendedWorkingDays(ctx);
      ctx.deadlines.completion = addWorkingDays(ctx.startedOn, ctx.termDays + suspended);
      const used = workingDaysBetween(ctx.startedOn, ctx.completedOn ?? ctx.date) - suspended;
      ctx.remainingDays = ctx.termDays - used;
    } else {
      ctx.deadlines.completion = null;
      ctx.remainingDays = null;
    }
  } else {
    ctx.termDays = null;
    ctx.remainingDays = null;
    ctx.deadlines.completion = null;
  }
  ctx.deadlines.certificate = ctx.completedOn ? addWorkingDays(ctx.completedOn, CERTIFICATE_DAYS) : null;
  ctx.overdue.consent = passed(ctx.deadlines.consent, consent.answeredOn, ctx.date);
  ctx.overdue.registration = isRegistrationMissing(ctx);
  ctx.overdue.completion = ctx.suspension.since === null && passed(ctx.deadlines.completion, ctx.completedOn, ctx.date);
  ctx.overdue.certificate = passed(ctx.deadlines.certificate, ctx.certificate?.handedOn ?? null, ctx.date);
}
