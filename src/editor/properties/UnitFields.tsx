import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { COUNCIL_LEVEL_LABELS, isAllowedUnder, KINDS, kindLabel } from '../../../models/org/kinds';
import { descendants } from '../../../models/org/queries';
import { DISTRICT_TYPES, OBLAST_TYPES, UNIT_KINDS, type OrgDocument, type Unit, type UnitKind } from '../../../models/org/types';
import { useEditorStore } from '../store/useEditor';

const OBLAST_TYPE_LABELS = {
  oblast: { kk: 'облыс', ru: 'область', en: 'oblast' },
  city: { kk: 'республикалық маңызы бар қала', ru: 'город республиканского значения', en: 'city of republican significance' },
  capital: { kk: 'астана', ru: 'столица', en: 'capital' },
} as const;
const DISTRICT_TYPE_LABELS = {
  district: { kk: 'аудандық', ru: 'районная', en: 'district' },
  city: { kk: 'қалалық', ru: 'городская', en: 'city' },
  interDistrict: { kk: 'ауданаралық', ru: 'межрайонная', en: 'inter-district' },
  specialised: { kk: 'мамандандырылған', ru: 'специализированная', en: 'specialised' },
} as const;

/** Kind, kind attribute and place in the tree: the selects only offer what the law allows. */
export function UnitFields({ doc, unit, lang }: { doc: OrgDocument; unit: Unit; lang: Lang }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const parent = unit.parentId !== undefined ? doc.units[unit.parentId] : undefined;
  const kinds = UNIT_KINDS.filter((k) => k === unit.kind || isAllowedUnder(k, parent?.kind));
  const below = new Set(descendants(doc, unit.id));
  const parents = Object.values(doc.units).filter((p) => p.id !== unit.id && !below.has(p.id) && isAllowedUnder(unit.kind, p.kind));
  const rootAllowed = isAllowedUnder(unit.kind, undefined);
  return (
    <div className="fields">
      <label className="field-row">
        <span>{t('editor.kind')}</span>
        <select value={unit.kind} data-testid="kind-select" onChange={(e) => store.edit({ type: 'unit.changeKind', id: unit.id, kind: e.target.value as UnitKind })}>
          {kinds.map((k) => (
            <option key={k} value={k}>{KINDS[k].label[lang]}</option>
          ))}
        </select>
      </label>
      {unit.kind === 'oblast' && (
        <label className="field-row">
          <span>{t('editor.attribute')}</span>
          <select value={unit.oblastType ?? 'oblast'} onChange={(e) => store.edit({ type: 'unit.setAttributes', id: unit.id, attributes: { oblastType: e.target.value as Unit['oblastType'] } })}>
            {OBLAST_TYPES.map((o) => <option key={o} value={o}>{OBLAST_TYPE_LABELS[o][lang]}</option>)}
          </select>
        </label>
      )}
      {unit.kind === 'district' && (
        <label className="field-row">
          <span>{t('editor.attribute')}</span>
          <select value={unit.districtType ?? 'district'} onChange={(e) => store.edit({ type: 'unit.setAttributes', id: unit.id, attributes: { districtType: e.target.value as Unit['districtType'] } })}>
            {DISTRICT_TYPES.map((o) => <option key={o} value={o}>{DISTRICT_TYPE_LABELS[o][lang]}</option>)}
          </select>
        </label>
      )}
      {unit.kind === 'coordinationCouncil' && unit.level && (
        <p className="field-row"><span>{t('editor.attribute')}</span> {COUNCIL_LEVEL_LABELS[unit.level][lang]}</p>
      )}
      <label className="field-row">
        <span>{t('editor.parent')}</span>
        <select
          value={unit.parentId ?? ''}
          data-testid="parent-select"
          onChange={(e) => store.edit({ type: 'unit.reparent', id: unit.id, ...(e.target.value ? { parentId: e.target.value } : {}) })}
        >
          {(rootAllowed || unit.parentId === undefined) && <option value="">{t('editor.noParent')}</option>}
          {parents.map((p) => (
            <option key={p.id} value={p.id}>{p.name[lang]} · {kindLabel(p.kind)[lang]}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
