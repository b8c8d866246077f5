/**
 * The complaint's rules (CL art. 25 as the manual gives it), each a pure check returning a Verdict.
 * The machine's guards and explain() call these same functions.
 */
import { addWorkingDays, compareIso } from '../../calendar';
import type { Verdict } from '../core/types';
import type { ComplaintContext, ComplaintPhase } from './context';
import type { ComplaintDomainEvent } from './schema';

const OK: Verdict = { ok: true };

/** The higher prosecutor decides within twenty working days of filing. */
export const REVIEW_WORKING_DAYS = 20;

export function reviewDeadline(filedOn: string): string {
  return addWorkingDays(filedOn, REVIEW_WORKING_DAYS);
}

/** The three months are behind us. */
export function isFilingTermMissed(ctx: ComplaintContext): boolean {
  return compareIso(ctx.date, ctx.fileBy) > 0;
}

/**
 * Filing: within three months of learning of the act, or later once the term was restored.
 * @example learned 2025-01-10: filing on 2025-04-10 passes, on 2025-04-11 is refused unless restored
 */
export function checkFile(ctx: ComplaintContext): Verdict {
  if (isFilingTermMissed(ctx) && ctx.restoration === null) {
    return { ok: false, code: 'filingTermMissed', citation: 'complaint.filing', values: { learnedOn: ctx.learnedOn, fileBy: ctx.fileBy, today: ctx.date } };
  }
  return OK;
}

/** Restoring a missed term on the person's petition, once, and only once it is missed. */
export function checkRestore(ctx: ComplaintContext): Verdict {
  if (ctx.restoration !== null) return { ok: false, code: 'termAlreadyRestored', citation: 'complaint.restore', values: { on: ctx.restoration.on } };
  if (!isFilingTermMissed(ctx)) return { ok: false, code: 'termNotMissed', citation: 'complaint.restore', values: { fileBy: ctx.fileBy, today: ctx.date } };
  return OK;
}

/** The twenty working days passed with no decision: open to court. */
export function isReviewLapsed(ctx: ComplaintContext): boolean {
  return ctx.decideBy !== null && ctx.outcome === null && compareIso(ctx.date, ctx.decideBy) > 0;
}

/** The check of an event in a state that takes it (the machine's guards ask the same). */
export function checkEvent(ctx: ComplaintContext, event: ComplaintDomainEvent): Verdict {
  switch (event.type) {
    case 'term.restore':
      return checkRestore(ctx);
    case 'complaint.file':
      return checkFile(ctx);
    case 'complaint.decide':
    case 'court.file':
    case 'court.rule':
      return OK;
  }
}

const UPHELD: readonly ComplaintPhase[] = ['upheld', 'partiallyUpheld'];

/** Why an event is refused in a state that does not take it at all. Only called for such states. */
export function refusalOutsideState(ctx: ComplaintContext, phase: ComplaintPhase, type: ComplaintDomainEvent['type']): Verdict {
  const values = { phase, event: type };
  switch (type) {
    case 'term.restore':
    case 'complaint.file':
      return { ok: false, code: 'alreadyFiled', citation: 'complaint.filing', values: { ...values, filedOn: ctx.filedOn } };
    case 'complaint.decide':
      if (phase === 'draft') return { ok: false, code: 'notFiled', citation: 'complaint.review', values };
      if (ctx.outcome === null) return { ok: false, code: 'decisionTermPassed', citation: 'complaint.review', values: { ...values, decideBy: ctx.decideBy, today: ctx.date } };
      return { ok: false, code: 'alreadyDecided', citation: 'complaint.review', values: { ...values, outcome: ctx.outcome } };
    case 'court.file':
      if (phase === 'draft') return { ok: false, code: 'notFiled', citation: 'complaint.court', values };
      if (phase === 'filed') return { ok: false, code: 'claimBeforeDecision', citation: 'complaint.court', values: { ...values, decideBy: ctx.decideBy } };
      if (UPHELD.includes(phase)) return { ok: false, code: 'claimAfterUpheld', citation: 'complaint.court', values: { ...values, outcome: ctx.outcome } };
      return { ok: false, code: 'alreadyInCourt', citation: 'complaint.court', values: { ...values, courtFiledOn: ctx.courtFiledOn } };
    case 'court.rule':
      return { ok: false, code: 'notInCourt', citation: 'complaint.court', values };
  }
}

/** Every refusal code this procedure's own checks return (the core's come on top). */
export const CODES = [
  'alreadyDecided',
  'alreadyFiled',
  'alreadyInCourt',
  'claimAfterUpheld',
  'claimBeforeDecision',
  'decisionTermPassed',
  'filingTermMissed',
  'notFiled',
  'notInCourt',
  'termAlreadyRestored',
  'termNotMissed',
] as const;
