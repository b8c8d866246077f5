/**
 * The citation registry: every rule, guard and deadline in models/ names one
 * of these ids, and the UI shows the formatted citation next to it.
 */
import { actSuspensionArticles } from './articles/actSuspension';
import { appealArticles } from './articles/appeal';
import { calendarArticles } from './articles/calendar';
import { commonArticles } from './articles/common';
import { complaintArticles } from './articles/complaint';
import { constitution2026Articles } from './articles/constitution2026';
import { councilArticles } from './articles/council';
import { forcedBringingArticles } from './articles/forcedBringing';
import { inspectionArticles } from './articles/inspection';
import { orgArticles } from './articles/org';
import { protestArticles } from './articles/protest';
import { themeArticles } from './articles/themes';
import { readingArticles } from './articles/readings';
import { representationArticles } from './articles/representation';
import type { Citation } from './types';

export const LAW = {
  ...commonArticles,
  ...orgArticles,
  ...calendarArticles,
  ...inspectionArticles,
  ...protestArticles,
  ...councilArticles,
  ...themeArticles,
  ...readingArticles,
  ...representationArticles,
  ...appealArticles,
  ...complaintArticles,
  ...actSuspensionArticles,
  ...forcedBringingArticles,
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
