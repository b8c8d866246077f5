/**
 * The protest's rules (CL art. 33, 39, 43.3), each a pure check returning a Verdict.
 * The machine's guards and `explain()` call these same functions; nothing else restates a rule.
 */
import { addCalendarDays, addWorkingDays, compareIso } from '../../calendar';
import type { Verdict } from '../core/types';
import type { ProsecutorRole } from '../../org/roles';
import type { ProtestDomainEvent, ProtestEvent, ProtestEventOf as EventOf, ProtestTerm } from './schema';
import { SUSPENDING_ROLES } from '../../org/roles';
import type { ProtestContext, ProtestPhase } from './context';

const OK: Verdict = { ok: true };

/** The default consideration term: ten calendar days (CL art. 33.3). */
export const DEFAULT_TERM: ProtestTerm = { days: 10, unit: 'calendar' };

/** The shortest term the prosecutor may set: three working days (CL art. 33.3). */
export const MIN_WORKING_DAYS = 3;

export { SUSPENDING_ROLES };

/**
 * Issuers whose acts are immune from protest (CL art. 33.6), each with its own refusal code.
 * The Supreme Audit Chamber is immune only for acts on the results of its audits.
 */
export const IMMUNITY_CODES = {
  parliament: 'immuneLegislativeAct',
  president: 'immunePresidentAct',
  presidentialAdministration: 'immunePresidentialAdministrationAct',
  constitutionalCourt: 'immuneConstitutionalCourtAct',
  supremeAuditChamber: 'immuneAuditChamberAct',
} as const;

/**
 * The act may be protested at all: court acts follow the procedural codes (CL art. 33.7, 38), and
 * the issuers of CL art. 33.6 are immune. Parliament stands for legislative acts. An organisation's act
 * only where it concerns persons unable to defend themselves, minors or an unlimited group (seed
 * l. 1546-1558).
 * @example checkProtestable({ issuer: 'ministry', type: 'normative' }) // { ok: true }
 * @example checkProtestable({ issuer: 'president', type: 'individual' }).code // 'immunePresidentAct'
 */
export function checkProtestable(act: ProtestContext['act']): Verdict {
  if (act.issuer === 'court' || act.type === 'courtAct') {
    return { ok: false, code: 'courtActProceduralCodes', citation: 'protest.courtActs', values: { issuer: act.issuer, type: act.type } };
  }
  if (act.issuer === 'organisation' && (act.affects ?? []).length === 0) {
    return { ok: false, code: 'organisationActNotProtestable', citation: 'protest.organisationActs', values: { issuer: act.issuer, affects: null } };
  }
  if (act.issuer === 'supremeAuditChamber' && act.auditResult !== true) return OK;
  if (act.issuer in IMMUNITY_CODES) {
    const code = IMMUNITY_CODES[act.issuer as keyof typeof IMMUNITY_CODES];
    // The manual names legislative acts (l. 4034-4038); that every act of Parliament is one is our reading, and cited as such.
    const citation = act.issuer === 'parliament' ? 'protest.parliamentActs' : 'protest.immunity';
    return { ok: false, code, citation, values: { issuer: act.issuer, auditResult: act.auditResult ?? null } };
  }
  return OK;
}

/** Only a prosecutor brings a protest (CL art. 33.1); the President is in the role list for inspections. */
export function checkProsecutor(role: ProsecutorRole): Verdict {
  if (role === 'president') return { ok: false, code: 'notAProsecutor', citation: 'protest.definition', values: { role } };
  return OK;
}

/**
 * The last day of the term, counting from the day after `broughtOn` (design.md, "Time in simulations"):
 * calendar days end on the next working day when the end falls on a day off; working days count
 * working days only.
 * @example termDeadline('2025-03-11') // '2025-03-26': day 10 is 21 March (Nauryz), 21–25 March are off
 * @example termDeadline('2025-03-19', { days: 3, unit: 'working' }) // '2025-03-27'
 */
export function termDeadline(broughtOn: string, term: ProtestTerm = DEFAULT_TERM): string {
  return term.unit === 'working' ? addWorkingDays(broughtOn, term.days) : addCalendarDays(broughtOn, term.days);
}

/**
 * A term the prosecutor sets must be at least three working days (CL art. 33.3). A calendar-day term is
 * measured by where it ends: it is accepted when its last day (moved off a day off) is not earlier than
 * the third working day after bringing. So 3 calendar days brought on an ordinary Monday pass (they end
 * on Thursday, the 3rd working day) but brought on a Thursday fail (Sunday moves to Monday, only the
 * 2nd working day: Friday, Monday).
 */
export function checkTerm(broughtOn: string, term: ProtestTerm | undefined): Verdict {
  if (!term) return OK;
  const deadline = termDeadline(broughtOn, term);
  const minimumDeadline = addWorkingDays(broughtOn, MIN_WORKING_DAYS);
  if (compareIso(deadline, minimumDeadline) < 0) {
    return {
      ok: false,
      code: 'termTooShort',
      citation: 'protest.term',
      values: { days: term.days, unit: term.unit, deadline, minimumDeadline, minimumWorkingDays: MIN_WORKING_DAYS },
    };
  }
  return OK;
}

/** Bringing the protest today: a prosecutor, a protestable act, a lawful term. */
export function checkBring(ctx: ProtestContext, event: EventOf<'protest.bring'>): Verdict {
  if (ctx.broughtOn !== null) return { ok: false, code: 'alreadyBrought', citation: 'protest.definition', values: { broughtOn: ctx.broughtOn } };
  const who = checkProsecutor(ctx.prosecutor.role);
  if (!who.ok) return who;
  const what = checkProtestable(ctx.act);
  if (!what.ok) return what;
  return checkTerm(ctx.date, event.term);
}

/** Suspending the protested act until the decision (CL art. 33.5). `by` defaults to the author's role. */
export function checkSuspend(ctx: ProtestContext, event: EventOf<'act.suspend'>): Verdict {
  const role = event.by ?? ctx.prosecutor.role;
  if (ctx.suspended) return { ok: false, code: 'alreadySuspended', citation: 'protest.suspension', values: { suspendedOn: ctx.suspendedOn, suspendedBy: ctx.suspendedBy } };
  if (!SUSPENDING_ROLES.includes(role)) return { ok: false, code: 'notEntitledToSuspend', citation: 'protest.suspension', values: { role } };
  return OK;
}

/** The body names the hearing date: not in the past, not after the deadline (CL art. 33.3). */
export function checkHearingDate(ctx: ProtestContext, event: EventOf<'hearing.notify'>): Verdict {
  if (compareIso(event.date, ctx.date) < 0) {
    return { ok: false, code: 'hearingInPast', citation: 'protest.hearing', values: { hearingDate: event.date, today: ctx.date } };
  }
  if (ctx.deadline !== null && compareIso(event.date, ctx.deadline) > 0) {
    return { ok: false, code: 'hearingAfterDeadline', citation: 'protest.term', values: { hearingDate: event.date, deadline: ctx.deadline } };
  }
  return OK;
}

/**
 * The body considers the protest at the hearing it told the prosecutor of (CL art. 33.3): not before the
 * prosecutor was notified, not before the hearing day. (Past the deadline the run is no longer pending.)
 */
export function checkConsider(ctx: ProtestContext): Verdict {
  if (ctx.hearingDate === null) return { ok: false, code: 'hearingNotNotified', citation: 'protest.hearing', values: { today: ctx.date } };
  if (compareIso(ctx.date, ctx.hearingDate) < 0) {
    return { ok: false, code: 'hearingNotYetHeld', citation: 'protest.hearing', values: { today: ctx.date, hearingDate: ctx.hearingDate } };
  }
  return OK;
}

/**
 * Withdrawal before consideration, by the author or a higher prosecutor (CL art. 33.3, 43.3). Whether a
 * person is higher is a question for the org chart (models/org `isSuperiorProsecutor`); the machine
 * sees only `by`.
 */
export function checkWithdraw(ctx: ProtestContext, event: EventOf<'protest.withdraw'>): Verdict {
  if (ctx.outcome !== null) {
    return { ok: false, code: 'withdrawAfterConsideration', citation: 'protest.withdrawal', values: { outcome: ctx.outcome, consideredOn: ctx.consideredOn, by: event.by } };
  }
  return OK;
}

/** A claim to court once the protest was rejected (in full or in part) or left unconsidered (CL art. 39). */
export function checkCourtFile(ctx: ProtestContext): Verdict {
  if (ctx.outcome === 'satisfied') {
    return { ok: false, code: 'claimAfterSatisfaction', citation: 'protest.claim', values: { outcome: ctx.outcome } };
  }
  if (ctx.outcome === null && ctx.lapsedOn === null) {
    return { ok: false, code: 'claimBeforeDecision', citation: 'protest.claim', values: { deadline: ctx.deadline } };
  }
  return OK;
}

/** The deadline is behind us and nobody considered the protest: it is left unconsidered (CL art. 33.3, 39). */
export function isDeadlinePassed(ctx: ProtestContext): boolean {
  return ctx.deadline !== null && ctx.outcome === null && compareIso(ctx.date, ctx.deadline) > 0;
}

const DECIDED: readonly ProtestPhase[] = ['satisfied', 'partiallySatisfied', 'rejected'];
const PENDING: readonly ProtestPhase[] = ['awaitingHearing', 'scheduled'];

/**
 * Why an event is refused in a phase whose state does not take it at all (the machine says so; the
 * core asks this only then), with the rule behind the refusal (e.g. withdrawal after consideration:
 * CL art. 33.3).
 */
export function whyNotInPhase(ctx: ProtestContext, phase: ProtestPhase, type: ProtestEvent['type']): Verdict {
  const values = { phase, event: type };
  if (phase === 'draft') return { ok: false, code: 'notBrought', citation: 'protest.definition', values };
  const tp = type as ProtestDomainEvent['type'];
  if (tp === 'protest.bring') return { ok: false, code: 'alreadyBrought', citation: 'protest.definition', values: { ...values, broughtOn: ctx.broughtOn } };
  if (tp === 'protest.withdraw' && phase === 'inCourt' && ctx.outcome === null) {
    return { ok: false, code: 'alreadyInCourt', citation: 'protest.claim', values: { ...values, courtFiledOn: ctx.courtFiledOn } };
  }
  if (tp === 'protest.withdraw' && (DECIDED.includes(phase) || phase === 'inCourt')) {
    return { ok: false, code: 'withdrawAfterConsideration', citation: 'protest.withdrawal', values: { ...values, outcome: ctx.outcome, consideredOn: ctx.consideredOn } };
  }
  if (tp === 'act.suspend') return { ok: false, code: 'suspendAfterDecision', citation: 'protest.suspension', values };
  if (tp === 'court.file') {
    if (phase === 'satisfied') return checkCourtFile(ctx);
    if (PENDING.includes(phase)) return { ok: false, code: 'claimBeforeDecision', citation: 'protest.claim', values: { ...values, deadline: ctx.deadline } };
    return { ok: false, code: 'alreadyInCourt', citation: 'protest.claim', values: { ...values, courtFiledOn: ctx.courtFiledOn } };
  }
  if (tp === 'protest.consider' || tp === 'hearing.notify') {
    if (phase === 'notConsidered') return { ok: false, code: 'deadlinePassed', citation: 'protest.term', values: { ...values, deadline: ctx.deadline, today: ctx.date } };
    return { ok: false, code: 'alreadyConsidered', citation: 'protest.hearing', values: { ...values, outcome: ctx.outcome } };
  }
  if (tp === 'court.rule') return { ok: false, code: 'notInCourt', citation: 'protest.claim', values };
  return { ok: false, code: 'notAvailableHere', citation: 'protest.definition', values };
}

/** Every refusal code the protest's rules return (the core adds its own); each has kk/ru/en labels. */
export const CODES = [
  'courtActProceduralCodes',
  'organisationActNotProtestable',
  'immuneLegislativeAct',
  'immunePresidentAct',
  'immunePresidentialAdministrationAct',
  'immuneConstitutionalCourtAct',
  'immuneAuditChamberAct',
  'notAProsecutor',
  'termTooShort',
  'alreadyBrought',
  'alreadySuspended',
  'notEntitledToSuspend',
  'hearingInPast',
  'hearingAfterDeadline',
  'hearingNotNotified',
  'hearingNotYetHeld',
  'withdrawAfterConsideration',
  'claimAfterSatisfaction',
  'claimBeforeDecision',
  'notBrought',
  'alreadyInCourt',
  'suspendAfterDecision',
  'deadlinePassed',
  'alreadyConsidered',
  'notInCourt',
] as const;
export type ProtestCode = (typeof CODES)[number];
