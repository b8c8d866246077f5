import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_CITATIONS,
  addCalendarDays,
  addDays,
  addWorkingDays,
  compareIso,
  dayInfo,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../../models/calendar';
import { isCitationId } from '../../../models/law';

describe('addWorkingDays', () => {
  it('counts from the next day; n = 0 returns the date itself, even a holiday', () => {
    expect(addWorkingDays('2025-03-03', 1)).toBe('2025-03-04');
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-11'); // Fri -> weekend -> 10 March substitute -> Tue
    expect(addWorkingDays('2025-03-21', 0)).toBe('2025-03-21');
  });

  it('crosses New Year 2025 with the transferred 3 January and the worked Sunday 5 January', () => {
    expect(addWorkingDays('2024-12-31', 1)).toBe('2025-01-05');
    expect(addWorkingDays('2024-12-31', 2)).toBe('2025-01-06');
    expect(addWorkingDays('2024-12-31', 3)).toBe('2025-01-08'); // 7 January is Christmas
    expect(addWorkingDays('2025-01-02', 1)).toBe('2025-01-05');
    expect(addWorkingDays('2025-01-04', 1)).toBe('2025-01-05');
  });

  it('crosses New Year 2024', () => {
    expect(addWorkingDays('2023-12-29', 1)).toBe('2024-01-03');
  });

  it('crosses Nauryz 2025 (21 March, then 24–25 March substitutes)', () => {
    expect(addWorkingDays('2025-03-19', 1)).toBe('2025-03-20');
    expect(addWorkingDays('2025-03-19', 2)).toBe('2025-03-26');
    expect(addWorkingDays('2025-03-19', 3)).toBe('2025-03-27');
  });

  it('crosses the May 2024 transfer: Saturday 4 May counts, Wednesday 8 May does not', () => {
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(addWorkingDays('2024-05-03', 2)).toBe('2024-05-06');
    expect(addWorkingDays('2024-05-06', 1)).toBe('2024-05-10');
  });

  it('gives the 30-working-day inspection term from 3 March 2025', () => {
    // March 2025: 4–7, 11–14 (10th off), 17–20 (21st off), 26–28 (24–25 off), 31 = 16 days; April 1–4, 7–11, 14–18 = 14 more
    expect(addWorkingDays('2025-03-03', 30)).toBe('2025-04-18');
  });

  it('rejects negative or fractional counts and malformed dates', () => {
    expect(() => addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-3-3', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('keeps an end that is a working day', () => {
    expect(addCalendarDays('2025-03-03', 10)).toBe('2025-03-13');
  });

  it('moves an end on a holiday or weekend to the next working day', () => {
    expect(addCalendarDays('2025-03-11', 10)).toBe('2025-03-26'); // 21 March Nauryz -> weekend -> 24–25 substitutes
    expect(addCalendarDays('2025-02-19', 10)).toBe('2025-03-03'); // Saturday 1 March
    expect(addCalendarDays('2024-06-06', 10)).toBe('2024-06-17'); // Sunday 16 June, Kurban Ait
    expect(addCalendarDays('2024-12-22', 10)).toBe('2025-01-05'); // 1 January -> 2, 3 off, 4 Saturday, 5 worked Sunday
  });

  it('keeps an end on a worked weekend day', () => {
    expect(addCalendarDays('2025-01-01', 4)).toBe('2025-01-05');
  });
});

describe('workingDaysBetween', () => {
  it('counts (a, b]: not a, but b', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-04')).toBe(1);
    expect(workingDaysBetween('2025-03-03', '2025-03-07')).toBe(4);
    expect(workingDaysBetween('2025-01-04', '2025-01-05')).toBe(1); // the worked Sunday
    expect(workingDaysBetween('2025-01-05', '2025-01-06')).toBe(1);
    expect(workingDaysBetween('2025-01-03', '2025-01-10')).toBe(5); // 5, 6, 8, 9, 10 January
  });

  it('is 0 when b <= a', () => {
    expect(workingDaysBetween('2025-03-04', '2025-03-04')).toBe(0);
    expect(workingDaysBetween('2025-03-10', '2025-03-04')).toBe(0);
  });

  it('is 0 across a stretch of days off', () => {
    expect(workingDaysBetween('2025-03-20', '2025-03-25')).toBe(0);
  });
});

describe('small helpers', () => {
  it('nextWorkingDay is strictly after the date', () => {
    expect(nextWorkingDay('2024-12-31')).toBe('2025-01-05');
    expect(nextWorkingDay('2025-03-03')).toBe('2025-03-04');
  });

  it('addDays is plain calendar arithmetic in UTC, across leap days and DST dates', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-21', 0)).toBe('2025-03-21');
  });

  it('isIsoDate accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false);
  });

  it('compareIso orders dates', () => {
    expect(['2025-03-02', '2024-12-31', '2025-01-31'].sort(compareIso)).toEqual(['2024-12-31', '2025-01-31', '2025-03-02']);
    expect(compareIso('2025-01-01', '2025-01-01')).toBe(0);
  });

  it('dayInfo tells a calendar strip what a day is and where the rule comes from', () => {
    expect(dayInfo('2025-03-04')).toEqual({ date: '2025-03-04', working: true, weekend: false });
    expect(dayInfo('2025-03-08')).toMatchObject({ working: false, weekend: true, holiday: { id: 'womensDay', kind: 'holiday' } });
    expect(dayInfo('2024-03-25')).toMatchObject({
      working: false,
      weekend: false,
      holiday: { id: 'nauryz', kind: 'substitute', citation: 'calendar.substitutes', name: { en: 'Nauryz' } },
    });
    const worked = dayInfo('2025-01-05');
    expect(worked).toMatchObject({ working: true, weekend: true, holiday: { kind: 'workedWeekend', citation: 'calendar.transfers' } });
    expect(worked.holiday?.source).toMatch(/G24G0000436/);
    expect(dayInfo('2025-01-07').holiday).toMatchObject({ id: 'orthodoxChristmas', citation: 'calendar.religious' });
  });

  it('outside the data years only weekends are days off', () => {
    expect(isWorkingDay('2019-01-01')).toBe(true);
    expect(isWorkingDay('2031-01-01')).toBe(true);
    expect(isWorkingDay('2031-01-04')).toBe(false);
  });

  it('every exported citation is registered in the law', () => {
    for (const id of Object.values(CALENDAR_CITATIONS)) expect(isCitationId(id), id).toBe(true);
  });
});

describe('properties', () => {
  // Days from mid-2019 to mid-2031: the data years and a margin either side.
  const date = fc.integer({ min: Date.UTC(2019, 5, 1) / 86_400_000, max: Date.UTC(2031, 5, 1) / 86_400_000 }).map((n) =>
    new Date(n * 86_400_000).toISOString().slice(0, 10),
  );
  const count = fc.integer({ min: 0, max: 90 });
  const params = { numRuns: 300 };

  it('addWorkingDays(d, n) is a working day for n >= 1', () => {
    fc.assert(fc.property(date, fc.integer({ min: 1, max: 90 }), (d, n) => isWorkingDay(addWorkingDays(d, n))), params);
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(fc.property(date, count, (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n), params);
  });

  it('addWorkingDays is strictly increasing in n', () => {
    fc.assert(fc.property(date, count, (d, n) => compareIso(addWorkingDays(d, n), addWorkingDays(d, n + 1)) < 0), params);
  });

  it('addCalendarDays ends on the first working day on or after d + n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const plain = addDays(d, n);
        const end = addCalendarDays(d, n);
        return isWorkingDay(end) && compareIso(end, plain) >= 0 && workingDaysBetween(addDays(plain, -1), end) === 1;
      }),
      params,
    );
  });

  it('addDays(addDays(d, n), -n) === d', () => {
    fc.assert(fc.property(date, fc.integer({ min: -4000, max: 4000 }), (d, n) => addDays(addDays(d, n), -n) === d), params);
  });
});
