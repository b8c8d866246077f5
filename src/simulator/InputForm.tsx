import { produce } from 'immer';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { OrgDocument } from '../../models/org/types';
import type { ProcedureDefinition, ProcedureId } from '../../models/procedures/core/types';
import { AREAS, BASES, GROUNDS, INITIATOR_ROLES, SUBJECT_KINDS } from '../../models/procedures/inspection/schema';
import { ACT_ISSUERS, ACT_TYPES } from '../../models/procedures/protest/schema';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Field {
  path: string[];
  kind: 'date' | 'select' | 'check';
  label: string;
  /** The i18n group of the option labels. */
  options?: readonly string[];
  optionNs?: string;
  optional?: boolean;
}

/** The fields each procedure's input needs (design.md, "Scenario files"). */
const FIELDS: Partial<Record<ProcedureId, Field[]>> = {
  inspection: [
    { path: ['startDate'], kind: 'date', label: 'startDate' },
    { path: ['initiator', 'role'], kind: 'select', label: 'role', options: INITIATOR_ROLES, optionNs: 'role' },
    { path: ['basis'], kind: 'select', label: 'basis', options: BASES, optionNs: 'basis' },
    { path: ['ground'], kind: 'select', label: 'ground', options: GROUNDS, optionNs: 'ground', optional: true },
    { path: ['subject', 'kind'], kind: 'select', label: 'subject', options: SUBJECT_KINDS, optionNs: 'subject' },
    { path: ['subject', 'secret'], kind: 'check', label: 'secret' },
    { path: ['area'], kind: 'select', label: 'area', options: AREAS, optionNs: 'area' },
    { path: ['urgent'], kind: 'check', label: 'urgent' },
  ],
  protest: [
    { path: ['startDate'], kind: 'date', label: 'startDate' },
    { path: ['prosecutor', 'role'], kind: 'select', label: 'role', options: INITIATOR_ROLES, optionNs: 'role' },
    { path: ['act', 'issuer'], kind: 'select', label: 'issuer', options: ACT_ISSUERS, optionNs: 'issuer' },
    { path: ['act', 'type'], kind: 'select', label: 'actType', options: ACT_TYPES, optionNs: 'actType' },
    { path: ['act', 'auditResult'], kind: 'check', label: 'auditResult' },
    { path: ['addressee'], kind: 'select', label: 'addressee', options: ['issuer', 'superior'], optionNs: 'addressee' },
  ],
  councilVote: [{ path: ['startDate'], kind: 'date', label: 'startDate' }],
};

function get(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Sets (or with `undefined`, removes) a nested field of a draft, creating objects on the way. */
export function setPath(obj: unknown, path: string[], value: unknown): unknown {
  return produce(typeof obj === 'object' && obj !== null ? obj : {}, (draft: Record<string, unknown>) => {
    let cur = draft;
    for (const k of path.slice(0, -1)) {
      if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {};
      cur = cur[k] as Record<string, unknown>;
    }
    const last = path[path.length - 1] ?? '';
    if (value === undefined || value === false) delete cur[last];
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
  /** councilVote: the council or collegium whose roster fills the draft, and how to pick another. */
  councilId?: string | null;
  onPickCouncil?: (id: string) => void;
}

/**
 * A zod issue in the reader's language: the schema's own message is English, so it goes in the
 * tooltip and the line says what kind of problem it is.
 */
function issueText(issue: { code: string; message: string; input?: unknown }, t: ReturnType<typeof useTranslation<'simulator'>>['t']): string {
  const missing = issue.code === 'invalid_type' && (issue.input === undefined || /received undefined/.test(issue.message));
  return missing ? t('issue.missing') : t(`issue.${issue.code}`, { defaultValue: t('issue.custom') });
}

/** The procedure's input, generated from its fields and checked by its own zod schema. */
export function InputForm({ def, draft, doc, lang, onDraft, onStart, councilId = null, onPickCouncil }: Props) {
  const { t } = useTranslation('simulator');
  const parsed = def.inputSchema.safeParse(draft);
  const unitPath = def.id === 'inspection' ? ['initiator', 'unitId'] : def.id === 'protest' ? ['prosecutor', 'unitId'] : null;
  const unitId = unitPath ? (get(draft, unitPath) as string | undefined) : undefined;
  const body = def.id === 'councilVote' ? (get(draft, ['body']) as { permanentMembers?: string[]; chairId?: string } | undefined) : undefined;
  const councils = def.id === 'councilVote' ? Object.values(doc.units).filter((u) => u.kind === 'coordinationCouncil' || u.kind === 'collegium') : [];
  // Before a council is picked the roster hint says what to do; the schema's "body missing" would only repeat it.
  const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !(def.id === 'councilVote' && !body && i.path[0] === 'body'));
  return (
    <form className="sim-form" data-testid="input-form" onSubmit={(e) => { e.preventDefault(); if (parsed.success) onStart(); }}>
      {(FIELDS[def.id] ?? []).map((f) => {
        const id = `sim-f-${f.path.join('-')}`;
        const v = get(draft, f.path);
        return (
          <label key={id} htmlFor={id} className={`sim-field sim-field-${f.kind}`}>
            <span>{t(`field.${f.label}`)}</span>
            {f.kind === 'date' && <input id={id} type="date" value={typeof v === 'string' ? v : ''} onChange={(e) => onDraft(setPath(draft, f.path, e.target.value))} />}
            {f.kind === 'check' && <input id={id} type="checkbox" checked={v === true} onChange={(e) => onDraft(setPath(draft, f.path, e.target.checked))} />}
            {f.kind === 'select' && (
              <select id={id} data-field={f.path.join('.')} value={typeof v === 'string' ? v : ''} onChange={(e) => onDraft(setPath(draft, f.path, e.target.value || undefined))}>
                {f.optional && <option value="">{t('field.none')}</option>}
                {f.options?.map((o) => (
                  <option key={o} value={o}>{t(`${f.optionNs ?? ''}.${o}`)}</option>
                ))}
              </select>
            )}
          </label>
        );
      })}
      {unitPath && (
        <p className="sim-hint" data-testid="picked-unit">
          {unitId ? t('unitPicked', { name: doc.units[unitId]?.name[lang] ?? unitId }) : t('noUnit')} · {t('pickOnDiagram')}
        </p>
      )}
      {def.id === 'councilVote' && councils.length > 0 && (
        <label htmlFor="sim-f-council" className="sim-field sim-field-select">
          <span>{t('field.council')}</span>
          <select id="sim-f-council" data-testid="council-select" value={councilId ?? ''} onChange={(e) => e.target.value && onPickCouncil?.(e.target.value)}>
            <option value="">{t('field.none')}</option>
            {councils.map((u) => (
              <option key={u.id} value={u.id}>{u.name[lang]}</option>
            ))}
          </select>
        </label>
      )}
      {def.id === 'councilVote' && (
        <p className="sim-hint" data-testid="picked-unit">
          {body?.permanentMembers ? t('roster', { count: body.permanentMembers.length }) : t('noUnit')} · {t('pickCouncil')}
        </p>
      )}
      {issues.length > 0 && (
        <div className="sim-problems" role="alert" data-testid="input-problems">
          {t('inputInvalid')}
          <ul>
            {issues.slice(0, 8).map((i, k) => (
              <li key={k} title={i.message}>
                <code>{i.path.join('.') || '—'}</code> — {issueText(i, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" data-testid="start-run" disabled={!parsed.success}>{t('start')}</button>
    </form>
  );
}
