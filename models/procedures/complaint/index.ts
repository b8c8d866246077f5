/**
 * The complaint against a prosecutor's act or action (CL art. 25): schemas, rules, machine and its
 * ProcedureDefinition. explain() answers with the checks the machine's guards use.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays, compareIso, workingDaysBetween } from '../../calendar';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { isTimeEvent } from '../core/time';
import { EDITION_FIELD, roleField } from '../core/input';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import type { CounterView, DeadlineView, EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import type { ComplaintContext, ComplaintPhase } from './context';
import { complaintMachine } from './machine';
import { checkEvent, refusalOutsideState } from './rules';
import { DECIDE_OUTCOMES, complaintEventSchema, complaintInputSchema, type ComplaintDomainEvent, type ComplaintEvent, type ComplaintInput } from './schema';
import { CODE_LABELS, EVENT_LABELS, FIELD_LABELS, OUTCOME_LABELS, STATE_LABELS, VIEW_LABELS } from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { complaintMachine, type ComplaintMachine } from './machine';

export function complaintPhase(snapshot: AnyMachineSnapshot): ComplaintPhase {
  const value = snapshot.value as string | Record<string, string>;
  return (typeof value === 'string' ? value : Object.values(value)[0]) as ComplaintPhase;
}

/**
 * May this event happen now? The core's pipeline (finished, malformed, time, not in this state with the
 * procedure's telling codes), then its own checks. Agrees with the machine for every valid event.
 */
export const explainComplaint: (snapshot: AnyMachineSnapshot, event: ComplaintEvent) => Verdict = explainWith<ComplaintContext, ComplaintDomainEvent>({
  citation: 'complaint.filing',
  eventSchema: complaintEventSchema,
  whyNotHere: (ctx, snapshot, type) => refusalOutsideState(ctx, complaintPhase(snapshot), type),
  check: (ctx, e) => checkEvent(ctx, e),
});

function offer(event: ComplaintEvent, label: LocalizedText): EventOffer<ComplaintEvent> {
  return { event, label };
}

function goTo(date: string, why: LocalizedText): EventOffer<ComplaintEvent> {
  return offer({ type: 'time.advanceTo', date }, { kk: `${date} күніне өту (${why.kk})`, ru: `Перейти к ${date} (${why.ru})`, en: `Go to ${date} (${why.en})` });
}

export function complaintOffers(snapshot: AnyMachineSnapshot): EventOffer<ComplaintEvent>[] {
  if (snapshot.status !== 'active') return [];
  const ctx = snapshot.context as ComplaintContext;
  const phase = complaintPhase(snapshot);
  const list: EventOffer<ComplaintEvent>[] = [];
  if (phase === 'draft') {
    list.push(offer({ type: 'complaint.file' }, EVENT_LABELS['complaint.file']));
    list.push(offer({ type: 'term.restore', reason: 'ауруханада емделді' }, { kk: 'Мерзімді қалпына келтіру (ауруханада болды)', ru: 'Восстановить срок (был в больнице)', en: 'Restore the term (was in hospital)' }));
    if (compareIso(ctx.date, ctx.fileBy) <= 0) list.push(goTo(addDays(ctx.fileBy, 1), { kk: 'үш ай өтті', ru: 'три месяца истекли', en: 'three months passed' }));
  }
  if (phase === 'filed') {
    for (const outcome of DECIDE_OUTCOMES) {
      const o = OUTCOME_LABELS[outcome] ?? { kk: outcome, ru: outcome, en: outcome };
      list.push(offer({ type: 'complaint.decide', outcome }, { kk: `Шешім: ${o.kk}`, ru: `Решение: ${o.ru}`, en: `Decision: ${o.en}` }));
    }
    if (ctx.decideBy !== null) list.push(goTo(addDays(ctx.decideBy, 1), { kk: 'мерзім өтті', ru: 'срок истёк', en: 'term passed' }));
  }
  if (phase !== 'draft' && phase !== 'inCourt') list.push(offer({ type: 'court.file' }, EVENT_LABELS['court.file']));
  if (phase === 'inCourt') {
    for (const outcome of ['actUnlawful', 'claimDismissed'] as const) {
      const o = OUTCOME_LABELS[outcome] ?? { kk: outcome, ru: outcome, en: outcome };
      list.push(offer({ type: 'court.rule', outcome }, { kk: `Сот: ${o.kk}`, ru: `Суд: ${o.ru}`, en: `Court: ${o.en}` }));
    }
  }
  list.push(offer({ type: 'time.advance', days: 1 }, { kk: '+1 күн', ru: '+1 дн.', en: '+1 day' }));
  return list;
}

export function complaintDeadlines(context: unknown): DeadlineView[] {
  const ctx = context as ComplaintContext;
  const out: DeadlineView[] = [
    { key: 'fileBy', label: VIEW_LABELS.fileBy, date: ctx.fileBy, overdue: ctx.restoration === null && compareIso(ctx.filedOn ?? ctx.date, ctx.fileBy) > 0, citation: ctx.restoration ? 'complaint.restore' : 'complaint.filing' },
  ];
  if (ctx.decideBy !== null) out.push({ key: 'decideBy', label: VIEW_LABELS.decideBy, date: ctx.decideBy, overdue: compareIso(ctx.decidedOn ?? ctx.date, ctx.decideBy) > 0, citation: 'complaint.review' });
  return out;
}

export function complaintCounters(context: unknown): CounterView[] {
  const ctx = context as ComplaintContext;
  if (ctx.filedOn === null) return [];
  return [{ key: 'used', label: VIEW_LABELS.used, value: workingDaysBetween(ctx.filedOn, ctx.decidedOn ?? ctx.date), citation: 'complaint.review' }];
}

const EVENT_CITATIONS: Record<ComplaintDomainEvent['type'], CitationId> = {
  'term.restore': 'complaint.restore',
  'complaint.file': 'complaint.filing',
  'complaint.decide': 'complaint.review',
  'court.file': 'complaint.court',
  'court.rule': 'complaint.court',
};

export const COMPLAINT_SAMPLES = ['complaint-upheld.json', 'complaint-restored-term.json', 'complaint-not-decided.json'];

/** The complaint procedure (CL art. 25). */
export const complaintDefinition: ProcedureDefinition<ComplaintInput, ComplaintDomainEvent> = {
  id: 'complaint',
  title: { kk: 'Прокурордың актісіне шағым', ru: 'Жалоба на акт прокурора', en: 'Complaint against a prosecutor\'s act' },
  citation: 'complaint.filing',
  machine: complaintMachine,
  inputSchema: complaintInputSchema,
  eventSchema: complaintEventSchema,
  explain: explainComplaint,
  offers: (snapshot) => complaintOffers(snapshot),
  theme: 5,
  defaultInput: { startDate: '2025-03-03', learnedOn: '2025-02-10', prosecutor: { role: 'regionalProsecutor' } },
  inputFields: [
    EDITION_FIELD,
    { path: ['startDate'], kind: 'date', label: FIELD_LABELS.startDate },
    { path: ['learnedOn'], kind: 'date', label: FIELD_LABELS.learnedOn },
    roleField(['prosecutor', 'role'], FIELD_LABELS.role, true),
  ],
  actingProsecutor: { role: ['prosecutor', 'role'], unit: ['prosecutor', 'unitId'] },
  deadlines: complaintDeadlines,
  counters: complaintCounters,
  eventCitation: (type) => (isTimeEvent({ type }) ? null : (EVENT_CITATIONS[type as ComplaintDomainEvent['type']] ?? null)),
  eventLabels: EVENT_LABELS,
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: COMPLAINT_SAMPLES,
  openedFrom: [],
};
