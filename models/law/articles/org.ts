import type { Citation } from '../types';

/** Provisions cited by models/org. Ids are prefixed 'org.' so that areas never collide. */
export const orgArticles = {
} satisfies Record<`org.${string}`, Citation>;
