/**
 * The exercises CLI, and its 200 deadline answers checked against the published production
 * calendars of Kazakhstan: the days off below are typed in by hand from the official calendars
 * of 2023–2026 (egov.kz, the yearly transfer acts), not read from models/calendar, and the days
 * are counted here by a plain loop of our own.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/exercises.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Monday–Friday days off of the published calendars (holidays, substitutes, transfers). */
const WEEKDAYS_OFF = new Set([
  // 2023
  '2023-01-02', '2023-01-03', '2023-03-08', '2023-03-21', '2023-03-22', '2023-03-23', '2023-05-01', '2023-05-08', '2023-05-09',
  '2023-06-28', '2023-07-06', '2023-07-07', '2023-08-30', '2023-10-25', '2023-12-18',
  // 2024 (7 January and 16 June, Kurban Ait, fell on Sundays and religious days are not moved)
  '2024-01-01', '2024-01-02', '2024-03-08', '2024-03-21', '2024-03-22', '2024-03-25', '2024-05-01', '2024-05-07', '2024-05-08',
  '2024-05-09', '2024-07-08', '2024-08-30', '2024-10-25', '2024-12-16',
  // 2025
  '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07', '2025-03-10', '2025-03-21', '2025-03-24', '2025-03-25', '2025-05-01',
  '2025-05-07', '2025-05-09', '2025-06-06', '2025-07-07', '2025-09-01', '2025-10-27', '2025-12-16',
  // 2026 (30 August is no longer a holiday; Kurban Ait on 27 May)
  '2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25', '2026-05-01', '2026-05-07',
  '2026-05-11', '2026-05-27', '2026-07-06', '2026-10-26', '2026-12-16',
]);
/** Saturdays and Sundays worked by a transfer act. */
const WEEKENDS_WORKED = new Set(['2023-07-01', '2024-05-04', '2025-01-05']);

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
function working(d: string): boolean {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  if (w === 0 || w === 6) return WEEKENDS_WORKED.has(d);
  return !WEEKDAYS_OFF.has(d);
}
function nthWorkingAfter(from: string, n: number): string {
  let d = day(from);
  for (let left = n; left > 0; ) if (working(iso(++d))) left -= 1;
  return iso(d);
}
function workingIn(a: string, b: string): number {
  let c = 0;
  for (let d = day(a) + 1; d <= day(b); d += 1) if (working(iso(d))) c += 1;
  return c;
}

interface Row { from: string; days: number; unit: 'working' | 'calendar'; answer: string; suspendedOn?: string; resumedOn?: string }

describe('npm run exercises', () => {
  it('prints 200 deadline exercises whose answers agree with the published calendars', () => {
    const r = cli(['--seed', '2026', '--count', '200', '--kind', 'deadline', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((x) => x.from.slice(0, 4)))).toEqual(new Set(['2023', '2024', '2025', '2026']));
    expect(rows.filter((x) => !x.suspendedOn).length).toBeGreaterThanOrEqual(100);
    let suspended = 0;
    for (const x of rows) {
      if (x.unit === 'calendar') {
        let end = iso(day(x.from) + x.days);
        while (!working(end)) end = iso(day(end) + 1);
        expect([x.from, x.answer]).toEqual([x.from, end]);
      } else if (!x.suspendedOn || !x.resumedOn) {
        expect([x.from, x.answer]).toEqual([x.from, nthWorkingAfter(x.from, x.days)]);
      } else {
        suspended += 1;
        // The working days strictly between the suspension and the resumption are frozen: the day of
        // suspension and the day of resumption are days of the term (design.md's correction).
        const frozen = workingIn(x.suspendedOn, x.resumedOn) - (working(x.resumedOn) ? 1 : 0);
        expect([x.from, x.suspendedOn, x.resumedOn, x.answer]).toEqual([x.from, x.suspendedOn, x.resumedOn, nthWorkingAfter(x.from, x.days + frozen)]);
      }
    }
    expect(suspended).toBeGreaterThan(0);
  }, 60_000);

  it('prints the fields of each kind and one language with --lang', () => {
    const r = cli(['--seed', '3', '--count', '8', '--lang', 'en', '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; kind: string; prompt: Record<string, string>; answer: unknown; citation: string; template?: string }[];
    expect(new Set(rows.map((x) => x.kind)).size).toBe(8);
    for (const x of rows) {
      expect(Object.keys(x.prompt)).toEqual(['en']);
      expect(x.answer).toBeDefined();
      expect(x.citation).toMatch(/\./);
    }
    expect(rows.find((x) => x.kind === 'pickUnits')?.template).toBe('kazakhstan');
  }, 60_000);

  it.each([
    [['--count', '3'], '--seed is required'],
    [['--seed', 'x', '--count', '3'], '--seed needs a whole number'],
    [['--seed', '1', '--count', '0'], '--count must be between'],
    [['--seed', '1', '--count', '3', '--kind', 'quiz'], '--kind must be one of'],
    [['--seed', '1', '--count', '3', '--lang', 'de'], '--lang must be one of'],
    [['--seed', '1', '--count', '3', '--bogus'], 'unknown argument'],
  ])('exits 2 with a message on bad arguments %j', (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  }, 30_000);
});
