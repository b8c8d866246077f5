import { produce } from 'immer';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { OrgDocument } from '../../models/org/types';
import type { InputField, ProcedureDefinition } from '../../models/procedures/core/types';
import { getPath } from './model';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Sets (or with `undefined`, removes) a nested field of a draft, creating objects on the way. */
export function setPath(obj: unknown, path: string[], value: unknown): unknown {
  return produce(typeof obj === 'object' && obj !== null ? obj : {}, (draft: Record<string, unknown>) => {
    let cur = draft;
    for (const k of path.slice(0, -1)) {
      if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {};
      cur = cur[k] as Record<string, unknown>;
    }
    const last = path[path.length - 1] ?? '';
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) delete cur[last];
    else cur[last] = value;
  });
}

interface Props {
  def: AnyDef;
  draft: unknown;
  doc: OrgDocument;
  lang: Lang;
  onDraft: (d: unknown) => void;
  onStart: () => void;
  /** The unit picked for a procedure with a unit picker (a council), and how to pick another. */
  pickedUnit?: string | null;
  onPickUnit?: (id: string) => void;
}

/**
 * A zod issue in the reader's language: the schema's own message is English, so it goes in the
 * tooltip and the line says what kind of problem it is.
 */
function issueText(issue: { code: string; message: string; input?: unknown }, t: ReturnType<typeof useTranslation<'simulator'>>['t']): string {
  const missing = issue.code === 'invalid_type' && (issue.input === undefined || /received undefined/.test(issue.message));
  return missing ? t('issue.missing') : t(`issue.${issue.code}`, { defaultValue: t('issue.custom') });
}

/** The field an issue is about, by the nearest field the form labels (never its path in the input). */
function fieldName(def: AnyDef, path: readonly PropertyKey[], lang: Lang): string {
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).join('.');
    const f = def.inputFields.find((x) => x.path.join('.') === key);
    if (f) return f.label[lang];
  }
  const picker = def.unitPicker;
  if (picker && picker.fills.every((k, i) => path[i] === k)) return picker.label[lang];
  return '—';
}

function optionText(f: InputField, o: string, lang: Lang): string {
  return f.optionLabels?.[o]?.[lang] ?? o;
}

/** One field of the form, by its kind. */
function FieldInput({ f, id, value, lang, onChange }: { f: InputField; id: string; value: unknown; lang: Lang; onChange: (v: unknown) => void }) {
  const { t } = useTranslation('simulator');
  switch (f.kind) {
    case 'date':
      return <input id={id} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
    case 'time':
      return <input id={id} type="time" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />;
    case 'text':
      return <input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />;
    case 'number':
      return <input id={id} type="number" value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />;
    case 'boolean':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'enum':
      return (
        <select id={id} data-field={f.path.join('.')} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
          {f.optional && <option value="">{t('none')}</option>}
          {f.options?.map((o) => (
            <option key={o} value={o}>{optionText(f, o, lang)}</option>
          ))}
        </select>
      );
    case 'enumList': {
      const list = Array.isArray(value) ? (value as string[]) : [];
      return (
        <span className="sim-checks" id={id} data-field={f.path.join('.')} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          {f.options?.map((o) => (
            <label key={o} className="sim-check" style={{ display: 'flex', gap: 4, alignItems: 'baseline' }}>
              <input
                type="checkbox"
                data-option={o}
                checked={list.includes(o)}
                onChange={(e) => onChange(e.target.checked ? [...list, o] : list.filter((x) => x !== o))}
              />{' '}
              {optionText(f, o, lang)}
            </label>
          ))}
        </span>
      );
    }
  }
}

/** The procedure's input, generated from its definition's fields and checked by its own zod schema. */
export function InputForm({ def, draft, doc, lang, onDraft, onStart, pickedUnit = null, onPickUnit }: Props) {
  const { t } = useTranslation('simulator');
  const parsed = def.inputSchema.safeParse(draft);
  const acting = def.actingProsecutor;
  const unitId = acting ? (getPath(draft, acting.unit) as string | undefined) : undefined;
  const picker = def.unitPicker;
  const summary = picker?.summary(draft) ?? null;
  const pickable = picker ? Object.values(doc.units).filter((u) => picker.kinds.includes(u.kind)) : [];
  // Before a unit is picked the picker's hint says what to do; the schema's "missing" would only repeat it.
  const hidden = picker && summary === null ? picker.fills : null;
  const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !(hidden && hidden.every((k, n) => i.path[n] === k)));
  return (
    <form className="sim-form" data-testid="input-form" onSubmit={(e) => { e.preventDefault(); if (parsed.success) onStart(); }}>
      {def.inputFields.map((f) => {
        const id = `sim-f-${f.path.join('-')}`;
        return (
          <label key={id} htmlFor={id} className={`sim-field sim-field-${f.kind}`}>
            <span>{f.label[lang]}</span>
            <FieldInput f={f} id={id} value={getPath(draft, f.path)} lang={lang} onChange={(v) => onDraft(setPath(draft, f.path, v))} />
          </label>
        );
      })}
      {acting && (
        <p className="sim-hint" data-testid="picked-unit">
          {unitId ? t('unitPicked', { name: doc.units[unitId]?.name[lang] ?? unitId }) : t('noUnit')} · {t('pickOnDiagram')}
        </p>
      )}
      {picker && pickable.length > 0 && (
        <label htmlFor="sim-f-unit" className="sim-field sim-field-select">
          <span>{picker.label[lang]}</span>
          <select id="sim-f-unit" data-testid="council-select" value={pickedUnit ?? ''} onChange={(e) => e.target.value && onPickUnit?.(e.target.value)}>
            <option value="">{t('none')}</option>
            {pickable.map((u) => (
              <option key={u.id} value={u.id}>{u.name[lang]}</option>
            ))}
          </select>
        </label>
      )}
      {picker && (
        <p className="sim-hint" data-testid="picked-unit">
          {summary ? summary[lang] : t('noUnit')} · {picker.hint[lang]}
        </p>
      )}
      {issues.length > 0 && (
        <div className="sim-problems" role="alert" data-testid="input-problems">
          {t('inputInvalid')}
          <ul>
            {issues.slice(0, 8).map((i, k) => (
              <li key={k} title={i.message}>
                <span className="sim-problem-field">{fieldName(def, i.path, lang)}</span> — {issueText(i, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" data-testid="start-run" disabled={!parsed.success}>{t('start')}</button>
    </form>
  );
}
