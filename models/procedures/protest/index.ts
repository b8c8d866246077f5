/**
 * The protest procedure (CL art. 33): schema, context, rules, machine and strings, and the definition
 * the shared runner, the scenario CLI and the simulator read. explain() answers for any event with
 * the same checks the machine's guards use; offers() lists the buttons worth showing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays, compareIso, nextWorkingDay } from '../../calendar';
import type { CitationId, LocalizedText } from '../../law';
import type { EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import { EDITION_FIELD, START_DATE_FIELD, TIME_EVENT_LABELS, roleField } from '../core/input';
import type { CounterView, DeadlineView, InputField } from '../core/types';
import type { ActSuspensionContext } from '../actSuspension/context';
import { isHandedToProtest, protestInputFromSuspension } from '../actSuspension';
import type { ProtestContext, ProtestPhase } from './context';
import { protestMachine } from './machine';
import { SUSPENDING_ROLES, checkBring, checkConsider, checkCourtFile, checkHearingDate, checkSuspend, checkWithdraw, whyNotInPhase } from './rules';
import {
  ACT_ISSUERS,
  ACT_TYPES,
  AFFECTED_GROUPS,
  protestEventSchema,
  protestInputSchema,
  type ProtestDomainEvent,
  type ProtestEvent,
  type ProtestInput,
} from './schema';
import {
  ACT_TYPE_LABELS,
  ADDRESSEE_LABELS,
  AFFECTED_LABELS,
  CODE_LABELS,
  COUNTER_LABELS,
  COURT_OUTCOME_LABELS,
  DEADLINE_LABELS,
  EVENT_LABELS,
  FIELD_LABELS,
  ISSUER_LABELS,
  STATE_LABELS,
  UNIT_LABELS,
} from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { protestMachine, type ProtestMachine } from './machine';

/**
 * The leaf state of a snapshot as one word.
 * @example protestPhase(snapshot) // 'scheduled' for { pending: 'scheduled' }
 */
export function protestPhase(snapshot: AnyMachineSnapshot): ProtestPhase {
  const value = snapshot.value as string | Record<string, string>;
  if (typeof value === 'string') return value as ProtestPhase;
  const child = Object.values(value)[0];
  return child as ProtestPhase;
}

/**
 * May this event happen now? The core's pipeline (finished, malformed, time, not in this state, with
 * the protest's telling codes for the last), then the protest's own checks. Agrees with the machine:
 * `explainProtest(s, e).ok === s.can(e)` for every valid event.
 */
export const explainProtest: (snapshot: AnyMachineSnapshot, event: ProtestEvent) => Verdict = explainWith<ProtestContext, ProtestDomainEvent>({
  citation: 'protest.definition',
  eventSchema: protestEventSchema,
  whyNotHere: (ctx, snapshot, type) => whyNotInPhase(ctx, protestPhase(snapshot), type),
  check: (ctx, e) => {
    switch (e.type) {
      case 'protest.bring':
        return checkBring(ctx, e);
      case 'act.suspend':
        return checkSuspend(ctx, e);
      case 'hearing.notify':
        return checkHearingDate(ctx, e);
      case 'protest.withdraw':
        return checkWithdraw(ctx, e);
      case 'protest.consider':
        return checkConsider(ctx);
      case 'court.file':
        return checkCourtFile(ctx);
      case 'court.rule':
        return { ok: true };
    }
  },
});

const OUTCOME_LABELS: Record<'satisfied' | 'partiallySatisfied' | 'rejected', LocalizedText> = {
  satisfied: { kk: 'Қарау: қанағаттандырылды', ru: 'Рассмотрение: удовлетворён', en: 'Consider: satisfied' },
  partiallySatisfied: { kk: 'Қарау: ішінара қанағаттандырылды', ru: 'Рассмотрение: удовлетворён частично', en: 'Consider: partially satisfied' },
  rejected: { kk: 'Қарау: қабылданбады', ru: 'Рассмотрение: отклонён', en: 'Consider: rejected' },
};

function offer(event: ProtestEvent, label: LocalizedText): EventOffer<ProtestEvent> {
  return { event, label };
}

function termOffer(days: number, unit: 'working' | 'calendar'): EventOffer<ProtestEvent> {
  const kk = unit === 'working' ? 'жұмыс күні' : 'күнтізбелік күн';
  const ru = unit === 'working' ? 'раб. дн.' : 'календ. дн.';
  const en = unit === 'working' ? 'working days' : 'calendar days';
  return offer(
    { type: 'protest.bring', term: { days, unit } },
    { kk: `Наразылық келтіру (мерзімі ${days} ${kk})`, ru: `Принести протест (срок ${days} ${ru})`, en: `Bring the protest (term: ${days} ${en})` },
  );
}

function advanceOffer(days: number): EventOffer<ProtestEvent> {
  return offer({ type: 'time.advance', days }, { kk: `+${days} күн`, ru: `+${days} дн.`, en: `+${days} day${days === 1 ? '' : 's'}` });
}

function advanceToOffer(date: string, why: LocalizedText): EventOffer<ProtestEvent> {
  return offer(
    { type: 'time.advanceTo', date },
    { kk: `${date} күніне өту (${why.kk})`, ru: `Перейти к ${date} (${why.ru})`, en: `Go to ${date} (${why.en})` },
  );
}

/** Buttons worth offering now, refused variants included (the UI greys them using explain()). */
export function protestOffers(snapshot: AnyMachineSnapshot): EventOffer<ProtestEvent>[] {
  const ctx = snapshot.context as ProtestContext;
  const phase = protestPhase(snapshot);
  const list: EventOffer<ProtestEvent>[] = [];
  const pending = phase === 'awaitingHearing' || phase === 'scheduled';
  const decided = phase === 'satisfied' || phase === 'partiallySatisfied' || phase === 'rejected';

  if (phase === 'withdrawn' || phase === 'closed') return list;

  if (phase === 'draft') {
    list.push(offer({ type: 'protest.bring' }, { kk: 'Наразылық келтіру (10 күнтізбелік күн)', ru: 'Принести протест (10 календ. дн.)', en: 'Bring the protest (10 calendar days)' }));
    list.push(termOffer(3, 'working'), termOffer(2, 'working'));
  }

  if (pending) {
    if (!ctx.suspended) {
      list.push(offer({ type: 'act.suspend' }, { kk: 'Актінің орындалуын тоқтата тұру', ru: 'Приостановить исполнение акта', en: 'Suspend the act' }));
      if (!SUSPENDING_ROLES.includes(ctx.prosecutor.role)) {
        list.push(
          offer(
            { type: 'act.suspend', by: 'regionalProsecutor' },
            { kk: 'Актіні тоқтата тұру (облыс прокуроры)', ru: 'Приостановить акт (прокурор области)', en: 'Suspend the act (by the oblast prosecutor)' },
          ),
        );
      }
    }
    const deadline = ctx.deadline ?? ctx.date;
    const next = nextWorkingDay(ctx.date);
    const proposed = compareIso(next, deadline) <= 0 ? next : ctx.date;
    list.push(
      offer({ type: 'hearing.notify', date: proposed }, { kk: `Қарау күнін хабарлау: ${proposed}`, ru: `Сообщить дату рассмотрения: ${proposed}`, en: `Notify the hearing date: ${proposed}` }),
    );
    const late = addDays(deadline, 1);
    list.push(
      offer({ type: 'hearing.notify', date: late }, { kk: `Қарау күнін хабарлау: ${late}`, ru: `Сообщить дату рассмотрения: ${late}`, en: `Notify the hearing date: ${late}` }),
    );
  }

  if (pending || phase === 'notConsidered' || decided) {
    list.push(offer({ type: 'protest.withdraw', by: 'author' }, { kk: 'Кері қайтарып алу (авторы)', ru: 'Отозвать протест (автор)', en: 'Withdraw (by the author)' }));
  }
  if (pending || phase === 'notConsidered') {
    list.push(
      offer({ type: 'protest.withdraw', by: 'superior' }, { kk: 'Кері қайтарып алу (жоғары тұрған прокурор)', ru: 'Отозвать протест (вышестоящий прокурор)', en: 'Withdraw (by a higher prosecutor)' }),
    );
  }

  if (pending) {
    for (const outcome of ['satisfied', 'partiallySatisfied', 'rejected'] as const) {
      list.push(offer({ type: 'protest.consider', outcome }, OUTCOME_LABELS[outcome]));
    }
  }

  if (decided || phase === 'notConsidered') {
    list.push(offer({ type: 'court.file' }, { kk: 'Сотқа талап қою (39-бап)', ru: 'Обратиться в суд (ст. 39)', en: 'File a claim in court (art. 39)' }));
  }

  if (phase === 'inCourt') {
    list.push(offer({ type: 'court.rule', outcome: 'actUnlawful' }, { kk: 'Сот: акт заңсыз деп танылды', ru: 'Суд: акт признан незаконным', en: 'Court: the act is unlawful' }));
    list.push(offer({ type: 'court.rule', outcome: 'claimDismissed' }, { kk: 'Сот: талап қанағаттандырылмады', ru: 'Суд: в иске отказано', en: 'Court: claim dismissed' }));
  }

  list.push(advanceOffer(1));
  if (phase === 'scheduled' && ctx.hearingDate !== null && compareIso(ctx.hearingDate, ctx.date) > 0) {
    list.push(advanceToOffer(ctx.hearingDate, { kk: 'қарау күні', ru: 'день рассмотрения', en: 'hearing day' }));
  }
  if (pending && ctx.deadline !== null) {
    list.push(advanceToOffer(addDays(ctx.deadline, 1), { kk: 'мерзім өтті', ru: 'срок истёк', en: 'deadline passed' }));
  }
  return list;
}

/** The provision behind each accepted event; time events cite nothing. */
const EVENT_CITATIONS: Record<ProtestDomainEvent['type'], CitationId> = {
  'protest.bring': 'protest.term',
  'act.suspend': 'protest.suspension',
  'hearing.notify': 'protest.hearing',
  'protest.withdraw': 'protest.withdrawal',
  'protest.consider': 'protest.term',
  'court.file': 'protest.claim',
  'court.rule': 'protest.claim',
};

function deadlines(context: unknown): DeadlineView[] {
  const ctx = context as ProtestContext;
  const out: DeadlineView[] = [];
  if (ctx.deadline) {
    const lapsed = ctx.lapsedOn !== null || (ctx.consideredOn === null && ctx.withdrawnOn === null && compareIso(ctx.date, ctx.deadline) > 0);
    out.push({ key: 'protest', label: DEADLINE_LABELS.protest, date: ctx.deadline, overdue: lapsed, citation: 'protest.term' });
  }
  if (ctx.hearingDate) out.push({ key: 'hearing', label: DEADLINE_LABELS.hearing, date: ctx.hearingDate, overdue: false, citation: 'protest.hearing' });
  return out;
}

function termText(ctx: ProtestContext): string | LocalizedText {
  if (!ctx.term) return '—';
  const unit = UNIT_LABELS[ctx.term.unit];
  const days = ctx.term.days;
  return { kk: `${days} ${unit.kk}`, ru: `${days} ${unit.ru}`, en: `${days} ${unit.en}` };
}

function counters(context: unknown): CounterView[] {
  const ctx = context as ProtestContext;
  const out: CounterView[] = [];
  if (ctx.term) out.push({ key: 'term', label: COUNTER_LABELS.term, value: termText(ctx), citation: 'protest.term' });
  out.push({ key: 'suspendedAct', label: COUNTER_LABELS.suspendedAct, value: ctx.suspended ? (ctx.suspendedOn ?? '') : '—', citation: 'protest.suspension' });
  if (ctx.outcome) out.push({ key: 'outcome', label: COUNTER_LABELS.outcome, value: STATE_LABELS[ctx.outcome] ?? ctx.outcome });
  if (ctx.courtOutcome) out.push({ key: 'court', label: COUNTER_LABELS.court, value: COURT_OUTCOME_LABELS[ctx.courtOutcome], citation: 'protest.claim' });
  return out;
}

const INPUT_FIELDS: InputField[] = [
  START_DATE_FIELD,
  roleField(['prosecutor', 'role'], FIELD_LABELS.role),
  { path: ['act', 'issuer'], kind: 'enum', label: FIELD_LABELS.issuer, options: ACT_ISSUERS, optionLabels: ISSUER_LABELS },
  { path: ['act', 'type'], kind: 'enum', label: FIELD_LABELS.actType, options: ACT_TYPES, optionLabels: ACT_TYPE_LABELS },
  { path: ['act', 'affects'], kind: 'enumList', label: FIELD_LABELS.affects, options: AFFECTED_GROUPS, optionLabels: AFFECTED_LABELS, optional: true },
  { path: ['act', 'auditResult'], kind: 'boolean', label: FIELD_LABELS.auditResult, optional: true },
  { path: ['addressee'], kind: 'enum', label: FIELD_LABELS.addressee, options: ['issuer', 'superior'], optionLabels: ADDRESSEE_LABELS },
  EDITION_FIELD,
];

/** An inspection's subject, as the issuer of the act a protest opened from it attacks. */
const ISSUER_OF_SUBJECT: Record<string, ProtestInput['act']['issuer']> = {
  stateBody: 'localExecutive',
  business: 'organisation',
  organisation: 'organisation',
  detentionFacility: 'official',
};

/** An inspection context, as far as a protest opened from it reads it. */
interface InspectionLike {
  date: string;
  decision: string | null;
  decidedOn: string | null;
  input: { initiator: { role: ProtestInput['prosecutor']['role']; unitId?: string }; subject: { kind: string }; ground?: string };
}

/**
 * The protest an inspection decided with a protest opens: the inspector's prosecutor brings it, against
 * the inspected body's act, on the decision day. An organisation's act carries the inspection's ground
 * where it is one of the protected groups.
 */
function protestFromInspection(parent: unknown, title: string): ProtestInput {
  const ctx = parent as InspectionLike;
  const { role, unitId } = ctx.input.initiator;
  const issuer = ISSUER_OF_SUBJECT[ctx.input.subject.kind] ?? 'official';
  const ground = AFFECTED_GROUPS.find((g) => g === ctx.input.ground);
  const act: ProtestInput['act'] = issuer === 'organisation' && ground ? { issuer, type: 'individual', affects: [ground] } : { issuer, type: 'individual' };
  return {
    startDate: ctx.decidedOn ?? ctx.date,
    prosecutor: unitId ? { role, unitId } : { role },
    act,
    addressee: 'issuer',
    linkedRun: { procedure: 'inspection', title },
  };
}

const DEFAULT_INPUT: ProtestInput = {
  startDate: '2025-03-03',
  prosecutor: { role: 'districtProsecutor' },
  act: { issuer: 'localExecutive', type: 'individual' },
  addressee: 'issuer',
};

/** The protest procedure (CL art. 33). */
export const protestDefinition: ProcedureDefinition<ProtestInput, ProtestDomainEvent> = {
  id: 'protest',
  title: { kk: 'Прокурордың наразылығы', ru: 'Протест прокурора', en: 'Prosecutor\'s protest' },
  citation: 'protest.definition',
  machine: protestMachine,
  inputSchema: protestInputSchema,
  eventSchema: protestEventSchema,
  explain: explainProtest,
  offers: (snapshot) => protestOffers(snapshot),
  theme: 6,
  defaultInput: DEFAULT_INPUT,
  inputFields: INPUT_FIELDS,
  actingProsecutor: { role: ['prosecutor', 'role'], unit: ['prosecutor', 'unitId'] },
  deadlines,
  counters,
  eventCitation: (type) => EVENT_CITATIONS[type as keyof typeof EVENT_CITATIONS] ?? null,
  eventLabels: { ...EVENT_LABELS, ...TIME_EVENT_LABELS },
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: [
    'protest-from-inspection-court.json',
    'protest-ignored-court.json',
    'protest-immune-act.json',
    'protest-satisfied.json',
    'protest-term-nauryz.json',
    'protest-withdrawn.json',
  ],
  openedFrom: [
    {
      from: 'inspection',
      when: (parent) => (parent as Partial<InspectionLike>).decision === 'protest',
      input: protestFromInspection,
      label: { kk: 'Наразылық ашу', ru: 'Открыть протест', en: 'Open a protest' },
    },
    {
      from: 'actSuspension',
      when: (parent) => isHandedToProtest(parent),
      input: (parent, title) => protestInputFromSuspension(parent as ActSuspensionContext, title),
      label: { kk: 'Наразылық ашу', ru: 'Открыть протест', en: 'Open a protest' },
    },
  ],
  superiorEvent: { type: 'protest.withdraw', by: 'superior' },
};
