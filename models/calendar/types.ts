import type { CitationId, LocalizedText } from '../law';

/** A calendar date as `YYYY-MM-DD`. Always read as a UTC day: no local-time pitfalls. */
export type IsoDate = string;

/**
 * What makes a day special:
 * - `holiday`: a holiday (day off) of the law;
 * - `substitute`: a day off carried to the next working day because a holiday fell on a weekend;
 * - `transfer`: a weekday made a day off by a government decree;
 * - `workedWeekend`: a Saturday or Sunday made a working day by the same decree.
 */
export type HolidayKind = 'holiday' | 'substitute' | 'transfer' | 'workedWeekend';

/** The ids of the holidays we name. */
export type HolidayId =
  | 'newYear'
  | 'orthodoxChristmas'
  | 'womensDay'
  | 'nauryz'
  | 'unityDay'
  | 'defenderDay'
  | 'victoryDay'
  | 'capitalDay'
  | 'kurbanAit'
  | 'constitutionDay'
  | 'republicDay'
  | 'independenceDay'
  /** 1 December, a holiday until 2021. */
  | 'firstPresidentDay';

/** One special day of the calendar. */
export interface SpecialDay {
  date: IsoDate;
  kind: HolidayKind;
  /** The holiday it belongs to, or 'transfer' for a decree swap. */
  id: HolidayId | 'transfer';
  name: LocalizedText;
  /** The provision that makes the day special. */
  citation: CitationId;
  /** For decree swaps and moved substitutes: the act that made them. */
  source?: string;
}

/** What a calendar strip needs to know about one day. */
export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** Saturday or Sunday (whether or not it is worked). */
  weekend: boolean;
  holiday?: { id: string; name: LocalizedText; kind: HolidayKind; citation: CitationId; source?: string };
}
