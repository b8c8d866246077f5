/**
 * The citation registry: every rule, guard and deadline in models/ names one
 * of these ids, and the UI shows the formatted citation next to it.
 */
import { calendarArticles } from './articles/calendar';
import { commonArticles } from './articles/common';
import { constitution2026Articles } from './articles/constitution2026';
import { councilArticles } from './articles/council';
import { inspectionArticles } from './articles/inspection';
import { orgArticles } from './articles/org';
import { protestArticles } from './articles/protest';
import type { Citation } from './types';

export const LAW = {
  ...commonArticles,
  ...orgArticles,
  ...calendarArticles,
  ...inspectionArticles,
  ...protestArticles,
  ...councilArticles,
  ...constitution2026Articles,
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof LAW;

/** The citation behind an id; ids are checked by the type system. */
export function cite(id: CitationId): Citation & { id: CitationId } {
  return { id, ...LAW[id] };
}

export function isCitationId(id: string): id is CitationId {
  return Object.prototype.hasOwnProperty.call(LAW, id);
}

export * from './types';
export * from './format';
export * from './editions';
export * from './gpStatus';
