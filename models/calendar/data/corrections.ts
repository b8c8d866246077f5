import type { HolidayId, IsoDate } from '../types';

/**
 * Where the law and date-holidays disagree, the law wins. The generator
 * (scripts/generate-holidays.ts) applies these to date-holidays' list of
 * holiday dates before it computes the substitute days off itself.
 *
 * Substitutes are never taken from date-holidays: its rule for two- and
 * three-day holidays ("if sunday then next tuesday") lands on the holiday's
 * own next day (Nauryz 2020: a "substitute" on 23 March, itself a holiday;
 * May 2022: 7 May moved onto 9 May, Victory Day). The law moves the day off
 * to the next working day after the holiday, which the generator computes.
 */
export interface HolidayCorrection {
  date: IsoDate;
  id: HolidayId;
  action: 'remove' | 'add';
  /** Why, with the source. */
  reason: string;
}

export const HOLIDAY_CORRECTIONS: readonly HolidayCorrection[] = [
  {
    // date-holidays 3.37 has Constitution Day on 15 March "since 2026".
    date: '2026-03-15',
    id: 'constitutionDay',
    action: 'remove',
    reason:
      'The new Constitution was approved by the referendum of 15 March 2026; the labour ministry announced that 15 March is celebrated as Constitution Day from 2027 and that 30 August is no longer a holiday from 2026 (so 16 March 2026 was a working day).',
  },
];
