import type { Citation } from '../types';

/** Provisions cited by models/council. Ids are prefixed 'council.' so that areas never collide. */
export const councilArticles = {
} satisfies Record<`council.${string}`, Citation>;
