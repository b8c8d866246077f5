import type { Citation } from '../types';

/** Provisions cited by models/protest. Ids are prefixed 'protest.' so that areas never collide. */
export const protestArticles = {
} satisfies Record<`protest.${string}`, Citation>;
