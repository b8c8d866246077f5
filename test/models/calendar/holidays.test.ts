/**
 * The special days of 2023, 2024 and 2025 pinned against the published
 * production calendars (egov.kz holiday calendar, the transfer acts of
 * those years): every holiday, substitute day off and decree transfer.
 */
import { describe, expect, it } from 'vitest';
import { SUBSTITUTE_MOVES, TRANSFERS, dayInfo, holidaysBetween, isWorkingDay, workingDaysBetween } from '../../../models/calendar';
import type { HolidayKind } from '../../../models/calendar';
import { isCitationId } from '../../../models/law';

type Expected = [date: string, id: string, kind: HolidayKind];

const specialDaysOf = (year: number): Expected[] =>
  holidaysBetween(`${year}-01-01`, `${year}-12-31`).map((d): Expected => [d.date, d.id, d.kind]);

/** Every Monday–Friday of the year that is not a working day, plus every Saturday/Sunday that is. */
function exceptionsOf(year: number): { weekdaysOff: string[]; weekendsWorked: string[] } {
  const weekdaysOff: string[] = [];
  const weekendsWorked: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const weekend = [0, 6].includes(new Date(t).getUTCDay());
    if (!weekend && !isWorkingDay(date)) weekdaysOff.push(date);
    if (weekend && isWorkingDay(date)) weekendsWorked.push(date);
  }
  return { weekdaysOff, weekendsWorked };
}

describe('2023', () => {
  it('has exactly the holidays, substitutes and transfers of the official calendar', () => {
    expect(specialDaysOf(2023)).toEqual<Expected[]>([
      ['2023-01-01', 'newYear', 'holiday'], // Sunday
      ['2023-01-02', 'newYear', 'holiday'],
      ['2023-01-03', 'newYear', 'substitute'], // for 1 January
      ['2023-01-07', 'orthodoxChristmas', 'holiday'], // Saturday, religious: not moved
      ['2023-03-08', 'womensDay', 'holiday'],
      ['2023-03-21', 'nauryz', 'holiday'],
      ['2023-03-22', 'nauryz', 'holiday'],
      ['2023-03-23', 'nauryz', 'holiday'],
      ['2023-05-01', 'unityDay', 'holiday'],
      ['2023-05-07', 'defenderDay', 'holiday'], // Sunday
      ['2023-05-08', 'defenderDay', 'substitute'],
      ['2023-05-09', 'victoryDay', 'holiday'],
      ['2023-06-28', 'kurbanAit', 'holiday'],
      ['2023-07-01', 'transfer', 'workedWeekend'], // Saturday worked ...
      ['2023-07-06', 'capitalDay', 'holiday'],
      ['2023-07-07', 'transfer', 'transfer'], // ... for Friday 7 July off
      ['2023-08-30', 'constitutionDay', 'holiday'],
      ['2023-10-25', 'republicDay', 'holiday'],
      ['2023-12-16', 'independenceDay', 'holiday'], // Saturday
      ['2023-12-18', 'independenceDay', 'substitute'],
    ]);
  });

  it('has these weekdays off and this worked Saturday', () => {
    expect(exceptionsOf(2023)).toEqual({
      weekdaysOff: [
        '2023-01-02', '2023-01-03', '2023-03-08', '2023-03-21', '2023-03-22', '2023-03-23', '2023-05-01', '2023-05-08',
        '2023-05-09', '2023-06-28', '2023-07-06', '2023-07-07', '2023-08-30', '2023-10-25', '2023-12-18',
      ],
      weekendsWorked: ['2023-07-01'],
    });
  });
});

describe('2024', () => {
  it('has exactly the holidays, substitutes and transfers of the official calendar', () => {
    expect(specialDaysOf(2024)).toEqual<Expected[]>([
      ['2024-01-01', 'newYear', 'holiday'],
      ['2024-01-02', 'newYear', 'holiday'],
      ['2024-01-07', 'orthodoxChristmas', 'holiday'], // Sunday, religious: not moved
      ['2024-03-08', 'womensDay', 'holiday'],
      ['2024-03-21', 'nauryz', 'holiday'], // Thursday
      ['2024-03-22', 'nauryz', 'holiday'],
      ['2024-03-23', 'nauryz', 'holiday'], // Saturday
      ['2024-03-25', 'nauryz', 'substitute'],
      ['2024-05-01', 'unityDay', 'holiday'],
      ['2024-05-04', 'transfer', 'workedWeekend'], // Saturday worked ...
      ['2024-05-07', 'defenderDay', 'holiday'],
      ['2024-05-08', 'transfer', 'transfer'], // ... for Wednesday 8 May off (labour ministry order)
      ['2024-05-09', 'victoryDay', 'holiday'],
      ['2024-06-16', 'kurbanAit', 'holiday'], // Sunday, religious: not moved
      ['2024-07-06', 'capitalDay', 'holiday'], // Saturday
      ['2024-07-08', 'capitalDay', 'substitute'],
      ['2024-08-30', 'constitutionDay', 'holiday'],
      ['2024-10-25', 'republicDay', 'holiday'],
      ['2024-12-16', 'independenceDay', 'holiday'],
    ]);
  });

  it('has these weekdays off and this worked Saturday', () => {
    expect(exceptionsOf(2024)).toEqual({
      weekdaysOff: [
        '2024-01-01', '2024-01-02', '2024-03-08', '2024-03-21', '2024-03-22', '2024-03-25', '2024-05-01', '2024-05-07',
        '2024-05-08', '2024-05-09', '2024-07-08', '2024-08-30', '2024-10-25', '2024-12-16',
      ],
      weekendsWorked: ['2024-05-04'],
    });
  });
});

describe('2025', () => {
  it('has exactly the holidays, substitutes and transfers of the official calendar', () => {
    expect(specialDaysOf(2025)).toEqual<Expected[]>([
      ['2025-01-01', 'newYear', 'holiday'],
      ['2025-01-02', 'newYear', 'holiday'],
      ['2025-01-03', 'transfer', 'transfer'], // Friday off ...
      ['2025-01-05', 'transfer', 'workedWeekend'], // ... for Sunday worked
      ['2025-01-07', 'orthodoxChristmas', 'holiday'],
      ['2025-03-08', 'womensDay', 'holiday'], // Saturday
      ['2025-03-10', 'womensDay', 'substitute'],
      ['2025-03-21', 'nauryz', 'holiday'], // Friday
      ['2025-03-22', 'nauryz', 'holiday'], // Saturday
      ['2025-03-23', 'nauryz', 'holiday'], // Sunday
      ['2025-03-24', 'nauryz', 'substitute'],
      ['2025-03-25', 'nauryz', 'substitute'],
      ['2025-05-01', 'unityDay', 'holiday'],
      ['2025-05-07', 'defenderDay', 'holiday'],
      ['2025-05-09', 'victoryDay', 'holiday'],
      ['2025-06-06', 'kurbanAit', 'holiday'],
      ['2025-07-06', 'capitalDay', 'holiday'], // Sunday
      ['2025-07-07', 'capitalDay', 'substitute'],
      ['2025-08-30', 'constitutionDay', 'holiday'], // Saturday
      ['2025-09-01', 'constitutionDay', 'substitute'],
      ['2025-10-25', 'republicDay', 'holiday'], // Saturday
      ['2025-10-27', 'republicDay', 'substitute'],
      ['2025-12-16', 'independenceDay', 'holiday'],
    ]);
  });

  it('has these weekdays off and this worked Sunday', () => {
    expect(exceptionsOf(2025)).toEqual({
      weekdaysOff: [
        '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07', '2025-03-10', '2025-03-21', '2025-03-24', '2025-03-25',
        '2025-05-01', '2025-05-07', '2025-05-09', '2025-06-06', '2025-07-07', '2025-09-01', '2025-10-27', '2025-12-16',
      ],
      weekendsWorked: ['2025-01-05'],
    });
    expect(isWorkingDay('2025-05-08')).toBe(true); // no May transfer in 2025
  });
});

describe('working days per year (five-day week), from the lists above', () => {
  it.each([
    [2023, 246],
    [2024, 249],
    [2025, 246],
  ])('%i has %i working days', (year, days) => {
    expect(workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(days);
  });
});

describe('other years', () => {
  it('2020: the Victory Day substitute was Friday 8 May by decree, and Monday 11 May was worked', () => {
    expect(dayInfo('2020-05-08')).toMatchObject({ working: false, holiday: { id: 'victoryDay', kind: 'substitute' } });
    expect(isWorkingDay('2020-05-11')).toBe(true);
  });

  it('2020: Nauryz on Saturday and Sunday moves two days off past Monday 23 March, to 24 and 25 March', () => {
    expect(['2020-03-23', '2020-03-24', '2020-03-25'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2020-03-26')).toBe(true);
  });

  it('2021: 1 December and 16–17 December are still holidays', () => {
    expect(['2021-12-01', '2021-12-16', '2021-12-17'].map(isWorkingDay)).toEqual([false, false, false]);
  });

  it('2022: New Year on a weekend gives 3 and 4 January; Defender of the Fatherland Day on Saturday gives 10 May (9 May is a holiday)', () => {
    expect(['2022-01-03', '2022-01-04', '2022-05-09', '2022-05-10'].map(isWorkingDay)).toEqual([false, false, false, false]);
    expect(dayInfo('2022-05-10').holiday).toMatchObject({ id: 'defenderDay', kind: 'substitute' });
  });

  it('2022: Republic Day is back, 1 December is no longer a holiday', () => {
    expect(dayInfo('2022-10-25').holiday?.id).toBe('republicDay');
    expect(isWorkingDay('2022-10-22')).toBe(true); // Saturday worked for Monday 24 October
    expect(isWorkingDay('2022-10-24')).toBe(false);
    expect(isWorkingDay('2022-12-01')).toBe(true);
  });

  it('2026: 30 August is no longer a holiday and 15 March is Constitution Day only from 2027', () => {
    expect(holidaysBetween('2026-08-29', '2026-09-01')).toEqual([]);
    expect(isWorkingDay('2026-08-31')).toBe(true);
    expect(isWorkingDay('2026-03-16')).toBe(true);
    expect(dayInfo('2027-03-15')).toMatchObject({ working: false, holiday: { id: 'constitutionDay', kind: 'holiday' } });
  });

  it('2026: Nauryz 21–22 March on the weekend gives 24 and 25 March off', () => {
    expect(['2026-03-23', '2026-03-24', '2026-03-25'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2026-03-26')).toBe(true);
  });
});

describe('the data', () => {
  it('swaps a weekday off for a worked Saturday or Sunday in each transfer', () => {
    for (const t of TRANSFERS) {
      expect([1, 2, 3, 4, 5], t.dayOff).toContain(new Date(`${t.dayOff}T00:00:00Z`).getUTCDay());
      expect([0, 6], t.workedDay).toContain(new Date(`${t.workedDay}T00:00:00Z`).getUTCDay());
      expect(t.source.length).toBeGreaterThan(10);
    }
    for (const m of SUBSTITUTE_MOVES) expect(m.source.length).toBeGreaterThan(10);
  });

  it('puts every substitute day on a weekday and cites a registered provision for every special day', () => {
    for (const d of holidaysBetween('2020-01-01', '2030-12-31')) {
      if (d.kind === 'substitute' || d.kind === 'transfer') expect(dayInfo(d.date).weekend, d.date).toBe(false);
      expect(isCitationId(d.citation), d.date).toBe(true);
    }
  });

  it('never moves the religious holidays off a weekend', () => {
    const moved = holidaysBetween('2020-01-01', '2030-12-31').filter(
      (d) => d.kind === 'substitute' && (d.id === 'orthodoxChristmas' || d.id === 'kurbanAit'),
    );
    expect(moved).toEqual([]);
  });
});
