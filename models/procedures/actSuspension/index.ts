/**
 * A resolution suspending an act or action (қаулы, CL art. 37): schemas, rules, machine and its
 * ProcedureDefinition. explain() answers with the checks the machine's guards use.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays, compareIso, nextWorkingDay } from '../../calendar';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { isTimeEvent } from '../core/time';
import { EDITION_FIELD, roleField } from '../core/input';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import type { CounterView, DeadlineView, EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import type { InspectionContext } from '../inspection/context';
import type { ProtestInput } from '../protest/schema';
import type { ActSuspensionContext, ActSuspensionPhase } from './context';
import { actSuspensionMachine } from './machine';
import { checkEvent, refusalOutsideState } from './rules';
import { actSuspensionEventSchema, actSuspensionInputSchema, type ActSuspensionDomainEvent, type ActSuspensionEvent, type ActSuspensionInput } from './schema';
import { CODE_LABELS, EVENT_LABELS, FIELD_LABELS, STATE_LABELS, VIEW_LABELS } from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { actSuspensionMachine, type ActSuspensionMachine } from './machine';

export function actSuspensionPhase(snapshot: AnyMachineSnapshot): ActSuspensionPhase {
  return snapshot.value as ActSuspensionPhase;
}

/**
 * May this event happen now? The core's pipeline (finished, malformed, time, not in this state with the
 * procedure's telling codes), then its own checks. Agrees with the machine for every valid event.
 */
export const explainActSuspension: (snapshot: AnyMachineSnapshot, event: ActSuspensionEvent) => Verdict = explainWith<ActSuspensionContext, ActSuspensionDomainEvent>({
  citation: 'actSuspension.resolution',
  eventSchema: actSuspensionEventSchema,
  whyNotHere: (ctx, snapshot, type) => refusalOutsideState(ctx, actSuspensionPhase(snapshot), type),
  check: (ctx, e) => checkEvent(ctx, e),
});

function offer(event: ActSuspensionEvent, label: LocalizedText): EventOffer<ActSuspensionEvent> {
  return { event, label };
}

export function actSuspensionOffers(snapshot: AnyMachineSnapshot): EventOffer<ActSuspensionEvent>[] {
  if (snapshot.status !== 'active') return [];
  const ctx = snapshot.context as ActSuspensionContext;
  const phase = actSuspensionPhase(snapshot);
  const list: EventOffer<ActSuspensionEvent>[] = [];
  if (phase === 'draft' || phase === 'suspended') {
    for (const days of [3, 4]) list.push(offer({ type: 'act.suspend', days }, { kk: `Тоқтата тұру: ${days} жұмыс күні`, ru: `Приостановить на ${days} раб. дн.`, en: `Suspend for ${days} working days` }));
  }
  if (phase === 'suspended' || phase === 'draft') {
    list.push(offer({ type: 'suspension.lift' }, EVENT_LABELS['suspension.lift']));
    list.push(offer({ type: 'protest.bring' }, EVENT_LABELS['protest.bring']));
  }
  list.push(offer({ type: 'time.advance', days: 1 }, { kk: '+1 күн', ru: '+1 дн.', en: '+1 day' }));
  if (phase === 'draft') {
    const next = nextWorkingDay(ctx.date);
    list.push(offer({ type: 'time.advanceTo', date: next }, { kk: `${next} күніне өту (келесі жұмыс күні)`, ru: `Перейти к ${next} (следующий рабочий день)`, en: `Go to ${next} (the next working day)` }));
  }
  if (phase === 'suspended' && ctx.lastDay !== null) {
    const after = addDays(ctx.lastDay, 1);
    list.push(offer({ type: 'time.advanceTo', date: after }, { kk: `${after} күніне өту (мерзім бітті)`, ru: `Перейти к ${after} (срок истёк)`, en: `Go to ${after} (the term is over)` }));
  }
  return list;
}

export function actSuspensionDeadlines(context: unknown): DeadlineView[] {
  const ctx = context as ActSuspensionContext;
  if (ctx.lastDay === null) return [];
  return [{ key: 'lastDay', label: VIEW_LABELS.lastDay, date: ctx.lastDay, overdue: ctx.lapsedOn !== null || (ctx.liftedOn === null && ctx.protestedOn === null && compareIso(ctx.date, ctx.lastDay) > 0), citation: 'actSuspension.resolution' }];
}

export function actSuspensionCounters(context: unknown): CounterView[] {
  const ctx = context as ActSuspensionContext;
  if (ctx.days === null) return [];
  return [{ key: 'days', label: VIEW_LABELS.days, value: ctx.days, citation: 'actSuspension.resolution' }];
}

const EVENT_CITATIONS: Record<ActSuspensionDomainEvent['type'], CitationId> = {
  'act.suspend': 'actSuspension.resolution',
  'suspension.lift': 'actSuspension.binding',
  'protest.bring': 'actSuspension.protest',
};

/** A protest input with a link back to the suspension it took over from. */
export type LinkedProtestInput = Omit<ProtestInput, 'linkedRun'> & { linkedRun: { procedure: 'actSuspension'; title: string } };

/**
 * The input of the protest a suspension hands over to (the protest's `openedFrom` uses it): the same prosecutor, from the day of hand-over, against an official's individual act,
 * brought to its issuer.
 * @example protestInputFromSuspension(ctx, 'Suspension').linkedRun // { procedure: 'actSuspension', title: 'Suspension' }
 */
export function protestInputFromSuspension(ctx: ActSuspensionContext, title: string): LinkedProtestInput {
  const { role, unitId } = ctx.prosecutor;
  return {
    startDate: ctx.protestedOn ?? ctx.date,
    prosecutor: unitId ? { role, unitId } : { role },
    act: { issuer: 'official', type: 'individual' },
    addressee: 'issuer',
    linkedRun: { procedure: 'actSuspension', title },
  };
}

/** Whether a suspension's context ends in a hand-over to a protest. */
export function isHandedToProtest(context: unknown): boolean {
  return typeof (context as Partial<ActSuspensionContext> | null)?.protestedOn === 'string';
}

/** The input of a suspension opened from an inspection decided with a resolution: the same prosecutor, a link back. */
export function actSuspensionInputFromInspection(ctx: InspectionContext, title: string): ActSuspensionInput {
  const { role, unitId } = ctx.input.initiator;
  return { startDate: ctx.decidedOn ?? ctx.date, prosecutor: unitId ? { role, unitId } : { role }, linkedRun: { procedure: 'inspection', title } };
}

export const ACT_SUSPENSION_SAMPLES = ['act-suspension-lifted.json', 'act-suspension-lapsed-nauryz.json', 'act-suspension-protested.json'];

/** The suspension resolution (CL art. 37). */
export const actSuspensionDefinition: ProcedureDefinition<ActSuspensionInput, ActSuspensionDomainEvent> = {
  id: 'actSuspension',
  title: { kk: 'Актіні тоқтата тұру туралы қаулы', ru: 'Постановление о приостановлении акта', en: 'Resolution suspending an act' },
  citation: 'actSuspension.resolution',
  machine: actSuspensionMachine,
  inputSchema: actSuspensionInputSchema,
  eventSchema: actSuspensionEventSchema,
  explain: explainActSuspension,
  offers: (snapshot) => actSuspensionOffers(snapshot),
  theme: 6,
  defaultInput: { startDate: '2025-06-02', prosecutor: { role: 'districtProsecutor' } },
  inputFields: [
    EDITION_FIELD,
    { path: ['startDate'], kind: 'date', label: FIELD_LABELS.startDate },
    roleField(['prosecutor', 'role'], FIELD_LABELS.role),
  ],
  actingProsecutor: { role: ['prosecutor', 'role'], unit: ['prosecutor', 'unitId'] },
  deadlines: actSuspensionDeadlines,
  counters: actSuspensionCounters,
  eventCitation: (type) => (isTimeEvent({ type }) ? null : (EVENT_CITATIONS[type as ActSuspensionDomainEvent['type']] ?? null)),
  eventLabels: EVENT_LABELS,
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: ACT_SUSPENSION_SAMPLES,
  openedFrom: [
    {
      from: 'inspection',
      when: (parent) => (parent as Partial<InspectionContext> | null)?.decision === 'resolution',
      input: (parent, title) => actSuspensionInputFromInspection(parent as InspectionContext, title),
      label: { kk: 'Тоқтата тұру туралы қаулыны ашу', ru: 'Открыть постановление о приостановлении', en: 'Open the suspension resolution' },
    },
  ],
};
