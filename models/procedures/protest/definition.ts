/**
 * The protest as the shared runner, the scenario CLI and the simulator see it: explain() answers for
 * any event with the same checks the machine's guards use; offers() lists the buttons worth showing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays, compareIso, nextWorkingDay } from '../../calendar';
import type { LocalizedText } from '../../law';
import type { EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import { protestMachine } from './machine';
import {
  SUSPENDING_ROLES,
  checkBring,
  checkConsider,
  checkCourtFile,
  checkHearingDate,
  checkPhase,
  checkSuspend,
  checkTime,
  checkWithdraw,
} from './rules';
import {
  protestEventSchema,
  protestInputSchema,
  type ProtestDomainEvent,
  type ProtestEvent,
  type ProtestInput,
} from './schema';
import type { ProtestContext, ProtestPhase } from './types';

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
 * May this event happen now? Accepted, or rejected with the code, citation and values behind it.
 * Agrees with the machine: `explainProtest(s, e).ok === s.can(e)` for every valid event.
 */
export function explainProtest(snapshot: AnyMachineSnapshot, event: ProtestEvent): Verdict {
  const parsed = protestEventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: 'invalidEvent',
      citation: 'protest.definition',
      values: { type: (event as { type?: unknown }).type === undefined ? null : String((event as { type?: unknown }).type), path: issue?.path.join('.') ?? '', message: issue?.message ?? '' },
    };
  }
  const e = parsed.data;
  const ctx = snapshot.context as ProtestContext;
  const phase = protestPhase(snapshot);
  const byPhase = checkPhase(ctx, phase, e.type);
  if (!byPhase.ok) return byPhase;
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
    case 'time.advance':
    case 'time.advanceTo':
      return checkTime(ctx, e);
  }
}

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

/** The protest procedure (CL art. 33). */
export const protestDefinition: ProcedureDefinition<ProtestInput, ProtestDomainEvent> = {
  id: 'protest',
  title: { kk: 'Прокурордың наразылығы', ru: 'Протест прокурора', en: 'Prosecutor\'s protest' },
  citation: 'protest.definition',
  machine: protestMachine,
  inputSchema: protestInputSchema,
  eventSchema: protestEventSchema,
  explain: (snapshot, event) => explainProtest(snapshot, event),
  offers: (snapshot) => protestOffers(snapshot),
};
