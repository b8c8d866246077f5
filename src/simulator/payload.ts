/**
 * Event payloads and rejection values in the reader's language: `days: 30, reason: largeVolume`
 * becomes `days: 30, reason: large volume` (en) or `күн: 30, себебі: үлкен көлем` (kk). Labels come
 * from the models where they have them (the definition, inspection strings.ts), the simulator's strings otherwise;
 * ids (members, items, persons), codes and dates stay as they are. Pure: no React, no DOM.
 */
import type { TFunction } from 'i18next';
import type { Lang, LocalizedText } from '../../models/law/types';
import type { ProcedureDefinition } from '../../models/procedures/core/types';
import { ROLE_LABELS } from '../../models/org/roles';
import { AREA_LABELS, BASIS_LABELS, DECISION_LABELS, EXTENSION_LABELS, GROUND_LABELS, REFUSAL_LABELS, SUBJECT_LABELS, SUSPENSION_LABELS } from '../../models/procedures/inspection/strings';
import { ACT_TYPE_LABELS, AFFECTED_LABELS, ISSUER_LABELS } from '../../models/procedures/protest/strings';
import { PROCEDURE_WORDS, procedureValueWord } from '../../models/procedures/words';
import { eventTypeLabel, stateLabel } from './labels';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A member's (or unit's) name from its id, when the run or the org document knows it. */
export type NameOf = (id: string) => string | undefined;

export interface PayloadOptions {
  lang: Lang;
  t: TFunction<'simulator'>;
  nameOf?: NameOf;
  /** The run's procedure: its event and state labels. */
  def?: AnyDef;
}

const REASONS: Record<string, LocalizedText> = { ...REFUSAL_LABELS, ...SUSPENSION_LABELS, ...EXTENSION_LABELS };

/** Keys whose string values name an option the models label. */
const MODEL_LABELS_OF_KEY: Record<string, Record<string, LocalizedText>> = {
  role: ROLE_LABELS,
  suspendedBy: ROLE_LABELS,
  basis: BASIS_LABELS,
  ground: GROUND_LABELS,
  subject: SUBJECT_LABELS,
  area: AREA_LABELS,
  issuer: ISSUER_LABELS,
  affects: AFFECTED_LABELS,
};

/** Keys whose string values name an option of an i18n group of the simulator. */
const GROUP_OF_KEY: Record<string, string> = {
  unit: 'unit',
  kind: 'sessionKind',
  choice: 'choice',
  previous: 'choice',
  consent: 'consent',
  status: 'consent',
};

/** Keys whose values are ids of people or units: shown by name where one is known. */
const NAMED = new Set(['memberId', 'chairId']);

function localized(text: LocalizedText | undefined, lang: Lang): string | undefined {
  return text?.[lang];
}

/** One value, in words where it is a word of the model's vocabulary. */
export function valueText(key: string, value: unknown, o: PayloadOptions): string {
  const { t, lang } = o;
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('payload.yes') : t('payload.no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(key, v, o)).join(', ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // A protest's own term: { days: 3, unit: 'working' } -> "3 working days".
    if (key === 'term' && typeof v.days === 'number' && typeof v.unit === 'string') {
      return t('payload.termValue', { days: v.days, unit: t(`unit.${v.unit}`, { defaultValue: v.unit }) });
    }
    return `(${pairsText(v, o)})`;
  }
  if (typeof value !== 'string') return JSON.stringify(value) ?? '';
  const s = value;
  if (NAMED.has(key)) return o.nameOf?.(s) ?? s;
  const word = localized(procedureValueWord(key, s), lang) ?? s;
  if (key === 'reason') return localized(REASONS[s], lang) ?? word;
  if (key === 'decision') return localized(DECISION_LABELS[s as keyof typeof DECISION_LABELS], lang) ?? s;
  if (key === 'event') return o.def ? eventTypeLabel(o.def, s, lang) : s;
  if (key === 'state' || key === 'phase') return o.def ? stateLabel(o.def, s, lang) : s;
  if (key === 'outcome') return o.def?.stateLabels[s]?.[lang] ?? t(`courtOutcome.${s}`, { defaultValue: word });
  // act.suspend names the suspending prosecutor's role; protest.withdraw says author or superior.
  if (key === 'by') return t(`by.${s}`, { defaultValue: localized(ROLE_LABELS[s as keyof typeof ROLE_LABELS], lang) ?? s });
  if (key === 'type') return localized(ACT_TYPE_LABELS[s as keyof typeof ACT_TYPE_LABELS], lang) ?? (o.def ? eventTypeLabel(o.def, s, lang) : s);
  const modelLabels = MODEL_LABELS_OF_KEY[key];
  if (modelLabels) return localized(modelLabels[s], lang) ?? word;
  const group = GROUP_OF_KEY[key];
  if (group) return t(`${group}.${s}`, { defaultValue: word });
  return word;
}

/** `key: value, …` of an object, keys and values in the reader's language. */
export function pairsText(obj: Record<string, unknown>, o: PayloadOptions): string {
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${o.t(`payload.key.${k}`, { defaultValue: localized(PROCEDURE_WORDS.keys[k], o.lang) ?? k })}: ${valueText(k, v, o)}`)
    .join(', ');
}

/** An event's payload (everything but its type), as the timeline shows it. */
export function payloadText(event: { type: string }, o: PayloadOptions): string {
  const { type: _type, ...rest } = event as Record<string, unknown>;
  return pairsText(rest, o);
}
