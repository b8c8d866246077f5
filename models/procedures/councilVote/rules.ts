/**
 * The rules of a session as pure checks returning a Verdict. The machine's guards, explain()
 * and offers() ask these same functions; nothing else restates a rule.
 */
import type { Verdict } from '../core/types';
import type { CouncilEvent } from './schema';
import type { CouncilState, CouncilVoteContext, Decision, QuorumStatus } from './context';
import { quorumCitation, quorumNeeded, tally, type TallyResult } from './tally';

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
  return { ok: false, code: 'quorumNotMet', citation: quorumCitation(ctx.body.kind), values: { present: q.present, permanent: q.permanent, needed: q.needed } };
}

/** Attendance is marked for permanent members and invited participants only. */
export function checkAttendance(ctx: CouncilVoteContext, memberId: string): Verdict {
  if (isPermanent(ctx, memberId) || isInvited(ctx, memberId)) return { ok: true };
  return { ok: false, code: 'memberUnknown', citation: 'council.composition', values: { memberId } };
}

/** An item is put to the council once per session. */
export function checkItemOpen(ctx: CouncilVoteContext, itemId: string): Verdict {
  if (!ctx.openedItems.includes(itemId)) return { ok: true };
  return { ok: false, code: 'itemAlreadyOpened', citation: 'council.chair', values: { itemId } };
}

/** One vote per item: an item already decided is not voted again. */
export function checkVoteOpen(ctx: CouncilVoteContext): Verdict {
  const itemId = ctx.currentItem?.itemId ?? null;
  if (!ctx.decisions.some((d) => d.itemId === itemId)) return { ok: true };
  return { ok: false, code: 'itemAlreadyDecided', citation: 'council.chair', values: { itemId } };
}

/**
 * Only a present permanent member votes, once per item (Council Regulation: equality, one
 * vote each); invited participants take part in discussion but never vote.
 */
export function checkVoteCast(ctx: CouncilVoteContext, memberId: string): Verdict {
  if (isInvited(ctx, memberId)) {
    return { ok: false, code: 'invitedCannotVote', citation: 'council.invited', values: { memberId } };
  }
  if (!isPermanent(ctx, memberId)) return { ok: false, code: 'memberUnknown', citation: 'council.composition', values: { memberId } };
  if (!isPresent(ctx, memberId)) return { ok: false, code: 'voterNotPresent', citation: 'council.equality', values: { memberId } };
  const previous = ctx.votes[memberId];
  if (previous !== undefined) {
    return { ok: false, code: 'voteAlreadyCast', citation: 'council.equality', values: { memberId, choice: previous } };
  }
  return { ok: true };
}

/** A vote closes only in a quorate meeting: an inquorate one cannot decide. */
export function checkVoteClose(ctx: CouncilVoteContext): Verdict {
  const q = checkQuorum(ctx);
  if (q.ok) return q;
  return { ...q, code: 'quorumLost' };
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
  d.ballots = Object.fromEntries(ctx.body.permanentMembers.filter((id) => ctx.present.includes(id)).map((id) => [id, ctx.votes[id] ?? 'none']));
  return d;
}

type EventType = CouncilEvent['type'];

/**
 * Why an event is not handled in a state (the machine says so; the core asks this only then): the
 * order of business (the chair conducts the session item by item), with the most telling code for
 * the usual mistakes.
 */
export function whyNotInState(state: CouncilState, ctx: CouncilVoteContext, type: EventType): Verdict {
  const values = { state, event: type };
  if (type === 'session.convene') return { ok: false, code: 'sessionAlreadyConvened', citation: 'council.sessions', values };
  if (state === 'idle') return { ok: false, code: 'sessionNotConvened', citation: 'council.sessions', values };
  if (state === 'registration' || state === 'inquorate') {
    const q = quorumStatus(ctx, ctx.present);
    return { ok: false, code: 'quorumNotEstablished', citation: quorumCitation(ctx.body.kind), values: { ...values, present: q.present, permanent: q.permanent, needed: q.needed } };
  }
  if (type === 'vote.cast' || type === 'vote.close') return { ok: false, code: 'voteNotOpen', citation: 'council.chair', values };
  if (state === 'voting') return { ok: false, code: 'voteStillOpen', citation: 'council.chair', values };
  if (type === 'item.open') return { ok: false, code: 'itemInProgress', citation: 'council.chair', values: { ...values, itemId: ctx.currentItem?.itemId ?? null } };
  return { ok: false, code: 'itemNotOpen', citation: 'council.chair', values };
}

/** Every refusal code the session's rules return (the core adds its own); each has kk/ru/en labels. */
export const CODES = [
  'quorumNotMet',
  'quorumLost',
  'quorumNotEstablished',
  'memberUnknown',
  'itemAlreadyOpened',
  'itemAlreadyDecided',
  'invitedCannotVote',
  'voterNotPresent',
  'voteAlreadyCast',
  'sessionAlreadyConvened',
  'sessionNotConvened',
  'voteNotOpen',
  'voteStillOpen',
  'itemInProgress',
  'itemNotOpen',
] as const;
export type CouncilCode = (typeof CODES)[number];

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
