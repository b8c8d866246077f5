/**
 * The appeal (жолданым, CL art. 24): schemas, rules, machine and its ProcedureDefinition.
 * explain() answers for any event with the checks the machine's guards use; offers() lists the buttons.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays, compareIso, workingDaysBetween } from '../../calendar';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { isTimeEvent } from '../core/time';
import { EDITION_FIELD, roleField } from '../core/input';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import type { CounterView, DeadlineView, EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import type { InspectionContext } from '../inspection/context';
import type { InspectionInput } from '../inspection/schema';
import { answerDueBy, type AppealContext, type AppealPhase } from './context';
import { appealMachine } from './machine';
import { checkEvent, maxExtensionDate, refusalOutsideState } from './rules';
import { ANSWER_OUTCOMES, CONCERNS, appealEventSchema, appealInputSchema, type AppealDomainEvent, type AppealEvent, type AppealInput } from './schema';
import { CODE_LABELS, CONCERN_LABELS, EVENT_LABELS, FIELD_LABELS, OUTCOME_LABELS, STATE_LABELS, VIEW_LABELS } from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { appealMachine, type AppealMachine } from './machine';

export function appealPhase(snapshot: AnyMachineSnapshot): AppealPhase {
  const value = snapshot.value as string | Record<string, string>;
  return (typeof value === 'string' ? value : Object.values(value)[0]) as AppealPhase;
}

/**
 * May this event happen now? The core's pipeline (finished, malformed, time, not in this state with the
 * procedure's telling codes), then its own checks. Agrees with the machine for every valid event.
 */
export const explainAppeal: (snapshot: AnyMachineSnapshot, event: AppealEvent) => Verdict = explainWith<AppealContext, AppealDomainEvent>({
  citation: 'appeal.term',
  eventSchema: appealEventSchema,
  whyNotHere: (ctx, snapshot, type) => refusalOutsideState(ctx, appealPhase(snapshot), type),
  check: (ctx, e) => checkEvent(ctx, e),
});

function offer(event: AppealEvent, label: LocalizedText): EventOffer<AppealEvent> {
  return { event, label };
}

function goTo(date: string, why: LocalizedText): EventOffer<AppealEvent> {
  return offer({ type: 'time.advanceTo', date }, { kk: `${date} күніне өту (${why.kk})`, ru: `Перейти к ${date} (${why.ru})`, en: `Go to ${date} (${why.en})` });
}

/** Buttons worth offering now, refused variants included. */
export function appealOffers(snapshot: AnyMachineSnapshot): EventOffer<AppealEvent>[] {
  if (snapshot.status !== 'active') return [];
  const ctx = snapshot.context as AppealContext;
  const phase = appealPhase(snapshot);
  const list: EventOffer<AppealEvent>[] = [];
  if (phase === 'received') list.push(offer({ type: 'appeal.register' }, EVENT_LABELS['appeal.register']));
  if (phase === 'ordinary' || phase === 'extended') {
    const max = maxExtensionDate(ctx);
    list.push(offer({ type: 'appeal.extend', until: max }, { kk: `Мерзімді ${max} дейін ұзарту`, ru: `Продлить до ${max}`, en: `Extend until ${max}` }));
    const over = addDays(max, 1);
    list.push(offer({ type: 'appeal.extend', until: over }, { kk: `Мерзімді ${over} дейін ұзарту`, ru: `Продлить до ${over}`, en: `Extend until ${over}` }));
    list.push(offer({ type: 'inspection.appoint' }, EVENT_LABELS['inspection.appoint']));
  }
  if (phase === 'extended') list.push(offer({ type: 'applicant.notify' }, EVENT_LABELS['applicant.notify']));
  if (phase === 'awaitingInspection') list.push(offer({ type: 'inspection.finish' }, EVENT_LABELS['inspection.finish']));
  if (phase === 'ordinary' || phase === 'extended' || phase === 'awaitingInspection') {
    for (const outcome of ANSWER_OUTCOMES) {
      const o = OUTCOME_LABELS[outcome] ?? { kk: outcome, ru: outcome, en: outcome };
      list.push(offer({ type: 'appeal.answer', outcome }, { kk: `Жауап: ${o.kk}`, ru: `Ответ: ${o.ru}`, en: `Answer: ${o.en}` }));
    }
    for (const reason of ['anonymous', 'repeated'] as const) {
      const o = OUTCOME_LABELS[reason] ?? { kk: reason, ru: reason, en: reason };
      list.push(offer({ type: 'appeal.dismiss', reason }, { kk: `Қарамай қалдыру: ${o.kk}`, ru: `Без рассмотрения: ${o.ru}`, en: `Dismiss: ${o.en}` }));
    }
  }
  list.push(offer({ type: 'time.advance', days: 1 }, { kk: '+1 күн', ru: '+1 дн.', en: '+1 day' }));
  const due = answerDueBy(ctx);
  if (phase !== 'received' && due !== null) {
    list.push(goTo(due, { kk: 'жауап мерзімі', ru: 'срок ответа', en: 'answer due' }));
    list.push(goTo(addDays(due, 1), { kk: 'мерзім өтті', ru: 'срок истёк', en: 'term passed' }));
  }
  return list;
}

export function appealDeadlines(context: unknown): DeadlineView[] {
  const ctx = context as AppealContext;
  const out: DeadlineView[] = [];
  out.push({ key: 'registration', label: VIEW_LABELS.registration, date: ctx.startDate, overdue: ctx.registeredOn === null && compareIso(ctx.date, ctx.startDate) > 0, citation: 'appeal.registration' });
  const answered = ctx.answer?.on ?? ctx.dismissal?.on ?? null;
  if (ctx.deadline !== null && ctx.inspection === null) {
    const date = ctx.extension?.until ?? ctx.deadline;
    out.push({ key: 'answer', label: VIEW_LABELS.answer, date, overdue: compareIso(answered ?? ctx.date, date) > 0, citation: ctx.extension ? 'appeal.extension' : 'appeal.term' });
  }
  if (ctx.extension) {
    out.push({ key: 'notice', label: VIEW_LABELS.notice, date: ctx.extension.notifyBy, overdue: compareIso(ctx.applicantNotifiedOn ?? ctx.date, ctx.extension.notifyBy) > 0, citation: 'appeal.extensionNotice' });
  }
  if (ctx.inspection?.answerBy) {
    out.push({ key: 'afterInspection', label: VIEW_LABELS.afterInspection, date: ctx.inspection.answerBy, overdue: compareIso(answered ?? ctx.date, ctx.inspection.answerBy) > 0, citation: 'appeal.inspection' });
  }
  return out;
}

export function appealCounters(context: unknown): CounterView[] {
  const ctx = context as AppealContext;
  if (ctx.registeredOn === null) return [];
  return [
    { key: 'used', label: VIEW_LABELS.used, value: workingDaysBetween(ctx.registeredOn, ctx.answer?.on ?? ctx.dismissal?.on ?? ctx.date), citation: 'appeal.term' },
    { key: 'extensions', label: VIEW_LABELS.extensions, value: `${ctx.extension ? 1 : 0} / 1`, citation: 'appeal.extension' },
  ];
}

const EVENT_CITATIONS: Record<AppealDomainEvent['type'], CitationId> = {
  'appeal.register': 'appeal.registration',
  'appeal.extend': 'appeal.extension',
  'applicant.notify': 'appeal.extensionNotice',
  'inspection.appoint': 'appeal.inspection',
  'inspection.finish': 'appeal.inspection',
  'appeal.answer': 'appeal.answer',
  'appeal.dismiss': 'appeal.repeated',
};

/** An inspection input with a link back to the appeal that opened it. */
export type LinkedInspectionInput = InspectionInput & { linkedRun: { procedure: 'appeal'; title: string } };

/**
 * The input of an inspection opened from an appeal (the inspection's `openedFrom` uses it): a general-supervision inspection of a state body by decision, the appeal's prosecutor
 * (a district prosecutor when it names none), from the day the inspection was appointed.
 * @example inspectionInputFromAppeal(ctx, 'Appeal').basis // 'decision'
 */
export function inspectionInputFromAppeal(ctx: AppealContext, title: string): LinkedInspectionInput {
  const role = ctx.prosecutor?.role ?? 'districtProsecutor';
  const unitId = ctx.prosecutor?.unitId;
  return {
    startDate: ctx.inspection?.appointedOn ?? ctx.date,
    initiator: unitId ? { role, unitId } : { role },
    basis: 'decision',
    ground: 'vulnerablePersons',
    subject: { kind: 'stateBody' },
    area: 'general',
    linkedRun: { procedure: 'appeal', title },
  };
}

/** Whether an appeal's context waits for an inspection not opened yet (offer "open the inspection"). */
export function isAwaitingInspection(context: unknown): boolean {
  const ctx = context as Partial<AppealContext> | null;
  return ctx?.inspection !== null && ctx?.inspection !== undefined && ctx.inspection.finishedOn === null;
}

/**
 * The events that bring an inspection's end back into the appeal: time moved to the day it ended
 * (if later), then `inspection.finish`. Empty while the inspection has not ended.
 * @example appealEventsAfterInspection(inspectionCtx, appealCtx) // [{ type: 'time.advanceTo', date: '2025-04-30' }, { type: 'inspection.finish' }]
 */
export function appealEventsAfterInspection(inspection: InspectionContext, appeal: AppealContext): AppealEvent[] {
  const endedOn = inspection.decidedOn ?? inspection.completedOn;
  if (endedOn === null) return [];
  const events: AppealEvent[] = [];
  if (compareIso(endedOn, appeal.date) > 0) events.push({ type: 'time.advanceTo', date: endedOn });
  events.push({ type: 'inspection.finish' });
  return events;
}

export const APPEAL_SAMPLES = ['appeal-answered-nauryz.json', 'appeal-extended.json', 'appeal-inspection-late.json', 'appeal-anonymous.json'];

/** The appeal procedure (CL art. 24). */
export const appealDefinition: ProcedureDefinition<AppealInput, AppealDomainEvent> = {
  id: 'appeal',
  title: { kk: 'Жолданымды қарау', ru: 'Рассмотрение обращения', en: 'Considering an appeal' },
  citation: 'appeal.term',
  machine: appealMachine,
  inputSchema: appealInputSchema,
  eventSchema: appealEventSchema,
  explain: explainAppeal,
  offers: (snapshot) => appealOffers(snapshot),
  theme: 5,
  defaultInput: { startDate: '2025-03-19', prosecutor: { role: 'districtProsecutor' } },
  inputFields: [
    EDITION_FIELD,
    { path: ['startDate'], kind: 'date', label: FIELD_LABELS.startDate },
    { path: ['anonymous'], kind: 'boolean', label: FIELD_LABELS.anonymous, optional: true },
    { path: ['concerns'], kind: 'enum', label: FIELD_LABELS.concerns, options: CONCERNS, optionLabels: CONCERN_LABELS, optional: true },
    { path: ['repeatedWithoutNewArguments'], kind: 'boolean', label: FIELD_LABELS.repeated, optional: true },
    roleField(['prosecutor', 'role'], FIELD_LABELS.role, true),
  ],
  actingProsecutor: { role: ['prosecutor', 'role'], unit: ['prosecutor', 'unitId'] },
  deadlines: appealDeadlines,
  counters: appealCounters,
  eventCitation: (type, context) => {
    if (isTimeEvent({ type })) return null;
    if (type === 'appeal.dismiss' && (context as AppealContext).anonymous) return 'appeal.anonymous';
    return EVENT_CITATIONS[type as AppealDomainEvent['type']] ?? null;
  },
  eventLabels: EVENT_LABELS,
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: APPEAL_SAMPLES,
  openedFrom: [],
};

