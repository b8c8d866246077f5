import { cite, formatCitation, type CitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';

/** A formatted citation; the provision's own words on hover. */
export function Citation({ id, lang }: { id: CitationId; lang: Lang }) {
  const c = cite(id);
  return (
    <span className="sim-cite" title={c.label[lang]} data-citation={id}>
      {formatCitation(c, lang)}
    </span>
  );
}

/** "code — label (citation) values" as one plain string, for a button's title. */
export function verdictTitle(code: string, id: CitationId, lang: Lang, values?: Record<string, unknown>): string {
  const c = cite(id);
  const v = values && Object.keys(values).length ? ` [${Object.entries(values).map(([k, x]) => `${k}: ${String(x)}`).join(', ')}]` : '';
  return `${code} — ${c.label[lang]} (${formatCitation(c, lang)})${v}`;
}

export function ValuesText({ values }: { values?: Record<string, unknown> }) {
  if (!values || Object.keys(values).length === 0) return null;
  return (
    <span className="sim-values">
      {Object.entries(values).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}
    </span>
  );
}

/** A rejection as a trainee reads it: the code, what the law says, the article, the numbers. */
export function VerdictLine({ code, citation, values, lang }: { code: string; citation: CitationId; values?: Record<string, unknown>; lang: Lang }) {
  return (
    <span className="sim-verdict" data-testid="verdict" data-code={code}>
      <code>{code}</code> <span className="sim-msg">{cite(citation).label[lang]}</span> — <Citation id={citation} lang={lang} /> <ValuesText values={values} />
    </span>
  );
}
