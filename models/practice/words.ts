/**
 * Runs in words for the practice prompts and feedback: states, events and their payloads by their labels
 * in the procedure's own tables, never by id (`awaitingConsent`, `time.advanceTo`). A value without a
 * word (a date, a number, a name) stays as it is.
 */
import type { Lang, LocalizedText } from '../law/types';
import { ROLE_LABELS } from '../org/roles';
import { eventTypeLabel, stateLabel } from '../procedures/core/labels';
import type { ProcedureDefinition } from '../procedures/core/types';
import { DECISION_LABELS, EXTENSION_LABELS, REFUSAL_LABELS, SUSPENSION_LABELS } from '../procedures/inspection/strings';
import { ACT_TYPE_LABELS, ISSUER_LABELS } from '../procedures/protest/strings';
import { CHOICE_LABELS } from '../procedures/councilVote/strings';
import { fillLabel } from '../procedures/core/explain';
import { unitNames } from './org';
import { PROCEDURE_WORDS, procedureValueWord } from '../procedures/words';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const KEYS = PROCEDURE_WORDS.keys;

const VALUE_TABLES: readonly Record<string, LocalizedText>[] = [CHOICE_LABELS, REFUSAL_LABELS, SUSPENSION_LABELS, EXTENSION_LABELS, DECISION_LABELS, ROLE_LABELS, ISSUER_LABELS, ACT_TYPE_LABELS];

/** Keys naming a unit or member by id: shown by name. */
const NAMED = new Set(['memberId', 'chairId', 'unitId']);

/** Display names a run's input carries (a council's `body.names`), by id. */
export type NamesOf = (id: string) => LocalizedText | undefined;

export function namesOfInput(input: unknown): NamesOf {
  const body = (input as { body?: { names?: Record<string, LocalizedText> } } | null)?.body;
  return (id) => body?.names?.[id];
}

function valueWords(key: string, value: unknown, lang: Lang, nameOf?: NamesOf): string {
  if (typeof value === 'boolean') return { kk: value ? 'иә' : 'жоқ', ru: value ? 'да' : 'нет', en: value ? 'yes' : 'no' }[lang];
  if (Array.isArray(value)) return value.map((v) => valueWords(key, v, lang, nameOf)).join(', ');
  const term = value as { days?: unknown; unit?: unknown } | null;
  // A term as `{ days, unit }` (a protest's own term): "2 working days", not its JSON.
  if (term && typeof term === 'object' && typeof term.days === 'number' && typeof term.unit === 'string') {
    return `${term.days} ${valueWords('unit', term.unit, lang, nameOf)}`;
  }
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (NAMED.has(key)) return nameOf?.(value)?.[lang] ?? unitNames(value)[lang];
  const word = procedureValueWord(key, value) ?? VALUE_TABLES.map((table) => table[value]).find((w) => w !== undefined);
  return word?.[lang] ?? value;
}

/** A state in words (the definition's labels). */
export const stateWords = stateLabel;

/** `Suspend the inspection (reason: expert examination)`, in the reader's language. */
export function eventWords(def: AnyDef, e: { type: string }, lang: Lang, nameOf?: NamesOf): string {
  const name = eventTypeLabel(def, e.type, lang);
  const entries = Object.entries(e as Record<string, unknown>);
  // An agenda item is named by its title where it has one, not by its id.
  const titled = entries.some(([k]) => k === 'title');
  const rest = entries.filter(([k, v]) => k !== 'type' && v !== undefined && !(titled && k === 'itemId'));
  if (rest.length === 0) return name;
  return `${name} (${rest.map(([k, v]) => `${KEYS[k]?.[lang] ?? k}: ${valueWords(k, v, lang, nameOf)}`).join(', ')})`;
}

/** The same, in the three languages. */
export function eventWordsAll(def: AnyDef, e: { type: string }, nameOf?: NamesOf): LocalizedText {
  return { kk: eventWords(def, e, 'kk', nameOf), ru: eventWords(def, e, 'ru', nameOf), en: eventWords(def, e, 'en', nameOf) };
}

export function stateWordsAll(def: AnyDef, value: string): LocalizedText {
  return { kk: stateWords(def, value, 'kk'), ru: stateWords(def, value, 'ru'), en: stateWords(def, value, 'en') };
}

/** Why a step is refused, its numbers filled in: the procedure's own words for its code. */
export function refusalWords(def: AnyDef, code: string, values: Record<string, unknown> | undefined, lang: Lang, nameOf?: NamesOf): string {
  const label = def.codeLabels[code];
  if (!label) return code;
  return fillLabel(label[lang], values ?? {}, (k, v) => valueWords(k, v, lang, nameOf));
}
