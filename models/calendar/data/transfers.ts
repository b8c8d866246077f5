import type { HolidayId, IsoDate } from '../types';

/**
 * A swap of a day off and a working day by the act of the Government (until
 * 2023) or of the labour ministry (from 2024), Labour Code art. 85.3:
 * `dayOff` (a weekday) becomes a day off and `workedDay` (a Saturday or
 * Sunday) a working day. The swaps apply to the five-day working week.
 */
export interface Transfer {
  dayOff: IsoDate;
  workedDay: IsoDate;
  /** The act that made the swap (adilet.zan.kz document code where known). */
  source: string;
}

/** The transfers of 2020–2026 we could check against two sources; a later edition adds new years here. */
export const TRANSFERS: readonly Transfer[] = [
  { dayOff: '2020-01-03', workedDay: '2020-01-05', source: 'Government decree on transferring days off in 2020 (adilet P1900000820)' },
  { dayOff: '2020-12-18', workedDay: '2020-12-20', source: 'Government decree on transferring days off in 2020 (adilet P1900000820)' },
  { dayOff: '2021-07-05', workedDay: '2021-07-03', source: 'Government decree on transferring days off in 2021 (adilet P2000000930)' },
  { dayOff: '2022-03-07', workedDay: '2022-03-05', source: 'Government decree on transferring days off in 2022 (adilet P2200000796 edition)' },
  { dayOff: '2022-08-29', workedDay: '2022-08-27', source: 'Government decree on transferring days off in 2022 (adilet P2200000796 edition)' },
  { dayOff: '2022-10-24', workedDay: '2022-10-22', source: 'Government decree No. 796 of 2022 adding the Republic Day swap (adilet P2200000796)' },
  { dayOff: '2023-07-07', workedDay: '2023-07-01', source: 'Government decree on transferring a day off in 2023 (adilet P2300000326)' },
  { dayOff: '2024-05-08', workedDay: '2024-05-04', source: 'Order of the Minister of Labour and Social Protection of 17 April 2024 (adilet G24G0000109)' },
  { dayOff: '2025-01-03', workedDay: '2025-01-05', source: 'Order of the Minister of Labour and Social Protection of 2024 on transferring a day off in 2025 (adilet G24G0000436)' },
];

/**
 * A substitute day off that an act moved to another day, with no worked
 * weekend in exchange. Applied at run time on top of the generated table.
 */
export interface SubstituteMove {
  id: HolidayId;
  from: IsoDate;
  to: IsoDate;
  source: string;
}

export const SUBSTITUTE_MOVES: readonly SubstituteMove[] = [
  {
    // Victory Day 2020 fell on a Saturday: the day off was Friday 8 May, not Monday 11 May.
    id: 'victoryDay',
    from: '2020-05-11',
    to: '2020-05-08',
    source: 'Government decree on transferring days off in 2020 (adilet P1900000820)',
  },
];
