import { formatCitation, lineRange, type Citation } from '../../models/law';
import type { Lang } from '../../models/law/types';

const MANUAL = { kk: 'оқулық', ru: 'пособие', en: 'manual' } as const;
const LINES = { kk: 'жолдар', ru: 'строки', en: 'lines' } as const;

/** "manual, lines 784–849" (one line: "lines 802"): where in the manual a statement stands. */
export function manualLines([a, b]: readonly [number, number], lang: Lang): string {
  return `${MANUAL[lang]}, ${LINES[lang]} ${lineRange([a, b])}`;
}

/** A citation with its provenance: the act and article, and for what the manual states, where it says it. */
export function citationText(c: Citation, lang: Lang): string {
  const base = formatCitation(c, lang);
  return c.source === 'manual' && c.seedLines ? `${base} (${manualLines(c.seedLines, lang)})` : base;
}
