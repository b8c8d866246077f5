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
  snapshot: AnyMachineSnapshot;
  doc: OrgDocument;
  lang: Lang;
  author: UnitId | undefined;
  higher: UnitId[];
  message: string | null;
  onSend: (event: { type: string }) => void;
}

/** CL art. 43.3 in the protest run: who stands above the author, and a withdrawal in their name. */
export function ProtestControl({ def, snapshot, doc, lang, author, higher, message, onSend }: Props) {
  const { t } = useTranslation('simulator');
  const event = { type: 'protest.withdraw', by: 'superior' as const };
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
              title={verdict.ok ? undefined : verdictTitle(verdict.code, verdict.citation, lang, verdict.values)}
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
