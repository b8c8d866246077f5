/**
 * The working-day calendar of Kazakhstan: the arithmetic that every deadline
 * in the simulator asks (design.md, "Time in simulations").
 *
 * Dates are `YYYY-MM-DD` strings read as UTC days; nothing here touches the
 * local time zone. A day is a working day when it is Monday to Friday and not
 * a holiday, a substitute day off or a transferred day off, or when it is a
 * Saturday or Sunday that a government decree made a working day.
 *
 * The data (holidays 2020–2030, substitutes, decree transfers) lives in
 * `./data`; outside those years only weekends are days off.
 */
import type { CitationId } from '../law';
import { GENERATED_DAYS, HOLIDAY_YEARS } from './data/holidays.generated';
import { HOLIDAY_NAMES, TRANSFER_NAMES } from './data/names';
import { SUBSTITUTE_MOVES, TRANSFERS } from './data/transfers';
import type { DayInfo, IsoDate, SpecialDay } from './types';

export type { DayInfo, HolidayId, HolidayKind, IsoDate, SpecialDay } from './types';
export type { SubstituteMove, Transfer } from './data/transfers';
export { SUBSTITUTE_MOVES, TRANSFERS } from './data/transfers';
export { HOLIDAY_NAMES } from './data/names';

/** Where each rule of this module comes from, for the UI to show next to it. */
export const CALENDAR_CITATIONS = {
  /** Saturday and Sunday are days off (five-day week). */
  workingDays: 'calendar.workingDays',
  /** Holidays are days off. */
  holidays: 'calendar.holidays',
  /** A holiday on a weekend moves the day off to the next working day. */
  substitutes: 'calendar.substitutes',
  /** Religious holidays are not moved. */
  religious: 'calendar.religious',
  /** The Government (from 2024 the labour ministry) may swap days off and working days. */
  transfers: 'calendar.transfers',
  /** The yearly act making a swap (named in each transfer's `source`). */
  transferAct: 'calendar.transferAct',
  /** A term ending on a non-working day ends on the next working day. */
  termEnd: 'calendar.termEnd',
} as const satisfies Record<string, CitationId>;

/** The years the holiday data covers; outside them only weekends are days off. */
export const CALENDAR_YEARS: { from: number; to: number } = { ...HOLIDAY_YEARS };

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 * @example isIsoDate('2024-02-29') // true
 * @example isIsoDate('2023-02-29') // false
 */
export function isIsoDate(s: string): s is IsoDate {
  return isRealDate(s);
}

function isRealDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toDayNumber(date: IsoDate): number {
  if (!isRealDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Orders two dates: negative when a is earlier, 0 when equal, positive when later.
 * @example ['2025-03-02', '2025-01-31'].sort(compareIso) // ['2025-01-31', '2025-03-02']
 */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Plain calendar arithmetic, never moved off a holiday.
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

let index: Map<IsoDate, SpecialDay> | undefined;

const RELIGIOUS: ReadonlySet<string> = new Set(['orthodoxChristmas', 'kurbanAit']);

/**
 * The special days by date, built once from the data files: the generated
 * holidays and substitutes, then the acts that moved a substitute, then the
 * decree swaps (which win over everything else on their dates).
 */
function specialDays(): Map<IsoDate, SpecialDay> {
  if (index) return index;
  const map = new Map<IsoDate, SpecialDay>();
  for (const [date, id, kind] of GENERATED_DAYS) {
    if (map.has(date)) continue;
    const citation =
      kind === 'substitute' ? CALENDAR_CITATIONS.substitutes : RELIGIOUS.has(id) ? CALENDAR_CITATIONS.religious : CALENDAR_CITATIONS.holidays;
    map.set(date, { date, id, kind, name: HOLIDAY_NAMES[id], citation });
  }
  for (const m of SUBSTITUTE_MOVES) {
    if (map.get(m.from)?.kind === 'substitute') map.delete(m.from);
    map.set(m.to, { date: m.to, id: m.id, kind: 'substitute', name: HOLIDAY_NAMES[m.id], citation: CALENDAR_CITATIONS.transfers, source: m.source });
  }
  for (const t of TRANSFERS) {
    const citation = CALENDAR_CITATIONS.transfers;
    map.set(t.dayOff, { date: t.dayOff, id: 'transfer', kind: 'transfer', name: TRANSFER_NAMES.transfer, citation, source: t.source });
    map.set(t.workedDay, { date: t.workedDay, id: 'transfer', kind: 'workedWeekend', name: TRANSFER_NAMES.workedWeekend, citation, source: t.source });
  }
  index = map;
  return map;
}

/**
 * Monday to Friday and not a day off, or a weekend day a decree made a working day.
 * Cites {@link CALENDAR_CITATIONS}: workingDays, holidays, substitutes, transfers.
 * @example isWorkingDay('2025-01-05') // true: a Sunday worked in exchange for 3 January
 */
export function isWorkingDay(date: IsoDate): boolean {
  const special = specialDays().get(date);
  if (special) return special.kind === 'workedWeekend';
  return !isWeekend(date);
}

/**
 * The first working day strictly after `date`.
 * @example nextWorkingDay('2024-12-31') // '2025-01-05': 1–3 January are off, Sunday 5 January is worked
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let n = toDayNumber(date) + 1;
  while (!isWorkingDay(fromDayNumber(n))) n += 1;
  return fromDayNumber(n);
}

/**
 * The n-th working day after `date`: counting starts on the next day (n = 0 returns `date`).
 * Cites {@link CALENDAR_CITATIONS}.workingDays.
 * @example addWorkingDays('2025-03-19', 3) // '2025-03-27': 21–25 March are Nauryz days off
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number >= 0: ${n}`);
  let d = toDayNumber(date);
  let left = n;
  while (left > 0) {
    d += 1;
    if (isWorkingDay(fromDayNumber(d))) left -= 1;
  }
  return fromDayNumber(d);
}

/**
 * `date` + n calendar days; when that day is not a working day, the next working day
 * (design.md: a calendar-day term that ends on a non-working day ends on the next working day).
 * Cites {@link CALENDAR_CITATIONS}.termEnd.
 * @example addCalendarDays('2025-03-11', 10) // '2025-03-21' is Nauryz -> '2025-03-26'
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  const end = addDays(date, n);
  return isWorkingDay(end) ? end : nextWorkingDay(end);
}

/**
 * Working days in (a, b]: after a, up to and including b; 0 when b <= a.
 * @example workingDaysBetween('2025-01-03', '2025-01-10') // 5: 5 Jan (worked Sunday) and 6, 8, 9, 10 Jan; 7 Jan is Christmas
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  let count = 0;
  for (let d = from + 1; d <= to; d += 1) if (isWorkingDay(fromDayNumber(d))) count += 1;
  return count;
}

/**
 * What a calendar strip shows for one day.
 * @example dayInfo('2024-03-25') // { date, working: false, weekend: false, holiday: { id: 'nauryz', kind: 'substitute', name } }
 */
export function dayInfo(date: IsoDate): DayInfo {
  const special = specialDays().get(date);
  const info: DayInfo = { date, working: isWorkingDay(date), weekend: isWeekend(date) };
  if (special) {
    info.holiday = { id: special.id, name: special.name, kind: special.kind, citation: special.citation };
    if (special.source) info.holiday.source = special.source;
  }
  return info;
}

/**
 * The special days in [a, b] (both included), in date order: holidays, substitutes,
 * transferred days off and worked weekend days.
 */
export function holidaysBetween(a: IsoDate, b: IsoDate): SpecialDay[] {
  toDayNumber(a);
  toDayNumber(b);
  return [...specialDays().values()]
    .filter((s) => s.date >= a && s.date <= b)
    .sort((x, y) => compareIso(x.date, y.date));
}
