import type { TFunction } from 'i18next';
import type { Lang } from '../../models/law/types';
import { EVENT_LABELS } from '../../models/procedures/inspection/labels';
import type { ProcedureId } from '../../models/procedures/core/types';

/** An event type's label: the inspection model's own labels, the simulator's words for the others. */
export function eventTypeLabel(procedure: ProcedureId, type: string, lang: Lang, t: TFunction<'simulator'>): string {
  if (procedure === 'inspection' && type in EVENT_LABELS) return EVENT_LABELS[type as keyof typeof EVENT_LABELS][lang];
  return t(`event.${type}`, { defaultValue: type });
}

/** 'inProgress.suspended' -> 'In progress › Suspended'. */
export function stateLabel(value: string, t: TFunction<'simulator'>): string {
  return value
    .split(',')
    .map((v) => v.split('.').map((k) => t(`state.${k}`, { defaultValue: k })).join(' › '))
    .join(', ');
}
