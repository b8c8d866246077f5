/**
 * The councilVote machine's context (plain JSON, so the scenario CLI prints it as it is) and the
 * context a run starts with.
 */
import type { CouncilVoteInput } from './schema';
import { quorumStatus } from './rules';
import { DEFAULT_RULES, type BodyKind, type Choice, type MajorityRule, type VoteRules } from './tally';

/** The top-level states (design.md). */
export type CouncilState = 'idle' | 'registration' | 'inquorate' | 'agenda' | 'discussion' | 'voting' | 'adjourned' | 'closed';
export const COUNCIL_STATES: readonly CouncilState[] = ['idle', 'registration', 'inquorate', 'agenda', 'discussion', 'voting', 'adjourned', 'closed'];

/** A permanent member present when the vote closed: their vote, or `none` when they cast none. */
export type Ballot = Choice | 'none';

/**
 * One record per voted item (design.md: keep exactly these fields; `title` and `ballots` are
 * additive). `ballots` names how each permanent member present at the close voted, so that the
 * minutes can list the votes by name; a member missing from it was absent.
 */
export interface Decision {
  itemId: string;
  for: number;
  against: number;
  abstain: number;
  present: number;
  adopted: boolean;
  rule: MajorityRule;
  title?: string;
  ballots?: Record<string, Ballot>;
}

export interface QuorumStatus {
  /** Permanent members present (invited participants never count). */
  present: number;
  permanent: number;
  needed: number;
  met: boolean;
}

/** The machine's context: plain JSON, so that the scenario CLI can print it as it is. */
export interface CouncilVoteContext {
  /** The simulated date (ISO), moved only by time events. */
  date: string;
  body: {
    kind: BodyKind;
    level?: 'republican' | 'regional' | 'military' | 'transport';
    chairId: string;
    permanentMembers: string[];
    invited: string[];
    names?: Record<string, { kk: string; ru: string; en: string }>;
  };
  /** The rules in force, defaults resolved. */
  rules: VoteRules;
  /** Set by `session.convene`; an extraordinary session is called on members' initiative. */
  sessionKind: 'regular' | 'extraordinary' | null;
  /** Everyone in the room, permanent members and invited participants, in order of arrival. */
  present: string[];
  /** Recomputed on every attendance change, so that the screen always shows it. */
  quorum: QuorumStatus;
  /** The item on the floor, from `item.open` until `item.next`. */
  currentItem: { itemId: string; title?: string } | null;
  /** Votes on the current item by member id; a member who leaves takes their vote along. */
  votes: Record<string, Choice>;
  /** Items opened in this session, in order: none may be opened twice. */
  openedItems: string[];
  decisions: Decision[];
}

/** The rules in force: the body's defaults, overridden field by field by `input.rules`. */
export function resolveRules(input: Pick<CouncilVoteInput, 'body' | 'rules'>): VoteRules {
  const defaults = DEFAULT_RULES[input.body.kind];
  const r = input.rules ?? {};
  return {
    quorum: r.quorum === undefined ? defaults.quorum : r.quorum,
    majority: r.majority ?? defaults.majority,
    chairCastingVote: r.chairCastingVote ?? defaults.chairCastingVote,
  };
}

/** The context at the start of a run. */
export function initialContext(input: CouncilVoteInput): CouncilVoteContext {
  const body: CouncilVoteContext['body'] = {
    kind: input.body.kind,
    chairId: input.body.chairId,
    permanentMembers: [...input.body.permanentMembers],
    invited: [...(input.body.invited ?? [])],
  };
  if (input.body.level !== undefined) body.level = input.body.level;
  if (input.body.names !== undefined) body.names = structuredClone(input.body.names);
  const rules = resolveRules(input);
  return {
    date: input.startDate,
    body,
    rules,
    sessionKind: null,
    present: [],
    quorum: quorumStatus({ body, rules }, []),
    currentItem: null,
    votes: {},
    openedItems: [],
    decisions: [],
  };
}

