/**
 * The rules of a session as pure checks returning a Verdict. The machine's guards, explain()
 * and offers() ask these same functions; nothing else restates a rule.
 */
import { checkTimeEvent } from '../core/time';
import type { TimeEvent, Verdict } from '../core/types';
import type { CouncilEvent } from './schema';
import { quorumCitation, quorumNeeded, tally, type BodyKind, type Choice, type MajorityRule, type TallyResult, type VoteRules } from './tally';

/** The top-level states (design.md). */
export type CouncilState = 'idle' | 'registration' | 'inquorate' | 'agenda' | 'discussion' | 'voting' | 'adjourned' | 'closed';
export const COUNCIL_STATES: readonly CouncilState[] = ['idle', 'registration', 'inquorate', 'agenda', 'discussion', 'voting', 'adjourned', 'closed'];

/** One record per voted item (design.md: keep exactly these fields; `title` is additive). */
export interface Decision {
  itemId: string;
  for: number;
  against: number;
  abstain: number;
  present: number;
  adopted: boolean;
  rule: MajorityRule;
  title?: string;
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

export function isPermanent(ctx: CouncilVoteContext, id: string): boolean {
  return ctx.body.permanentMembers.includes(id);
}

export function isInvited(ctx: CouncilVoteContext, id: string): boolean {
  return ctx.body.invited.includes(id);
}

export function isPresent(ctx: CouncilVoteContext, id: string): boolean {
  return ctx.present.includes(id);
}

/** The quorum of a given attendance (invited participants filtered out). */
export function quorumStatus(ctx: Pick<CouncilVoteContext, 'body' | 'rules'>, present: readonly string[]): QuorumStatus {
  const permanent = ctx.body.permanentMembers.length;
  const presentPermanent = present.filter((id) => ctx.body.permanentMembers.includes(id)).length;
  const needed = quorumNeeded(permanent, ctx.rules.quorum);
  return { present: presentPermanent, permanent, needed, met: presentPermanent >= needed };
}

/** Council Regulation (2/3 of permanent members) or, for a collegium, CL art. 30. */
export function checkQuorum(ctx: CouncilVoteContext): Verdict {
  const q = quorumStatus(ctx, ctx.present);
  if (q.met) return { ok: true };
  return { ok: false, code: 'quorum.notMet', citation: quorumCitation(ctx.body.kind), values: { present: q.present, permanent: q.permanent, needed: q.needed } };
}

/** Attendance is marked for permanent members and invited participants only. */
export function checkAttendance(ctx: CouncilVoteContext, memberId: string): Verdict {
  if (isPermanent(ctx, memberId) || isInvited(ctx, memberId)) return { ok: true };
  return { ok: false, code: 'member.unknown', citation: 'council.composition', values: { memberId } };
}

/** An item is put to the council once per session. */
export function checkItemOpen(ctx: CouncilVoteContext, itemId: string): Verdict {
  if (!ctx.openedItems.includes(itemId)) return { ok: true };
  return { ok: false, code: 'item.alreadyOpened', citation: 'council.chair', values: { itemId } };
}

/** One vote per item: an item already decided is not voted again. */
export function checkVoteOpen(ctx: CouncilVoteContext): Verdict {
  const itemId = ctx.currentItem?.itemId ?? null;
  if (!ctx.decisions.some((d) => d.itemId === itemId)) return { ok: true };
  return { ok: false, code: 'item.alreadyDecided', citation: 'council.chair', values: { itemId } };
}

/**
 * Only a present permanent member votes, once per item (Council Regulation: equality, one
 * vote each); invited participants take part in discussion but never vote.
 */
export function checkVoteCast(ctx: CouncilVoteContext, memberId: string): Verdict {
  if (isInvited(ctx, memberId)) {
    return { ok: false, code: 'vote.invitedNoVote', citation: 'council.invited', values: { memberId } };
  }
  if (!isPermanent(ctx, memberId)) return { ok: false, code: 'member.unknown', citation: 'council.composition', values: { memberId } };
  if (!isPresent(ctx, memberId)) return { ok: false, code: 'vote.notPresent', citation: 'council.equality', values: { memberId } };
  const previous = ctx.votes[memberId];
  if (previous !== undefined) {
    return { ok: false, code: 'vote.alreadyCast', citation: 'council.equality', values: { memberId, choice: previous } };
  }
  return { ok: true };
}

/** A vote closes only in a quorate meeting: an inquorate one cannot decide. */
export function checkVoteClose(ctx: CouncilVoteContext): Verdict {
  const q = checkQuorum(ctx);
  if (q.ok) return q;
  return { ...q, code: 'quorum.lost' };
}

/** The result the current votes would give if the vote closed now. */
export function currentTally(ctx: CouncilVoteContext): TallyResult {
  const q = quorumStatus(ctx, ctx.present);
  return tally(ctx.votes, q.present, q.permanent, ctx.rules.majority, ctx.rules.chairCastingVote, ctx.votes[ctx.body.chairId]);
}

/** The decision record of the current item. */
export function decisionOf(ctx: CouncilVoteContext): Decision {
  const t = currentTally(ctx);
  const item = ctx.currentItem ?? { itemId: '' };
  const d: Decision = { itemId: item.itemId, for: t.for, against: t.against, abstain: t.abstain, present: t.present, adopted: t.adopted, rule: t.rule };
  if (item.title !== undefined) d.title = item.title;
  return d;
}

/** The simulated clock never runs backwards (design.md, "Time in simulations"); the core's rule, our article. */
export function checkTime(ctx: CouncilVoteContext, event: TimeEvent): Verdict {
  return checkTimeEvent(ctx.date, event, 'council.sessions');
}

type EventType = CouncilEvent['type'];

/** Which events each state handles (time events: every state but the final ones). Mirrors the machine. */
export const HANDLED: Record<CouncilState, readonly EventType[]> = {
  idle: ['session.convene'],
  registration: ['attendance.mark', 'quorum.check', 'session.adjourn'],
  inquorate: ['attendance.mark', 'quorum.check', 'session.adjourn'],
  agenda: ['attendance.mark', 'quorum.check', 'item.open', 'session.adjourn', 'session.close'],
  discussion: ['attendance.mark', 'vote.open', 'item.next', 'session.adjourn', 'session.close'],
  voting: ['attendance.mark', 'vote.cast', 'vote.close', 'session.adjourn'],
  adjourned: [],
  closed: [],
};

/**
 * Why an event is not handled in a state: the order of business (the chair conducts the
 * session item by item), with the most telling code for the usual mistakes.
 */
export function checkOrder(state: CouncilState, ctx: CouncilVoteContext, type: EventType): Verdict {
  if (HANDLED[state].includes(type)) return { ok: true };
  const values = { state, event: type };
  if (state === 'adjourned' || state === 'closed') return { ok: false, code: 'session.ended', citation: 'council.chair', values };
  if (type === 'session.convene') return { ok: false, code: 'session.alreadyConvened', citation: 'council.sessions', values };
  if (state === 'idle') return { ok: false, code: 'session.notConvened', citation: 'council.sessions', values };
  if (state === 'registration' || state === 'inquorate') {
    const q = quorumStatus(ctx, ctx.present);
    return { ok: false, code: 'quorum.notEstablished', citation: quorumCitation(ctx.body.kind), values: { ...values, present: q.present, permanent: q.permanent, needed: q.needed } };
  }
  if (type === 'vote.cast' || type === 'vote.close') return { ok: false, code: 'vote.notOpen', citation: 'council.chair', values };
  if (state === 'voting') return { ok: false, code: 'vote.stillOpen', citation: 'council.chair', values };
  if (type === 'item.open') return { ok: false, code: 'item.inProgress', citation: 'council.chair', values: { ...values, itemId: ctx.currentItem?.itemId ?? null } };
  return { ok: false, code: 'item.notOpen', citation: 'council.chair', values };
}

/** The guard an accepted-in-this-state event still has to pass. */
export function checkEvent(ctx: CouncilVoteContext, event: CouncilEvent): Verdict {
  switch (event.type) {
    case 'attendance.mark':
      return checkAttendance(ctx, event.memberId);
    case 'item.open':
      return checkItemOpen(ctx, event.itemId);
    case 'vote.open':
      return checkVoteOpen(ctx);
    case 'vote.cast':
      return checkVoteCast(ctx, event.memberId);
    case 'vote.close':
      return checkVoteClose(ctx);
    default:
      return { ok: true };
  }
}
