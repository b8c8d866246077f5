import i18next from 'i18next';
import { cite, type CitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { citationText, CitationView } from '../law/CitationView';
import { pairsText, type NameOf } from './payload';

/** A formatted citation with its provenance mark; the provision's own words and the mark's meaning on hover. */
export function Citation({ id, lang }: { id: CitationId; lang: Lang }) {
  return <CitationView id={id} lang={lang} className="sim-cite" />;
}

/** A rejection's numbers in the reader's language ("deadline: 2025-04-14, working days left: 0"). */
export function valuesText(values: Record<string, unknown> | undefined, lang: Lang, nameOf?: NameOf): string {
  if (!values || Object.keys(values).length === 0) return '';
  const o = nameOf ? { lang, t: i18next.getFixedT(lang, 'simulator'), nameOf } : { lang, t: i18next.getFixedT(lang, 'simulator') };
  return pairsText(values, o);
}

/** "code — label (citation) values" as one plain string, for a button's title. */
export function verdictTitle(code: string, id: CitationId, lang: Lang, values?: Record<string, unknown>): string {
  const c = cite(id);
  const v = valuesText(values, lang);
  return `${code} — ${c.label[lang]} (${citationText(id, lang)})${v ? ` [${v}]` : ''}`;
}

/** A rejection as a trainee reads it: the code, what the law says, the article, the numbers. */
export function VerdictLine({ code, citation, values, lang, nameOf }: { code: string; citation: CitationId; values?: Record<string, unknown>; lang: Lang; nameOf?: NameOf }) {
  const v = valuesText(values, lang, nameOf);
  return (
    <span className="sim-verdict" data-testid="verdict" data-code={code}>
      <code>{code}</code> <span className="sim-msg">{cite(citation).label[lang]}</span> — <Citation id={citation} lang={lang} /> {v && <span className="sim-values">{v}</span>}
    </span>
  );
}
