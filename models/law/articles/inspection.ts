import type { Citation } from '../types';

/** Provisions cited by models/inspection. Ids are prefixed 'inspection.' so that areas never collide. */
export const inspectionArticles = {
} satisfies Record<`inspection.${string}`, Citation>;
