import type { Lang } from '../../models/law/types';
import { fillLabel } from '../../models/procedures/core';
import type { ProcedureDefinition, Verdict } from '../../models/procedures/core/types';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An event type's label, from the procedure's definition (time events too). */
export function eventTypeLabel(def: AnyDef, type: string, lang: Lang): string {
  return def.eventLabels[type]?.[lang] ?? type;
}

/** 'inProgress.suspended' -> 'In progress › Suspended', from the definition's state labels. */
export function stateLabel(def: AnyDef, value: string, lang: Lang): string {
  return value
    .split(',')
    .map((v) => v.split('.').map((k) => def.stateLabels[k]?.[lang] ?? k).join(' › '))
    .join(', ');
}

/**
 * Why a verdict refuses, in the reader's language, its numbers filled in: "No quorum: 5 of 9 present,
 * 6 needed". `format` words a value (a role, a choice) where the screen has words for it.
 */
export function reasonText(def: AnyDef, verdict: Verdict, lang: Lang, format?: (key: string, value: unknown) => string): string {
  if (verdict.ok) return '';
  const label = def.codeLabels[verdict.code];
  if (!label) return verdict.code;
  return fillLabel(label[lang], verdict.values ?? {}, format);
}
