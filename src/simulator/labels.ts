import type { TFunction } from 'i18next';
import type { Lang } from '../../models/law/types';
import { EVENT_LABELS } from '../../models/procedures/inspection/labels';

/** An event type's label: the inspection model's own labels (time events too), the simulator's words for the others. */
export function eventTypeLabel(type: string, lang: Lang, t: TFunction<'simulator'>): string {
  if (type in EVENT_LABELS) return EVENT_LABELS[type as keyof typeof EVENT_LABELS][lang];
  return t(`event.${type}`, { defaultValue: type });
}

/** 'inProgress.suspended' -> 'In progress › Suspended'. */
export function stateLabel(value: string, t: TFunction<'simulator'>): string {
  return value
    .split(',')
    .map((v) => v.split('.').map((k) => t(`state.${k}`, { defaultValue: k })).join(' › '))
    .join(', ');
}
