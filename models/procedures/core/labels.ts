/**
 * A procedure's states and events in words, from its definition's tables: the simulator, the lessons
 * and practice all ask here (`inProgress.suspended` -> "In progress › Suspended").
 */
import type { Lang } from '../../law/types';
import type { ProcedureDefinition } from './types';

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
