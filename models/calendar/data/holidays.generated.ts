// Placeholder until `npm run holidays` writes the table.
import type { HolidayId } from '../types';

export const HOLIDAY_YEARS = { from: 2020, to: 2030 } as const;

export const GENERATED_DAYS: readonly (readonly [date: string, id: HolidayId, kind: 'holiday' | 'substitute'])[] = [];
