import type { IsoDate } from '../types';

/** A government decree's swap: `dayOff` (a weekday) becomes a day off, `workedDay` (a Saturday or Sunday) a working day. */
export interface Transfer {
  dayOff: IsoDate;
  workedDay: IsoDate;
  /** The decree that made the swap. */
  source: string;
}

export const TRANSFERS: readonly Transfer[] = [];
