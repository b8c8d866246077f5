/**
 * The councilVote procedure as the runner, the scenario CLI and the simulator see it.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { LocalizedText } from '../../law/types';
import type { EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import { councilVoteMachine } from './machine';
import { checkEvent, checkOrder, checkTime, COUNCIL_STATES, isPresent, type CouncilState, type CouncilVoteContext } from './rules';
import { councilVoteEventSchema, councilVoteInputSchema, type CouncilVoteEvent, type CouncilVoteInput } from './schema';
import { CHOICES, type Choice } from './tally';

function stateOf(snapshot: AnyMachineSnapshot): CouncilState {
  const v: unknown = snapshot.value;
  if (typeof v === 'string' && (COUNCIL_STATES as readonly string[]).includes(v)) return v as CouncilState;
  throw new Error(`councilVote: not a councilVote snapshot (state ${JSON.stringify(v)})`);
}

function contextOf(snapshot: AnyMachineSnapshot): CouncilVoteContext {
  return snapshot.context as CouncilVoteContext;
}

/**
 * Accepted, or rejected with the code, the article and the numbers behind it. Agrees with the
 * machine: `explain(s, e).ok === s.can(e)` for every well-formed event.
 * @example explain(s, { type: 'vote.close' }) // { ok: false, code: 'quorum.lost', citation: 'council.quorum', values: { present: 5, permanent: 9, needed: 6 } }
 */
export function explainCouncilVote(snapshot: AnyMachineSnapshot, event: CouncilVoteEvent): Verdict {
  const parsed = councilVoteEventSchema.safeParse(event);
  if (!parsed.success) {
    return { ok: false, code: 'event.invalid', citation: 'council.chair', values: { event: String((event as { type?: unknown }).type), issue: parsed.error.issues[0]?.message ?? '' } };
  }
  const e = parsed.data;
  const ctx = contextOf(snapshot);
  const state = stateOf(snapshot);
  if (e.type === 'time.advance' || e.type === 'time.advanceTo') {
    if (snapshot.status === 'done') return { ok: false, code: 'session.ended', citation: 'council.chair', values: { state, event: e.type } };
    return checkTime(ctx, e);
  }
  const order = checkOrder(state, ctx, e.type);
  if (!order.ok) return order;
  return checkEvent(ctx, e);
}

function nameOf(ctx: CouncilVoteContext, id: string): LocalizedText {
  return ctx.body.names?.[id] ?? { kk: id, ru: id, en: id };
}

const CHOICE_LABELS: Record<Choice, LocalizedText> = {
  for: { kk: 'жақтайды', ru: 'за', en: 'for' },
  against: { kk: 'қарсы', ru: 'против', en: 'against' },
  abstain: { kk: 'қалыс қалады', ru: 'воздержался', en: 'abstains' },
};

function label(kk: string, ru: string, en: string): LocalizedText {
  return { kk, ru, en };
}

function withName(ctx: CouncilVoteContext, id: string, f: (name: string, lang: keyof LocalizedText) => string): LocalizedText {
  const n = nameOf(ctx, id);
  return { kk: f(n.kk, 'kk'), ru: f(n.ru, 'ru'), en: f(n.en, 'en') };
}

/**
 * The buttons worth showing now, accepted or not: the UI asks explain() for each and greys the
 * refused ones (an invited participant's vote, a second vote, an absent member's vote).
 */
export function offerCouncilVote(snapshot: AnyMachineSnapshot): EventOffer<CouncilVoteEvent>[] {
  if (snapshot.status === 'done') return [];
  const ctx = contextOf(snapshot);
  const state = stateOf(snapshot);
  const offers: EventOffer<CouncilVoteEvent>[] = [];
  const add = (event: CouncilVoteEvent, l: LocalizedText) => offers.push({ event, label: l });

  if (state === 'idle') {
    add({ type: 'session.convene', kind: 'regular' }, label('Кезекті отырысты шақыру', 'Созвать очередное заседание', 'Convene a regular session'));
    add({ type: 'session.convene', kind: 'extraordinary' }, label('Кезектен тыс отырысты шақыру', 'Созвать внеочередное заседание', 'Convene an extraordinary session'));
  } else {
    for (const id of [...ctx.body.permanentMembers, ...ctx.body.invited]) {
      const here = isPresent(ctx, id);
      add(
        { type: 'attendance.mark', memberId: id, present: !here },
        withName(ctx, id, (n, lang) =>
          here ? { kk: `${n}: кетті`, ru: `${n}: ушёл`, en: `${n}: leaves` }[lang] : { kk: `${n}: қатысады`, ru: `${n}: присутствует`, en: `${n}: present` }[lang],
        ),
      );
    }
  }
  if (state === 'registration' || state === 'inquorate' || state === 'agenda') {
    add({ type: 'quorum.check' }, label('Кворумды тексеру', 'Проверить кворум', 'Check the quorum'));
  }
  if (state === 'agenda') {
    const itemId = `item-${ctx.openedItems.length + 1}`;
    add({ type: 'item.open', itemId }, label(`Мәселені ашу: ${itemId}`, `Открыть вопрос: ${itemId}`, `Open item ${itemId}`));
  }
  if (state === 'discussion') {
    add({ type: 'vote.open' }, label('Дауыс беруді ашу', 'Открыть голосование', 'Open the vote'));
    add({ type: 'item.next' }, label('Келесі мәселе', 'Следующий вопрос', 'Next item'));
  }
  if (state === 'voting') {
    // Present permanent members (a second vote is offered too, refused), present invited
    // participants (refused: they never vote) and absent members (refused: only those present vote).
    const voters = [...ctx.body.permanentMembers, ...ctx.body.invited.filter((id) => isPresent(ctx, id))];
    for (const id of voters) {
      const choices: readonly Choice[] = isPresent(ctx, id) && ctx.body.permanentMembers.includes(id) ? CHOICES : ['for'];
      for (const choice of choices) {
        add(
          { type: 'vote.cast', memberId: id, choice },
          withName(ctx, id, (n, lang) => `${n}: ${CHOICE_LABELS[choice][lang]}`),
        );
      }
    }
    add({ type: 'vote.close' }, label('Дауыс беруді жабу', 'Закрыть голосование', 'Close the vote'));
  }
  if (state !== 'idle') {
    add({ type: 'session.adjourn' }, label('Отырысты кейінге қалдыру', 'Отложить заседание', 'Adjourn the session'));
  }
  if (state === 'agenda' || state === 'discussion' || state === 'voting') {
    add({ type: 'session.close' }, label('Отырысты жабу', 'Закрыть заседание', 'Close the session'));
  }
  add({ type: 'time.advance', days: 1 }, label('Бір күн өтті', 'Прошёл один день', 'One day passes'));
  return offers;
}

export const councilVoteDefinition: ProcedureDefinition<CouncilVoteInput, CouncilVoteEvent> = {
  id: 'councilVote',
  title: {
    kk: 'Үйлестіру кеңесінің (алқаның) отырысы және дауыс беру',
    ru: 'Заседание и голосование Координационного совета (коллегии)',
    en: 'A Coordination Council (collegium) session and vote',
  },
  citation: 'council.coordination',
  machine: councilVoteMachine,
  inputSchema: councilVoteInputSchema,
  eventSchema: councilVoteEventSchema,
  explain: (snapshot, event) => explainCouncilVote(snapshot, event),
  offers: (snapshot) => offerCouncilVote(snapshot),
};
