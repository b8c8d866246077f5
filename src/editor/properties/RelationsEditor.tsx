import { useState } from 'react';
import { ArrowLeft, ArrowRight, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { consentPhrase } from '../../../models/org/consent';
import { relationsOf } from '../../../models/org/queries';
import { RELATION_KINDS, type OrgDocument, type RelationKind, type Unit } from '../../../models/org/types';
import { useEditorStore } from '../store/useEditor';

const EDITABLE = RELATION_KINDS.filter((k) => k !== 'subordination');

/** The unit's non-tree relations, with remove buttons and a small form to add one. */
export function RelationsEditor({ doc, unit, lang }: { doc: OrgDocument; unit: Unit; lang: Lang }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const [kind, setKind] = useState<RelationKind>('appointment');
  const [other, setOther] = useState('');
  const [consent, setConsent] = useState('');
  const [invited, setInvited] = useState(false);
  const rels = relationsOf(doc, unit.id).filter((r) => r.kind !== 'subordination');
  const name = (id: string) => doc.units[id]?.name[lang] ?? id;
  // The whole translated phrase (с согласия Сената, Сенаттың келісімімен), never "consent of" + a name.
  const consentOf = (id: string) => {
    const u = doc.units[id];
    return u ? consentPhrase(u, lang) : name(id);
  };
  const units = Object.values(doc.units).filter((u) => u.id !== unit.id);
  const add = () => {
    if (!other) return;
    const created = store.edit({
      type: 'relation.add',
      relation: { kind, from: unit.id, to: other, ...(kind === 'appointment' && consent ? { consentOf: consent } : {}), ...(kind === 'councilMember' && invited ? { invited: true } : {}) },
    });
    if (created) setOther('');
  };
  return (
    <section className="relations" data-testid="relations">
      <h3>{t('editor.relations')}</h3>
      <ul>
        {rels.map((r) => (
          <li key={r.id} data-relation={r.id}>
            <span className={`rel-chip rel-${r.kind}`}>{t(`relation.${r.kind}`)}</span>{' '}
            {r.from === unit.id ? <ArrowRight aria-label={t('editor.to')} size={13} /> : <ArrowLeft aria-hidden="true" size={13} />} {r.from === unit.id ? name(r.to) : name(r.from)}
            {r.consentOf !== undefined && <em data-testid="consent-phrase"> · {consentOf(r.consentOf)}</em>}
            {r.invited && <em> · {t('editor.invited')}</em>}
            <button type="button" className="link" onClick={() => store.edit({ type: 'relation.remove', id: r.id })} aria-label={t('editor.remove')} title={t('editor.remove')}><X aria-hidden="true" size={14} /></button>
          </li>
        ))}
      </ul>
      <div className="add-relation">
        <select value={kind} onChange={(e) => setKind(e.target.value as RelationKind)} data-testid="relation-kind" aria-label={t('editor.addRelation')}>
          {EDITABLE.map((k) => <option key={k} value={k}>{t(`relation.${k}`)}</option>)}
        </select>
        <select value={other} onChange={(e) => setOther(e.target.value)} data-testid="relation-target" aria-label={t('editor.to')}>
          <option value="">{t('editor.to')}…</option>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name[lang]}</option>)}
        </select>
        {kind === 'appointment' && (
          <select value={consent} onChange={(e) => setConsent(e.target.value)} aria-label={t('editor.consentOf')}>
            <option value="">{t('editor.noConsent')}</option>
            {units.filter((u) => u.kind === 'president' || u.kind === 'senate' || u.kind === 'kurultai').map((u) => <option key={u.id} value={u.id}>{consentPhrase(u, lang)}</option>)}
          </select>
        )}
        {kind === 'councilMember' && (
          <label><input type="checkbox" checked={invited} onChange={(e) => setInvited(e.target.checked)} /> {t('editor.invited')}</label>
        )}
        <button type="button" onClick={add} disabled={!other} data-testid="relation-add">{t('editor.addRelation')}</button>
      </div>
    </section>
  );
}
