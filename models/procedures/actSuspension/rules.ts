/**
 * The rules of a resolution suspending an act or action (CL art. 37), each a pure check returning a
 * Verdict. The machine's guards and explain() call these same functions.
 */
import { addWorkingDays, compareIso } from '../../calendar';
import type { Verdict } from '../core/types';
import type { ActSuspensionContext, ActSuspensionPhase } from './context';
import type { ActSuspensionDomainEvent, ActSuspensionEventOf as EventOf } from './schema';

const OK: Verdict = { ok: true };

/** At most three working days (CL art. 37). */
export const MAX_WORKING_DAYS = 3;

/** The last day of a suspension of `days` working days resolved on `on` (counted from the next day). */
export function suspensionLastDay(on: string, days: number): string {
  return addWorkingDays(on, days);
}

/**
 * A prosecutor's resolution, for at most three working days.
 * @example checkSuspend(ctx, { type: 'act.suspend', days: 4 }).code // 'suspensionTooLong'
 */
export function checkSuspend(ctx: ActSuspensionContext, event: EventOf<'act.suspend'>): Verdict {
  if (ctx.prosecutor.role === 'president') return { ok: false, code: 'notProsecutor', citation: 'actSuspension.resolution', values: { role: ctx.prosecutor.role } };
  if (event.days > MAX_WORKING_DAYS) return { ok: false, code: 'suspensionTooLong', citation: 'actSuspension.resolution', values: { days: event.days, max: MAX_WORKING_DAYS } };
  return OK;
}

/** After its last day the suspension ends by itself. */
export function isSuspensionLapsed(ctx: ActSuspensionContext): boolean {
  return ctx.lastDay !== null && ctx.liftedOn === null && ctx.protestedOn === null && compareIso(ctx.date, ctx.lastDay) > 0;
}

export function checkEvent(ctx: ActSuspensionContext, event: ActSuspensionDomainEvent): Verdict {
  switch (event.type) {
    case 'act.suspend':
      return checkSuspend(ctx, event);
    case 'suspension.lift':
    case 'protest.bring':
      return OK;
  }
}

/**
 * Why an event is refused in a state of a live run that does not take it at all; null leaves the
 * core's `notAvailableHere`. Only called for such states.
 */
export function refusalOutsideState(ctx: ActSuspensionContext, phase: ActSuspensionPhase, type: ActSuspensionDomainEvent['type']): Verdict | null {
  const values = { phase, event: type };
  if (phase === 'draft') return { ok: false, code: 'notSuspended', citation: 'actSuspension.resolution', values };
  if (type === 'act.suspend') {
    // A second resolution while one runs would stretch the three working days: refused.
    return { ok: false, code: 'alreadySuspended', citation: 'actSuspension.resolution', values: { ...values, lastDay: ctx.lastDay, max: MAX_WORKING_DAYS } };
  }
  return null;
}

/** Every refusal code this procedure's own checks return (the core's come on top). */
export const CODES = [
  'alreadySuspended',
  'notProsecutor',
  'notSuspended',
  'suspensionTooLong',
] as const;
