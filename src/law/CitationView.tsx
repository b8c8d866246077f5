import i18next from 'i18next';
import { cite, formatCitation, lineRange, type Citation, type CitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { ensureLawStrings } from './i18n';

/** The short provenance mark: "law", "manual, l. 2198–2208", "our reading". */
export function provenanceMark(c: Citation, lang: Lang): string {
  ensureLawStrings();
  const t = i18next.getFixedT(lang, 'law');
  if (c.source === 'manual') return t('source.manual', { lines: lineRange(c.seedLines) });
  return t(`source.${c.source}`);
}

/** What the mark means, for the tooltip: checked law, the manual's lines and term, or why we read it so. */
export function provenanceTip(c: Citation, lang: Lang): string {
  ensureLawStrings();
  const t = i18next.getFixedT(lang, 'law');
  if (c.source === 'manual') return t('sourceTip.manual', { lines: lineRange(c.seedLines), term: c.term, interpolation: { escapeValue: false } });
  if (c.source === 'reading') return t('sourceTip.reading', { why: c.why[lang], interpolation: { escapeValue: false } });
  return t('sourceTip.law');
}

/** "CL on the Prosecutor's Office, art. 18.4 [manual, l. 2198–2208]" as one plain string (titles, printouts). */
export function citationText(id: CitationId, lang: Lang): string {
  const c = cite(id);
  return `${formatCitation(c, lang)} [${provenanceMark(c, lang)}]`;
}

/**
 * A citation wherever one shows: the act and article ("article unknown" when
 * none is known), then a visible provenance mark in words, so a teacher can
 * tell the law from the manual from our reading without relying on colour.
 * The tooltip gives the provision's own words and what the mark means.
 */
export function CitationView({ id, lang, className, testId }: { id: CitationId; lang: Lang; className?: string; testId?: string }) {
  const c = cite(id);
  return (
    <span
      className={`citation-view source-${c.source}${className ? ` ${className}` : ''}`}
      data-citation={id}
      data-source={c.source}
      data-testid={testId}
      title={`${c.label[lang]}\n${provenanceTip(c, lang)}`}
    >
      <cite className="citation-ref">{formatCitation(c, lang)}</cite>{' '}
      <span className="provenance-mark" data-testid="provenance">[{provenanceMark(c, lang)}]</span>
    </span>
  );
}
