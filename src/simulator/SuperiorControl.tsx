import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../models/law/types';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { verdictFor } from '../../models/procedures/core';
import type { ProcedureDefinition } from '../../models/procedures/core/types';
import { verdictTitle } from './Citation';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Props {
  def: AnyDef;
  /** The definition's superiorEvent. */
  event: { type: string };
  snapshot: AnyMachineSnapshot;
  doc: OrgDocument;
  lang: Lang;
  author: UnitId | undefined;
  higher: UnitId[];
  message: string | null;
  onSend: (event: { type: string }) => void;
}

/**
 * A higher prosecutor acts in the run (a protest withdrawn under CL art. 43.3): who stands above the
 * acting prosecutor on the org chart, and the definition's superior event in their name.
 */
export function SuperiorControl({ def, event, snapshot, doc, lang, author, higher, message, onSend }: Props) {
  const { t } = useTranslation('simulator');
  const verdict = verdictFor(def, snapshot, event);
  return (
    <section className="sim-panel sim-higher" data-testid="higher">
      <h3>{t('higher')}</h3>
      {!author && <p className="sim-muted">{t('noAuthorUnit')}</p>}
      {author && (
        <p className="sim-muted">
          {doc.units[author]?.name[lang]}
        </p>
      )}
      <ul>
        {higher.map((id) => (
          <li key={id}>
            <button
              type="button"
              data-testid="withdraw-as"
              data-unit={id}
              disabled={!verdict.ok}
              title={verdict.ok ? undefined : verdictTitle(def, verdict, lang)}
              onClick={() => onSend(event)}
            >
              {t('withdrawAs', { name: doc.units[id]?.name[lang] ?? id })}
            </button>
          </li>
        ))}
      </ul>
      {message && <p className="sim-problems" data-testid="higher-message">{message}</p>}
    </section>
  );
}
