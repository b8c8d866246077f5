import { z } from 'zod';
import { addDays, compareIso, isIsoDate, isWorkingDay, nextWorkingDay } from '../../calendar';
import type { CitationId } from '../../law';
import type { TimeEvent, Verdict } from './types';

/** An ISO `YYYY-MM-DD` that is a real calendar date. */
export const isoDateSchema = z.string().refine(isIsoDate, 'a real date written YYYY-MM-DD');

/** The two time events every procedure accepts (design.md, "Time in simulations"). */
export const timeEventSchemas = [
  z.strictObject({ type: z.literal('time.advance'), days: z.number().int().min(-36_600).max(36_600) }),
  z.strictObject({ type: z.literal('time.advanceTo'), date: isoDateSchema }),
] as const;

export function isTimeEvent(event: { type: string }): event is TimeEvent {
  return event.type === 'time.advance' || event.type === 'time.advanceTo';
}

/**
 * The only rule time obeys: it never goes backwards. `citation` is the procedure's own
 * governing article, since the simulated date belongs to the procedure.
 * @example checkTimeEvent('2025-03-03', { type: 'time.advanceTo', date: '2025-03-01' }, 'inspection.procedure')
 * // { ok: false, code: 'timeBackwards', ... }
 */
export function checkTimeEvent(date: string, event: TimeEvent, citation: CitationId): Verdict {
  if (event.type === 'time.advance') {
    // `to`, the date the step would reach, so the refusal can say it plainly either way.
    if (event.days < 0) return { ok: false, code: 'timeBackwards', citation, values: { date, days: event.days, to: addDays(date, event.days) } };
    return { ok: true };
  }
  if (compareIso(event.date, date) < 0) return { ok: false, code: 'timeBackwards', citation, values: { date, to: event.date } };
  return { ok: true };
}

/** The simulated date after a time event (calendar days, never moved off a holiday). */
export function dateAfter(date: string, event: TimeEvent): string {
  if (event.type === 'time.advance') return addDays(date, Math.max(0, event.days));
  return compareIso(event.date, date) > 0 ? event.date : date;
}

/**
 * `date` plus whole months, the day clamped to the month's end, then moved off a day off (design.md:
 * a term ending on a non-working day ends on the next working day).
 * @example addMonthsMovedOff('2025-01-31', 1) // '2025-02-28' (a Friday)
 */
export function addMonthsMovedOff(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const end = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return isWorkingDay(end) ? end : nextWorkingDay(end);
}
