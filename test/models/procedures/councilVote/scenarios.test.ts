/** Every public/scenarios/council-*.json, replayed through the one harness, ends where it says it does. */
import { describe, expect } from 'vitest';
import type { Decision } from '../../../../models/procedures/councilVote';
import { sampleTests, type Expected } from '../../../helpers/replay';

interface CouncilExpected {
  state: string;
  decisions: Pick<Decision, 'itemId' | 'for' | 'against' | 'abstain' | 'present' | 'adopted' | 'rule'>[];
  /** The rejected steps, by 1-based step number, with their codes. */
  rejected: Record<number, string>;
}

const EXPECTED: Record<string, CouncilExpected> = {
  'council-republican-two-items.json': {
    state: 'closed',
    decisions: [
      { itemId: 'juvenile-crime', for: 6, against: 0, abstain: 1, present: 7, adopted: true, rule: 'ofPresent' },
      { itemId: 'online-fraud', for: 5, against: 1, abstain: 1, present: 7, adopted: true, rule: 'ofPresent' },
    ],
    rejected: { 20: 'invitedCannotVote', 32: 'voteAlreadyCast' },
  },
  'council-inquorate-adjourned.json': { state: 'adjourned', decisions: [], rejected: { 8: 'quorumNotEstablished' } },
  'council-tie.json': {
    state: 'closed',
    decisions: [{ itemId: 'rail-theft', for: 3, against: 3, abstain: 0, present: 6, adopted: false, rule: 'ofPresent' }],
    rejected: {},
  },
  'council-quorum-lost.json': { state: 'adjourned', decisions: [], rejected: { 15: 'quorumLost' } },
  'council-collegium-total-majority.json': {
    state: 'closed',
    decisions: [{ itemId: 'appeals-review', for: 5, against: 1, abstain: 1, present: 7, adopted: false, rule: 'ofTotal' }],
    rejected: {},
  },
  'council-casting-vote.json': {
    state: 'closed',
    decisions: [{ itemId: 'rail-theft', for: 3, against: 3, abstain: 0, present: 6, adopted: true, rule: 'ofPresent' }],
    rejected: {},
  },
};

/** The harness's expectation: the state, the rejected steps, and the decisions taken on the start date. */
function expectation(want: CouncilExpected): Expected {
  return {
    state: want.state,
    rejected: want.rejected,
    check: (context, file) => {
      const decisions = (context.decisions ?? []) as Decision[];
      expect(decisions.map(({ itemId, for: f, against, abstain, present, adopted, rule }) => ({ itemId, for: f, against, abstain, present, adopted, rule }))).toEqual(want.decisions);
      expect(context.date).toBe((file.input as { startDate: string }).startDate);
    },
  };
}

describe('council scenarios', () => {
  sampleTests('councilVote', Object.fromEntries(Object.entries(EXPECTED).map(([f, want]) => [f, expectation(want)])), { notes: 'whereGiven', atLeast: 5 });
});
