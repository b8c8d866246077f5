import i18next from 'i18next';
import { cite, type CitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import type { ProcedureDefinition, Verdict } from '../../models/procedures/core/types';
import { citationText, CitationView } from '../law/CitationView';
import { reasonText } from './labels';
import { pairsText, type NameOf } from './payload';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A formatted citation with its provenance mark; the provision's own words and the mark's meaning on hover. */
export function Citation({ id, lang }: { id: CitationId; lang: Lang }) {
  return <CitationView id={id} lang={lang} className="sim-cite" />;
}

/**
 * A rejection's numbers in the reader's language ("deadline: 2025-04-14, working days left: 0"); with the
 * procedure, a state or an event named in them reads as its label, never as its id.
 */
export function valuesText(values: Record<string, unknown> | undefined, lang: Lang, nameOf?: NameOf, def?: AnyDef): string {
  if (!values || Object.keys(values).length === 0) return '';
  return pairsText(values, { lang, t: i18next.getFixedT(lang, 'simulator'), ...(nameOf ? { nameOf } : {}), ...(def ? { def } : {}) });
}

/** "reason — what the law says (citation) [values]" as one plain string, for a button's title; no code. */
export function verdictTitle(def: AnyDef, verdict: Extract<Verdict, { ok: false }>, lang: Lang): string {
  const c = cite(verdict.citation);
  const v = valuesText(verdict.values, lang, undefined, def);
  return `${reasonText(def, verdict, lang)} — ${c.label[lang]} (${citationText(verdict.citation, lang)})${v ? ` [${v}]` : ''}`;
}

/**
 * A rejection as a trainee reads it: what the law says, the article, the numbers. The code stays in
 * `data-code` for tests and tools; it is never shown.
 */
export function VerdictLine({ def, code, citation, values, lang, nameOf }: { def: AnyDef; code: string; citation: CitationId; values?: Record<string, unknown>; lang: Lang; nameOf?: NameOf }) {
  const v = valuesText(values, lang, nameOf, def);
  return (
    <span className="sim-verdict" data-testid="verdict" data-code={code}>
      <span className="sim-msg">{cite(citation).label[lang]}</span> — <Citation id={citation} lang={lang} /> {v && <span className="sim-values">{v}</span>}
    </span>
  );
}
