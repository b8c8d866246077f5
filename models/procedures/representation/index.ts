/**
 * The representation (ұсыныс, CL art. 36): schemas, rules, machine and its ProcedureDefinition.
 * explain() answers for any event with the checks the machine's guards use; offers() lists the buttons.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays, compareIso, workingDaysBetween, addWorkingDays } from '../../calendar';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { isTimeEvent } from '../core/time';
import { EDITION_FIELD, roleField } from '../core/input';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import type { CounterView, DeadlineView, EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import type { InspectionContext } from '../inspection/context';
import type { SubjectKind } from '../inspection/schema';
import type { RepresentationContext, RepresentationPhase } from './context';
import { representationMachine } from './machine';
import { NOTICE_WORKING_DAYS, checkEvent, refusalOutsideState } from './rules';
import {
  ADDRESSEES,
  CONSIDER_OUTCOMES,
  representationEventSchema,
  representationInputSchema,
  type Addressee,
  type RepresentationDomainEvent,
  type RepresentationEvent,
  type RepresentationInput,
} from './schema';
import { ADDRESSEE_LABELS, CODE_LABELS, EVENT_LABELS, FIELD_LABELS, OUTCOME_LABELS, STATE_LABELS, VIEW_LABELS } from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { representationMachine, type RepresentationMachine } from './machine';

/** The leaf state as one word. @example representationPhase(s) // 'scheduled' for { pending: 'scheduled' } */
export function representationPhase(snapshot: AnyMachineSnapshot): RepresentationPhase {
  const value = snapshot.value as string | Record<string, string>;
  return (typeof value === 'string' ? value : Object.values(value)[0]) as RepresentationPhase;
}

/**
 * May this event happen now? The core's pipeline (finished, malformed, time, not in this state with the
 * representation's telling codes), then its own checks. Agrees with the machine:
 * `explainRepresentation(s, e).ok === s.can(e)` for every event the schema accepts.
 */
export const explainRepresentation: (snapshot: AnyMachineSnapshot, event: RepresentationEvent) => Verdict = explainWith<RepresentationContext, RepresentationDomainEvent>({
  citation: 'representation.definition',
  eventSchema: representationEventSchema,
  whyNotHere: (ctx, snapshot, type) => refusalOutsideState(ctx, representationPhase(snapshot), type),
  check: (ctx, e) => checkEvent(ctx, e),
});

function offer(event: RepresentationEvent, label: LocalizedText): EventOffer<RepresentationEvent> {
  return { event, label };
}

function goTo(date: string, why: LocalizedText): EventOffer<RepresentationEvent> {
  return offer({ type: 'time.advanceTo', date }, { kk: `${date} күніне өту (${why.kk})`, ru: `Перейти к ${date} (${why.ru})`, en: `Go to ${date} (${why.en})` });
}

/** Buttons worth offering now, refused variants included (the UI greys them using explain()). */
export function representationOffers(snapshot: AnyMachineSnapshot): EventOffer<RepresentationEvent>[] {
  if (snapshot.status !== 'active') return [];
  const ctx = snapshot.context as RepresentationContext;
  const phase = representationPhase(snapshot);
  const list: EventOffer<RepresentationEvent>[] = [];
  const pending = phase === 'awaitingHearing' || phase === 'scheduled';
  if (phase === 'draft') {
    list.push(offer({ type: 'representation.bring' }, { kk: 'Ұсыныс енгізу (күнтізбелік 30 күн)', ru: 'Внести представление (30 календ. дн.)', en: 'Bring the representation (30 calendar days)' }));
    list.push(offer({ type: 'representation.bring', term: { days: 5, unit: 'working' } }, { kk: 'Ұсыныс енгізу (прокурордың мерзімі: 5 жұмыс күні)', ru: 'Внести представление (срок прокурора: 5 раб. дн.)', en: 'Bring it with the prosecutor\'s term (5 working days)' }));
  }
  if (pending) {
    const soonest = addWorkingDays(ctx.date, NOTICE_WORKING_DAYS);
    const tooSoon = addWorkingDays(ctx.date, NOTICE_WORKING_DAYS - 1);
    for (const date of [soonest, tooSoon]) {
      list.push(offer({ type: 'hearing.notify', date }, { kk: `Қарау күнін хабарлау: ${date}`, ru: `Сообщить дату рассмотрения: ${date}`, en: `Notify the hearing date: ${date}` }));
    }
    for (const outcome of CONSIDER_OUTCOMES) {
      const o = OUTCOME_LABELS[outcome] ?? { kk: outcome, ru: outcome, en: outcome };
      list.push(offer({ type: 'representation.consider', outcome }, { kk: `Қарау: ${o.kk}`, ru: `Рассмотрение: ${o.ru}`, en: `Consider: ${o.en}` }));
    }
  }
  if (phase === 'accepted' || phase === 'partiallyAccepted' || pending) list.push(offer({ type: 'measures.report' }, EVENT_LABELS['measures.report']));
  if (phase !== 'draft' && phase !== 'inCourt') list.push(offer({ type: 'court.file' }, EVENT_LABELS['court.file']));
  if (phase === 'inCourt') {
    for (const outcome of ['obliged', 'claimDismissed'] as const) {
      const o = OUTCOME_LABELS[outcome] ?? { kk: outcome, ru: outcome, en: outcome };
      list.push(offer({ type: 'court.rule', outcome }, { kk: `Сот: ${o.kk}`, ru: `Суд: ${o.ru}`, en: `Court: ${o.en}` }));
    }
  }
  list.push(offer({ type: 'time.advance', days: 1 }, { kk: '+1 күн', ru: '+1 дн.', en: '+1 day' }));
  if (phase === 'scheduled' && ctx.hearingDate !== null && compareIso(ctx.hearingDate, ctx.date) > 0) {
    list.push(goTo(ctx.hearingDate, { kk: 'қарау күні', ru: 'день рассмотрения', en: 'hearing day' }));
  }
  if (pending && ctx.deadline !== null) list.push(goTo(addDays(ctx.deadline, 1), { kk: 'мерзім өтті', ru: 'срок истёк', en: 'term passed' }));
  return list;
}

/** The deadlines the calendar strip marks. */
export function representationDeadlines(context: unknown): DeadlineView[] {
  const ctx = context as RepresentationContext;
  const out: DeadlineView[] = [];
  if (ctx.deadline !== null) {
    const overdue = ctx.lapsedOn !== null || (ctx.outcome === null && compareIso(ctx.date, ctx.deadline) > 0);
    out.push({ key: 'consideration', label: VIEW_LABELS.consideration, date: ctx.deadline, overdue, citation: ctx.term?.custom ? 'representation.harmTerm' : 'representation.term' });
  }
  if (ctx.hearingDate !== null) out.push({ key: 'hearing', label: VIEW_LABELS.hearing, date: ctx.hearingDate, overdue: false, citation: 'representation.hearing' });
  return out;
}

/** The counters beside the deadlines. */
export function representationCounters(context: unknown): CounterView[] {
  const ctx = context as RepresentationContext;
  if (ctx.term === null || ctx.deadline === null) return [];
  const unit = ctx.term.unit === 'working' ? { kk: 'жұмыс күні', ru: 'раб. дн.', en: 'working days' } : { kk: 'күнтізбелік күн', ru: 'календ. дн.', en: 'calendar days' };
  const left = ctx.outcome === null ? Math.max(0, (Date.parse(ctx.deadline) - Date.parse(ctx.date)) / 86_400_000) : 0;
  return [
    { key: 'term', label: { kk: `${VIEW_LABELS.term.kk}, ${unit.kk}`, ru: `${VIEW_LABELS.term.ru}, ${unit.ru}`, en: `${VIEW_LABELS.term.en}, ${unit.en}` }, value: ctx.term.days, citation: ctx.term.custom ? 'representation.harmTerm' : 'representation.term' },
    { key: 'daysLeft', label: VIEW_LABELS.daysLeft, value: left, citation: 'representation.term' },
    ...(ctx.hearingDate !== null && ctx.notifiedOn !== null
      ? [{ key: 'noticeWorkingDays', label: { kk: 'Хабарлаудан қарауға дейінгі жұмыс күні', ru: 'Раб. дн. от уведомления до рассмотрения', en: 'Working days from notice to hearing' }, value: workingDaysBetween(ctx.notifiedOn, ctx.hearingDate), citation: 'representation.hearing' as const }]
      : []),
  ];
}

const EVENT_CITATIONS: Record<RepresentationDomainEvent['type'], CitationId> = {
  'representation.bring': 'representation.definition',
  'hearing.notify': 'representation.hearing',
  'representation.consider': 'representation.term',
  'measures.report': 'representation.measures',
  'court.file': 'representation.claim',
  'court.rule': 'representation.claim',
};

/** What a representation is addressed to, guessed from what the inspection inspected (the user can change it). */
const ADDRESSEE_OF_SUBJECT: Record<SubjectKind, Addressee> = {
  stateBody: 'stateBody',
  business: 'organisation',
  organisation: 'organisation',
  detentionFacility: 'stateBody',
};

/**
 * The input of a representation opened from an inspection decided with `representation`: the same
 * prosecutor, the decision date as its start, the addressee guessed from the subject, a link back.
 * @example representationInputFromInspection(ctx, 'Routine').linkedRun // { procedure: 'inspection', title: 'Routine' }
 */
export function representationInputFromInspection(ctx: InspectionContext, title: string): RepresentationInput {
  const { role, unitId } = ctx.input.initiator;
  return {
    startDate: ctx.decidedOn ?? ctx.date,
    prosecutor: unitId ? { role, unitId } : { role },
    addressee: ADDRESSEE_OF_SUBJECT[ctx.input.subject.kind],
    linkedRun: { procedure: 'inspection', title },
  };
}

/** Whether an inspection's context ends in a representation. */
export function isDecidedWithRepresentation(context: unknown): boolean {
  return (context as Partial<InspectionContext> | null)?.decision === 'representation';
}

export const REPRESENTATION_SAMPLES = ['representation-accepted.json', 'representation-ignored-court.json', 'representation-harm-term.json', 'representation-from-inspection.json'];

/** The representation procedure (CL art. 36). */
export const representationDefinition: ProcedureDefinition<RepresentationInput, RepresentationDomainEvent> = {
  id: 'representation',
  title: { kk: 'Прокурордың ұсынысы', ru: 'Представление прокурора', en: 'Prosecutor\'s representation' },
  citation: 'representation.definition',
  machine: representationMachine,
  inputSchema: representationInputSchema,
  eventSchema: representationEventSchema,
  explain: explainRepresentation,
  offers: (snapshot) => representationOffers(snapshot),
  theme: 6,
  defaultInput: { startDate: '2025-03-03', prosecutor: { role: 'districtProsecutor' }, addressee: 'localExecutive' },
  inputFields: [
    EDITION_FIELD,
    { path: ['startDate'], kind: 'date', label: FIELD_LABELS.startDate },
    roleField(['prosecutor', 'role'], FIELD_LABELS.role),
    { path: ['addressee'], kind: 'enum', label: FIELD_LABELS.addressee, options: ADDRESSEES, optionLabels: ADDRESSEE_LABELS },
    { path: ['irreversibleHarm'], kind: 'boolean', label: FIELD_LABELS.irreversibleHarm, optional: true },
  ],
  actingProsecutor: { role: ['prosecutor', 'role'], unit: ['prosecutor', 'unitId'] },
  deadlines: representationDeadlines,
  counters: representationCounters,
  eventCitation: (type, context) => {
    if (isTimeEvent({ type })) return null;
    if (type === 'representation.bring' && (context as RepresentationContext).irreversibleHarm) return 'representation.harmTerm';
    return EVENT_CITATIONS[type as RepresentationDomainEvent['type']] ?? null;
  },
  eventLabels: EVENT_LABELS,
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: REPRESENTATION_SAMPLES,
  openedFrom: [
    {
      from: 'inspection',
      when: isDecidedWithRepresentation,
      input: (parent, title) => representationInputFromInspection(parent as InspectionContext, title),
      label: { kk: 'Ұсынысты ашу', ru: 'Открыть представление', en: 'Open the representation' },
    },
  ],
};
