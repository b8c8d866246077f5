import type { Citation } from '../types';

/** Provisions cited by models/calendar. Ids are prefixed 'calendar.' so that areas never collide. */
export const calendarArticles = {
} satisfies Record<`calendar.${string}`, Citation>;
