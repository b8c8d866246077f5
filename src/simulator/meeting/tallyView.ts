/**
 * The votes the tally panel looks at, and the sentence that says which rule decided them.
 * The arithmetic is the model's tally(); nothing here restates a rule.
 */
import type { TFunction } from 'i18next';
import { tally, type Choice, type CouncilVoteContext, type Decision, type MajorityRule, type TallyResult } from '../../../models/procedures/councilVote';

export interface VoteSet {
  /** 'live': the open (or just closed) vote; 'last': rebuilt from the last decision record. */
  source: 'live' | 'last';
  votes: Choice[];
  present: number;
  members: number;
  /** Undefined when unknown (a decision record keeps counts, not who voted how). */
  chairVote?: Choice;
  itemId: string;
}

export function voteSetOf(ctx: CouncilVoteContext): VoteSet | null {
  if (ctx.currentItem && Object.keys(ctx.votes).length > 0) {
    const set: VoteSet = { source: 'live', votes: Object.values(ctx.votes), present: ctx.quorum.present, members: ctx.quorum.permanent, itemId: ctx.currentItem.itemId };
    const chairVote = ctx.votes[ctx.body.chairId];
    if (chairVote !== undefined) set.chairVote = chairVote;
    return set;
  }
  // An item on the floor, not voted yet: nothing to count (the previous item's result would mislead).
  if (ctx.currentItem && !ctx.decisions.some((d) => d.itemId === ctx.currentItem?.itemId)) return null;
  const last = ctx.decisions.at(-1);
  if (!last) return null;
  const votes: Choice[] = [...Array<Choice>(last.for).fill('for'), ...Array<Choice>(last.against).fill('against'), ...Array<Choice>(last.abstain).fill('abstain')];
  return { source: 'last', votes, present: last.present, members: ctx.body.permanentMembers.length, itemId: last.itemId };
}

export function tallyUnder(set: VoteSet, rule: MajorityRule, casting: boolean): TallyResult {
  return tally(set.votes, set.present, set.members, rule, casting, set.chairVote);
}

/** "majority of members present: 5 of 9 present, 3 needed, 4 for" (+ the tie, if any). */
export function ruleSentence(r: TallyResult, members: number, t: TFunction<'meeting'>): string {
  const base = t(`tally.${r.rule}`, { present: r.present, members, needed: r.needed, for: r.for, against: r.against });
  if (!r.tie) return base;
  return `${base}; ${r.adopted ? t('tally.casting') : t('tally.tieLost')}`;
}

/** A decision record re-tallied to say which rule decided it (the record keeps counts, not who voted how). */
export function decisionTally(d: Decision, ctx: CouncilVoteContext): TallyResult {
  const votes: Choice[] = [...Array<Choice>(d.for).fill('for'), ...Array<Choice>(d.against).fill('against'), ...Array<Choice>(d.abstain).fill('abstain')];
  // A recorded adoption on a tie can only have come from the chair's casting vote for.
  return tally(votes, d.present, ctx.body.permanentMembers.length, d.rule, ctx.rules.chairCastingVote, d.adopted ? 'for' : undefined);
}
