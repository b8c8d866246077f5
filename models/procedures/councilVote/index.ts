/**
 * The council/collegium vote procedure (domain.md §8 and §3; design.md, "councilVote"): schema,
 * context, rules, machine and strings, and the definition the runner, the CLI and the simulator read.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import { EDITION_FIELD, START_DATE_FIELD, TIME_EVENT_LABELS } from '../core/input';
import type { CounterView, EventOffer, ProcedureDefinition, UnitPicker, Verdict } from '../core/types';
import { COUNCIL_STATES, type CouncilState, type CouncilVoteContext } from './context';
import { councilVoteMachine } from './machine';
import { rosterFromOrg } from './roster';
import { checkEvent, isPresent, whyNotInState } from './rules';
import { councilVoteEventSchema, councilVoteInputSchema, type CouncilEvent, type CouncilVoteEvent, type CouncilVoteInput } from './schema';
import { CODE_LABELS, COUNTER_LABELS, EVENT_LABELS, ROSTER_LABELS, STATE_LABELS } from './strings';
import { CHOICES, majorityCitation, quorumCitation, type Choice } from './tally';

export * from './context';
export * from './rules';
export * from './schema';
export * from './strings';
export * from './tally';
export { councilVoteMachine, type CouncilVoteMachine } from './machine';
export { rosterFromOrg, type RosterResult } from './roster';

function stateOf(snapshot: AnyMachineSnapshot): CouncilState {
  const v: unknown = snapshot.value;
  if (typeof v === 'string' && (COUNCIL_STATES as readonly string[]).includes(v)) return v as CouncilState;
  throw new Error(`councilVote: not a councilVote snapshot (state ${JSON.stringify(v)})`);
}

function contextOf(snapshot: AnyMachineSnapshot): CouncilVoteContext {
  return snapshot.context as CouncilVoteContext;
}

/**
 * Accepted, or rejected with the code, the article and the numbers behind it: the core's pipeline,
 * then the order of business and the session's rules. Agrees with the machine:
 * `explain(s, e).ok === s.can(e)` for every well-formed event.
 * @example explain(s, { type: 'vote.close' }) // { ok: false, code: 'quorumLost', citation: 'council.quorum', values: { present: 5, permanent: 9, needed: 6 } }
 */
export const explainCouncilVote: (snapshot: AnyMachineSnapshot, event: CouncilVoteEvent) => Verdict = explainWith<CouncilVoteContext, CouncilEvent>({
  citation: 'council.chair',
  eventSchema: councilVoteEventSchema,
  whyNotHere: (ctx, snapshot, type) => whyNotInState(stateOf(snapshot), ctx, type),
  check: (ctx, event) => checkEvent(ctx, event),
});

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

/** Council events cite the Regulation; quorum and majority follow the body (a collegium: CL art. 30). */
const EVENT_CITATIONS: Record<CouncilEvent['type'], CitationId | 'quorum' | 'majority'> = {
  'session.convene': 'council.sessions',
  'attendance.mark': 'quorum',
  'quorum.check': 'quorum',
  'item.open': 'council.chair',
  'vote.open': 'council.chair',
  'vote.cast': 'council.equality',
  'vote.close': 'majority',
  'item.next': 'council.chair',
  'session.adjourn': 'quorum',
  'session.close': 'council.chair',
};

/**
 * The provision behind an accepted step; the context tells a council from a collegium. Time events cite nothing.
 * @example councilEventCitation('vote.close', { body: { kind: 'coordinationCouncil' } }) // 'council.majority'
 */
export function councilEventCitation(type: string, context: unknown): CitationId | null {
  const own = EVENT_CITATIONS[type as CouncilEvent['type']] as CitationId | 'quorum' | 'majority' | undefined;
  if (!own) return null;
  const kind = (context as Partial<CouncilVoteContext> | undefined)?.body?.kind ?? 'coordinationCouncil';
  // The Council Regulation governs councils only; a collegium's whole procedure rests on CL art. 30.
  if (kind === 'collegium') return 'council.collegium';
  if (own === 'quorum') return quorumCitation(kind);
  if (own === 'majority') return majorityCitation(kind);
  return own;
}

function counters(context: unknown): CounterView[] {
  const ctx = context as CouncilVoteContext;
  return [
    { key: 'present', label: COUNTER_LABELS.present, value: ctx.present.length, citation: quorumCitation(ctx.body.kind) },
    { key: 'quorum', label: COUNTER_LABELS.quorum, value: `${ctx.quorum.present} / ${ctx.quorum.needed}`, citation: quorumCitation(ctx.body.kind) },
    { key: 'decisions', label: COUNTER_LABELS.decisions, value: ctx.decisions.length, citation: majorityCitation(ctx.body.kind) },
  ];
}

/** A council or collegium picked on the diagram fills the body's roster. */
const UNIT_PICKER: UnitPicker = {
  kinds: ['coordinationCouncil', 'collegium'],
  fills: ['body'],
  label: { kk: 'Кеңес', ru: 'Совет', en: 'Council' },
  hint: {
    kk: 'Құрамын толтыру үшін сызбадан кеңесті не алқаны басыңыз.',
    ru: 'Щёлкните совет или коллегию на схеме, чтобы заполнить состав.',
    en: 'Click a council or collegium on the diagram to fill its roster.',
  },
  apply: (doc, unitId, draft) => {
    const r = rosterFromOrg(doc, unitId);
    if (!r.ok) {
      const why = ROSTER_LABELS[r.code];
      return { ok: false, message: { kk: `Бұл органның құрамы жарамсыз: ${why.kk}.`, ru: `У этого органа нет пригодного состава: ${why.ru}.`, en: `This unit has no usable roster: ${why.en}.` } };
    }
    const base = typeof draft === 'object' && draft !== null ? draft : {};
    return { ok: true, draft: { ...base, body: r.body } };
  },
  summary: (draft) => {
    const members = (draft as { body?: { permanentMembers?: string[] } } | undefined)?.body?.permanentMembers;
    if (!members) return null;
    const n = members.length;
    return { kk: `Құрамы: ${n} тұрақты мүше`, ru: `Состав: ${n} постоянных членов`, en: `Roster: ${n} permanent members` };
  },
};

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
  explain: explainCouncilVote,
  offers: (snapshot) => offerCouncilVote(snapshot),
  theme: 7,
  defaultInput: { startDate: '2025-03-03' },
  inputFields: [START_DATE_FIELD, EDITION_FIELD],
  actingProsecutor: null,
  deadlines: () => [],
  counters,
  eventCitation: councilEventCitation,
  eventLabels: { ...EVENT_LABELS, ...TIME_EVENT_LABELS },
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: true,
  samples: [
    'council-republican-two-items.json',
    'council-inquorate-adjourned.json',
    'council-tie.json',
    'council-casting-vote.json',
    'council-quorum-lost.json',
    'council-collegium-total-majority.json',
  ],
  openedFrom: [],
  unitPicker: UNIT_PICKER,
};
