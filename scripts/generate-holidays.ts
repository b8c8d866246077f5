/**
 * Writes models/calendar/data/holidays.generated.ts: the holidays of
 * Kazakhstan for CALENDAR_YEARS, with the substitute days off, as a compact
 * table, so that the app never ships date-holidays itself.
 *
 *   npm run holidays           # write the table
 *   npm run holidays -- --check  # exit 1 if the committed table is stale
 *
 * date-holidays gives the holiday dates (and the yearly Kurban Ait date); our
 * corrections (models/calendar/data/corrections.ts) win where the law
 * disagrees; the substitute days off are computed here by the law's rule and
 * date-holidays' own substitutes are only compared and reported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { HOLIDAY_CORRECTIONS } from '../models/calendar/data/corrections';
import type { HolidayId } from '../models/calendar/types';

const FROM = 2020;
const TO = 2030;
const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../models/calendar/data/holidays.generated.ts');

/** Religious holidays are days off but are never moved off a weekend (Law on holidays art. 5). */
const RELIGIOUS: ReadonlySet<HolidayId> = new Set(['orthodoxChristmas', 'kurbanAit']);

/** date-holidays' rule head (month-day or Islamic date) -> our holiday id. */
const RULE_IDS: Record<string, HolidayId> = {
  '01-01': 'newYear',
  '01-02': 'newYear',
  '01-07': 'orthodoxChristmas',
  '03-08': 'womensDay',
  '03-15': 'constitutionDay',
  '03-21': 'nauryz',
  '03-22': 'nauryz',
  '03-23': 'nauryz',
  '05-01': 'unityDay',
  '05-07': 'defenderDay',
  '05-09': 'victoryDay',
  '07-06': 'capitalDay',
  '10 Dhu al-Hijjah': 'kurbanAit',
  '08-30': 'constitutionDay',
  '10-25': 'republicDay',
  '12-01': 'firstPresidentDay',
  '12-16': 'independenceDay',
  '12-17': 'independenceDay',
};

type Row = [date: string, id: HolidayId, kind: 'holiday' | 'substitute'];

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (iso: string): boolean => {
  const w = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return w === 0 || w === 6;
};

function ruleId(rule: string): HolidayId {
  const head = Object.keys(RULE_IDS).find((k) => rule === k || rule.startsWith(`${k} `));
  if (!head) throw new Error(`Unknown date-holidays rule for KZ: "${rule}" — map it in RULE_IDS`);
  return RULE_IDS[head];
}

/** The holidays of one year: date-holidays' dates with our corrections applied. */
function holidaysOf(hd: Holidays, year: number): Map<string, HolidayId> {
  const days = new Map<string, HolidayId>();
  for (const h of hd.getHolidays(year)) {
    if (h.substitute || h.type !== 'public') continue;
    days.set(h.date.slice(0, 10), ruleId(h.rule));
  }
  for (const c of HOLIDAY_CORRECTIONS) {
    if (!c.date.startsWith(`${year}-`)) continue;
    if (c.action === 'remove') {
      if (days.get(c.date) !== c.id) console.warn(`correction ${c.date} ${c.id}: nothing to remove (date-holidays changed?)`);
      days.delete(c.date);
    } else {
      days.set(c.date, c.id);
    }
  }
  return days;
}

/**
 * The law's rule: a non-religious holiday on a Saturday or Sunday gives a day
 * off on the next working day after the holiday — a weekday that is neither a
 * holiday nor an earlier substitute (Labour Code art. 85.2).
 */
function substitutesOf(holidays: Map<string, HolidayId>): Row[] {
  const taken = new Set<string>();
  const rows: Row[] = [];
  for (const [date, id] of [...holidays].sort(([a], [b]) => a.localeCompare(b))) {
    if (RELIGIOUS.has(id) || !isWeekend(date)) continue;
    let n = dayNumber(date) + 1;
    while (isWeekend(isoOf(n)) || holidays.has(isoOf(n)) || taken.has(isoOf(n))) n += 1;
    taken.add(isoOf(n));
    rows.push([isoOf(n), id, 'substitute']);
  }
  return rows;
}

function main(): void {
  const version = (createRequire(import.meta.url)('date-holidays/package.json') as { version: string }).version;
  const hd = new Holidays('KZ');
  const rows: Row[] = [];
  const disagreements: string[] = [];
  for (let year = FROM; year <= TO; year += 1) {
    const holidays = holidaysOf(hd, year);
    const subs = substitutesOf(holidays);
    rows.push(...[...holidays].map(([date, id]): Row => [date, id, 'holiday']), ...subs);
    const theirs = new Set(hd.getHolidays(year).filter((h) => h.substitute).map((h) => h.date.slice(0, 10)));
    const ours = new Set(subs.map(([d]) => d));
    for (const d of theirs) if (!ours.has(d)) disagreements.push(`${d}: a substitute in date-holidays, not by the law's rule`);
    for (const d of ours) if (!theirs.has(d)) disagreements.push(`${d}: a substitute by the law's rule, missing in date-holidays`);
  }
  rows.sort(([a], [b]) => a.localeCompare(b));

  const body = rows.map(([d, id, kind]) => `  ['${d}', '${id}', '${kind}'],`).join('\n');
  const text = `// Generated by scripts/generate-holidays.ts (npm run holidays) from date-holidays ${version}
// with models/calendar/data/corrections.ts applied. Do not edit: change the
// corrections or the script and run it again. Transfers of days off live in
// transfers.ts, not here.
import type { HolidayId } from '../types';

/** The years this table covers, both included. */
export const HOLIDAY_YEARS = { from: ${FROM}, to: ${TO} } as const;

/** Holidays and substitute days off, in date order: [date, holiday, kind]. */
export const GENERATED_DAYS: readonly (readonly [date: string, id: HolidayId, kind: 'holiday' | 'substitute'])[] = [
${body}
];
`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error(`${OUT} is stale: run npm run holidays`);
      process.exit(1);
    }
    console.log('holidays.generated.ts is up to date');
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${rows.length} days (${FROM}–${TO}) to ${OUT}`);
  for (const d of disagreements) console.log(`  date-holidays differs: ${d}`);
}

main();
