/**
 * The representation's rules (CL art. 36, 39), each a pure check returning a Verdict. The machine's
 * guards and explain() call these same functions; nothing else restates a rule.
 */
import { addCalendarDays, addWorkingDays, compareIso, workingDaysBetween } from '../../calendar';
import type { Verdict } from '../core/types';
import type { RepresentationContext, RepresentationPhase } from './context';
import type { RepresentationDomainEvent, RepresentationEventOf as EventOf, RepresentationTerm } from './schema';

const OK: Verdict = { ok: true };

/** Thirty calendar days from the day after bringing, moved off a day off (CL art. 36). */
export const DEFAULT_TERM: RepresentationTerm = { days: 30, unit: 'calendar' };
/** The body tells the prosecutor at least three working days before the hearing (CL art. 36). */
export const NOTICE_WORKING_DAYS = 3;

/** The last day of a term counted from the day after `broughtOn`. */
export function termDeadline(broughtOn: string, term: RepresentationTerm): string {
  return term.unit === 'working' ? addWorkingDays(broughtOn, term.days) : addCalendarDays(broughtOn, term.days);
}

/**
 * Bringing the representation: by a prosecutor (the President is not one), and a term of the prosecutor's
 * own only where irreparable harm threatens (CL art. 36).
 * @example checkBring(ctx, { type: 'representation.bring', term: { days: 5, unit: 'working' } }).code // 'termWithoutHarm' without irreversibleHarm
 */
export function checkBring(ctx: RepresentationContext, event: EventOf<'representation.bring'>): Verdict {
  if (ctx.prosecutor.role === 'president') return { ok: false, code: 'notProsecutor', citation: 'representation.definition', values: { role: ctx.prosecutor.role } };
  if (event.term && !ctx.irreversibleHarm) {
    return { ok: false, code: 'termWithoutHarm', citation: 'representation.harmTerm', values: { days: event.term.days, irreversibleHarm: false } };
  }
  return OK;
}

/**
 * The hearing date the body names: at least three working days after today up to and including it
 * (`workingDaysBetween(today, date) >= 3`), and not after the term (CL art. 36).
 * @example on Monday 2025-03-03, 2025-03-06 (Thursday) passes: 4, 5, 6 March; 2025-03-05 fails
 */
export function checkHearingDate(ctx: RepresentationContext, event: EventOf<'hearing.notify'>): Verdict {
  const workingDays = workingDaysBetween(ctx.date, event.date);
  if (workingDays < NOTICE_WORKING_DAYS) {
    return { ok: false, code: 'hearingNoticeTooShort', citation: 'representation.hearing', values: { today: ctx.date, hearingDate: event.date, workingDays, minimumWorkingDays: NOTICE_WORKING_DAYS } };
  }
  if (ctx.deadline !== null && compareIso(event.date, ctx.deadline) > 0) {
    return { ok: false, code: 'hearingAfterDeadline', citation: 'representation.term', values: { hearingDate: event.date, deadline: ctx.deadline } };
  }
  return OK;
}

/** Considered at the hearing the prosecutor was told of: not before that day (within the term: the state says so). */
export function checkConsider(ctx: RepresentationContext): Verdict {
  if (ctx.hearingDate === null) return { ok: false, code: 'hearingNotNotified', citation: 'representation.hearing', values: { today: ctx.date } };
  if (compareIso(ctx.date, ctx.hearingDate) < 0) {
    return { ok: false, code: 'hearingNotYetHeld', citation: 'representation.hearing', values: { today: ctx.date, hearingDate: ctx.hearingDate } };
  }
  return OK;
}

/** The term is behind us and nobody considered it: left unconsidered, open to a claim (CL art. 39). */
export function isTermLapsed(ctx: RepresentationContext): boolean {
  return ctx.deadline !== null && ctx.outcome === null && compareIso(ctx.date, ctx.deadline) > 0;
}

/** The check of an event in a state that takes it (the machine's guards ask the same). */
export function checkEvent(ctx: RepresentationContext, event: RepresentationDomainEvent): Verdict {
  switch (event.type) {
    case 'representation.bring':
      return checkBring(ctx, event);
    case 'hearing.notify':
      return checkHearingDate(ctx, event);
    case 'representation.consider':
      return checkConsider(ctx);
    case 'measures.report':
    case 'court.file':
    case 'court.rule':
      return OK;
  }
}

const PENDING: readonly RepresentationPhase[] = ['awaitingHearing', 'scheduled'];
const ACCEPTED: readonly RepresentationPhase[] = ['accepted', 'partiallyAccepted'];

/**
 * Why an event is refused in a state that does not take it at all, with the rule behind it
 * (e.g. a claim while the body may still consider: CL art. 39). Only called for such states of a live run.
 */
export function refusalOutsideState(ctx: RepresentationContext, phase: RepresentationPhase, type: RepresentationDomainEvent['type']): Verdict {
  const values = { phase, event: type };
  if (phase === 'draft') return { ok: false, code: 'notBrought', citation: 'representation.definition', values };
  switch (type) {
    case 'representation.bring':
      return { ok: false, code: 'alreadyBrought', citation: 'representation.definition', values: { ...values, broughtOn: ctx.broughtOn } };
    case 'hearing.notify':
    case 'representation.consider':
      if (ctx.outcome === null) return { ok: false, code: 'deadlinePassed', citation: 'representation.term', values: { ...values, deadline: ctx.deadline, today: ctx.date } };
      return { ok: false, code: 'alreadyConsidered', citation: 'representation.term', values: { ...values, outcome: ctx.outcome } };
    case 'measures.report':
      if (PENDING.includes(phase)) return { ok: false, code: 'measuresBeforeConsideration', citation: 'representation.measures', values };
      return { ok: false, code: 'measuresWithoutAcceptance', citation: 'representation.measures', values: { ...values, outcome: ctx.outcome } };
    case 'court.file':
      if (PENDING.includes(phase)) return { ok: false, code: 'claimBeforeDecision', citation: 'representation.claim', values: { ...values, deadline: ctx.deadline } };
      if (ACCEPTED.includes(phase)) return { ok: false, code: 'claimAfterAcceptance', citation: 'representation.claim', values: { ...values, outcome: ctx.outcome } };
      return { ok: false, code: 'alreadyInCourt', citation: 'representation.claim', values: { ...values, courtFiledOn: ctx.courtFiledOn } };
    case 'court.rule':
      return { ok: false, code: 'notInCourt', citation: 'representation.claim', values };
  }
}

/** Every refusal code this procedure's own checks return (the core's come on top). */
export const CODES = [
  'alreadyBrought',
  'alreadyConsidered',
  'alreadyInCourt',
  'claimAfterAcceptance',
  'claimBeforeDecision',
  'deadlinePassed',
  'hearingAfterDeadline',
  'hearingNotNotified',
  'hearingNotYetHeld',
  'hearingNoticeTooShort',
  'measuresBeforeConsideration',
  'measuresWithoutAcceptance',
  'notBrought',
  'notInCourt',
  'notProsecutor',
  'termWithoutHarm',
] as const;
