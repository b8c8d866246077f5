/**
 * The arithmetic of a collegial vote: quorum and majority. Pure functions, the single
 * source of truth for the vote machine, the simulator's rule switcher and the tests.
 */
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';

export type Choice = 'for' | 'against' | 'abstain';
export const CHOICES: readonly Choice[] = ['for', 'against', 'abstain'];

export type BodyKind = 'coordinationCouncil' | 'collegium';

/**
 * The base a majority is counted from:
 * - `ofPresent`: more than half of the permanent members present;
 * - `ofVotesCast`: more votes for than against (abstentions and silence count for nothing);
 * - `ofTotal`: more than half of all permanent members, present or not.
 */
export type MajorityRule = 'ofPresent' | 'ofVotesCast' | 'ofTotal';
export const MAJORITY_RULES: readonly MajorityRule[] = ['ofPresent', 'ofVotesCast', 'ofTotal'];

/** A fraction of the permanent members that must be present, e.g. 2/3. */
export interface QuorumRule {
  num: number;
  den: number;
}

/** The rules a session runs under, every field resolved. */
export interface VoteRules {
  /** `null`: no separate quorum (see {@link quorumNeeded}). */
  quorum: QuorumRule | null;
  majority: MajorityRule;
  /** On a tie, the chair's vote for the motion carries it. Not in the Regulation: a teaching switch. */
  chairCastingVote: boolean;
}

/** Coordination Council Regulation: quorum of two thirds of the permanent members. */
export const TWO_THIRDS: QuorumRule = { num: 2, den: 3 };

/**
 * The defaults per body (design.md, councilVote):
 * - a Coordination Council: quorum 2/3 (Council Regulation), simple majority read as
 *   `ofPresent`, no casting vote. The textbook (domain.md §8) says "simple majority" without
 *   naming the base; we take the usual reading, the permanent members present, and say so
 *   in {@link MAJORITY_LABELS};
 * - a collegium: no separate quorum, a majority of the total membership (CL art. 30).
 */
export const DEFAULT_RULES: Record<BodyKind, VoteRules> = {
  coordinationCouncil: { quorum: TWO_THIRDS, majority: 'ofPresent', chairCastingVote: false },
  collegium: { quorum: null, majority: 'ofTotal', chairCastingVote: false },
};

/** The article behind the quorum of a body. */
export function quorumCitation(kind: BodyKind): CitationId {
  return kind === 'collegium' ? 'council.collegium' : 'council.quorum';
}

/** The article behind the majority of a body (the base may be switched; the article is the body's). */
export function majorityCitation(kind: BodyKind): CitationId {
  return kind === 'collegium' ? 'council.collegium' : 'council.majority';
}

/** What each base means, for the rule switcher and the explanation of a result. */
export const MAJORITY_LABELS: Record<MajorityRule, LocalizedText> = {
  ofPresent: {
    kk: 'Қатысқан тұрақты мүшелердің көпшілігі («жай көпшілік» осылай оқылады)',
    ru: 'Большинство присутствующих постоянных членов (так читается «простое большинство»)',
    en: 'A majority of the permanent members present (how "simple majority" is read here)',
  },
  ofVotesCast: {
    kk: '«Жақтағандар» «қарсылардан» көп (қалыс қалғандар есептелмейді)',
    ru: 'Голосов «за» больше, чем «против» (воздержавшиеся не учитываются)',
    en: 'More votes for than against (abstentions do not count)',
  },
  ofTotal: {
    kk: 'Барлық тұрақты мүшелердің көпшілігі (алқа, ҚРКЗ 30-б.)',
    ru: 'Большинство от общего числа постоянных членов (коллегия, ст. 30 КЗ)',
    en: 'A majority of all permanent members (the collegium rule, CL art. 30)',
  },
};

/**
 * How many permanent members must be present: the fraction of the membership, rounded up
 * (Council Regulation: "at least two thirds"). With `rule = null` (no separate quorum, the
 * collegium's default) a meeting still needs somebody in the room: 1, or 0 for an empty body.
 * @example quorumNeeded(9, TWO_THIRDS) // 6
 * @example quorumNeeded(7, TWO_THIRDS) // 5
 * @example quorumNeeded(10, TWO_THIRDS) // 7
 * @example quorumNeeded(9, null) // 1
 */
export function quorumNeeded(permanentCount: number, rule: QuorumRule | null): number {
  if (permanentCount <= 0) return 0;
  if (rule === null) return 1;
  // Integer ceiling: no floating-point surprises at exact thirds (9 * 2 / 3 is 6, not 6.000…1).
  return Math.floor((permanentCount * rule.num + rule.den - 1) / rule.den);
}

/**
 * True when `present` permanent members make a quorum. Invited participants never count.
 * @example isQuorate(5, 9, TWO_THIRDS) // false: 6 needed
 */
export function isQuorate(present: number, permanentCount: number, rule: QuorumRule | null): boolean {
  return present >= quorumNeeded(permanentCount, rule);
}

export interface TallyResult {
  for: number;
  against: number;
  abstain: number;
  /** Permanent members present when the vote closed (those silent count as present, not as votes). */
  present: number;
  adopted: boolean;
  rule: MajorityRule;
  /** The fewest votes for that carry the motion outright (without a casting vote). */
  needed: number;
  /** Exactly at the boundary: half of the base (ofPresent, ofTotal) or for = against (ofVotesCast). */
  tie: boolean;
}

/** Counts choices given as a list or as a record keyed by member id. */
function count(votes: readonly Choice[] | Readonly<Record<string, Choice>>): Record<Choice, number> {
  const list: readonly Choice[] = Array.isArray(votes) ? votes : Object.values(votes);
  const counts: Record<Choice, number> = { for: 0, against: 0, abstain: 0 };
  for (const c of list) counts[c] += 1;
  return counts;
}

/**
 * The result of one vote.
 * - `ofPresent`: adopted when for > present / 2 (Council Regulation, simple majority, our reading);
 * - `ofVotesCast`: adopted when for > against;
 * - `ofTotal`: adopted when for > members / 2 (CL art. 30, the collegium);
 * a tie (for * 2 === base, or for === against) adopts only when `chairCastingVote` is on and
 * the chair voted for (`chairVote`, undefined when the chair is absent or silent).
 * @param present permanent members present
 * @param members all permanent members
 * @example tally(['for','for','for','against','abstain'], 5, 9, 'ofPresent', false).adopted // true: 3 > 5/2
 * @example tally(['for','for','for','against','abstain'], 5, 9, 'ofTotal', false).adopted // false: 3 <= 9/2
 */
export function tally(
  votes: readonly Choice[] | Readonly<Record<string, Choice>>,
  present: number,
  members: number,
  majority: MajorityRule,
  chairCastingVote: boolean,
  chairVote?: Choice,
): TallyResult {
  const c = count(votes);
  let outright: boolean;
  let tie: boolean;
  let needed: number;
  if (majority === 'ofVotesCast') {
    outright = c.for > c.against;
    tie = c.for === c.against;
    needed = c.against + 1;
  } else {
    const base = majority === 'ofPresent' ? present : members;
    outright = c.for * 2 > base;
    tie = c.for * 2 === base;
    needed = Math.floor(base / 2) + 1;
  }
  const adopted = outright || (tie && chairCastingVote && chairVote === 'for');
  return { for: c.for, against: c.against, abstain: c.abstain, present, adopted, rule: majority, needed, tie };
}

/**
 * Where a vote still open stands (bug 12: "2 for, 1 against, 1 not yet voted" is no tie):
 * - `decided`: the votes not yet cast cannot change the result (`adopted` says which);
 * - `open`: they can; `forNeeded` more votes for carry it whatever the others do;
 * - `complete`: every member present has voted; the result is `adopted` (a tie only here).
 */
export type LiveOutcome =
  | { kind: 'decided'; adopted: boolean; notVoted: number }
  | { kind: 'open'; notVoted: number; forNeeded: number }
  | { kind: 'complete'; adopted: boolean; tie: boolean };

/**
 * The live outcome of an open vote, from the same {@link tally}: the best and the worst case of the
 * votes not yet cast (members present who have not voted).
 * @example liveOutcome(['for', 'for', 'against'], 4, 4, 'ofPresent', false) // { kind: 'open', notVoted: 1, forNeeded: 1 }
 */
export function liveOutcome(
  votes: readonly Choice[],
  present: number,
  members: number,
  majority: MajorityRule,
  chairCastingVote: boolean,
  chairVote?: Choice,
): LiveOutcome {
  const notVoted = Math.max(0, present - votes.length);
  const withRest = (k: number) =>
    tally([...votes, ...Array<Choice>(k).fill('for'), ...Array<Choice>(notVoted - k).fill('against')], present, members, majority, chairCastingVote, chairVote).adopted;
  if (notVoted === 0) {
    const r = tally(votes, present, members, majority, chairCastingVote, chairVote);
    return { kind: 'complete', adopted: r.adopted, tie: r.tie };
  }
  const best = withRest(notVoted);
  const worst = withRest(0);
  if (best === worst) return { kind: 'decided', adopted: best, notVoted };
  let forNeeded = 1;
  while (forNeeded < notVoted && !withRest(forNeeded)) forNeeded++;
  return { kind: 'open', notVoted, forNeeded };
}

/** The words of a live outcome, whole sentences in each language; `{{n}}`, `{{k}}` take the numbers. */
export const LIVE_OUTCOME_LABELS: Record<'adoptedAlready' | 'lostAlready' | 'open' | 'completeAdopted' | 'completeLost' | 'completeTieLost', LocalizedText> = {
  adoptedAlready: { kk: 'Шешім қабылданды: әлі берілмеген {{n}} дауыс нәтижені өзгертпейді', ru: 'Решение уже принято: оставшиеся голоса ({{n}}) его не изменят', en: 'Already adopted: the votes not yet cast ({{n}}) cannot change it' },
  lostAlready: { kk: 'Шешім қабылданбайды: әлі берілмеген {{n}} дауыс жетпейді', ru: 'Решение уже не пройдёт: оставшихся голосов ({{n}}) не хватит', en: 'It can no longer pass: the votes not yet cast ({{n}}) are too few' },
  open: { kk: 'Дауыс беру жалғасуда: {{n}} мүше әлі дауыс бермеді; тағы {{k}} «жақтайды» дауысы болса, шешім қабылданады', ru: 'Голосование продолжается: ещё не проголосовали — {{n}}; решение пройдёт, если голосов «за» станет на {{k}} больше', en: 'Voting continues: {{n}} not yet voted; {{k}} more for would carry it' },
  completeAdopted: { kk: 'Барлығы дауыс берді: шешім қабылданды', ru: 'Проголосовали все: решение принято', en: 'Everyone present has voted: adopted' },
  completeLost: { kk: 'Барлығы дауыс берді: шешім қабылданбады', ru: 'Проголосовали все: решение не принято', en: 'Everyone present has voted: not adopted' },
  completeTieLost: { kk: 'Барлығы дауыс берді: дауыстар тең, көпшілік жоқ', ru: 'Проголосовали все: голоса разделились поровну, большинства нет', en: 'Everyone present has voted: a tie, no majority' },
};

/**
 * A live outcome in words.
 * @example liveOutcomeText({ kind: 'open', notVoted: 1, forNeeded: 1 }, 'en') // 'Voting continues: 1 not yet voted; 1 more for would carry it'
 */
export function liveOutcomeText(o: LiveOutcome, lang: keyof LocalizedText): string {
  const key =
    o.kind === 'decided' ? (o.adopted ? 'adoptedAlready' : 'lostAlready')
    : o.kind === 'open' ? 'open'
    : o.adopted ? 'completeAdopted' : o.tie ? 'completeTieLost' : 'completeLost';
  const n = o.kind === 'complete' ? 0 : o.notVoted;
  const k = o.kind === 'open' ? o.forNeeded : 0;
  return LIVE_OUTCOME_LABELS[key][lang].replace('{{n}}', String(n)).replace('{{k}}', String(k));
}
