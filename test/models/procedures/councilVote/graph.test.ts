/**
 * Model-based tests through the one harness (test/helpers/replay.ts): shortest paths to every (state,
 * incoming transition), each replayed through the shared core and on a live actor, every snapshot on the
 * way keeping the session's invariants, explain() agreeing with the machine in every reached snapshot.
 * A small council: chair + 2 members (quorum 2 of 3) and one invited.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  COUNCIL_STATES,
  councilVoteDefinition,
  type CouncilVoteContext,
  type CouncilVoteEvent,
  type CouncilVoteInput,
} from '../../../../models/procedures/councilVote';
import { PATH_TEST_TIMEOUT, checkModelPaths, declaredTransitions } from '../../../helpers/replay';

const input: CouncilVoteInput = {
  startDate: '2025-06-10',
  body: { kind: 'coordinationCouncil', level: 'regional', chairId: 'oblast-almaty', permanentMembers: ['oblast-almaty', 'agency-dp', 'agency-knb-dept'], invited: ['agency-akimat'] },
};
const everyone = [...input.body.permanentMembers, ...(input.body.invited ?? [])];

/**
 * The events worth trying in a snapshot: every attendance toggle, every member's vote for (the other
 * choices take the same transition and are the unit tests' business), one item (a second one multiplies
 * the graph by five and adds no transition) and the clock once, from the start date only.
 */
function eventsFor(s: AnyMachineSnapshot): CouncilVoteEvent[] {
  const ctx = s.context as CouncilVoteContext;
  const atStart = ctx.date === input.startDate;
  return [
    { type: 'session.convene', kind: 'regular' },
    { type: 'session.convene', kind: 'extraordinary' },
    ...everyone.map((memberId): CouncilVoteEvent => ({ type: 'attendance.mark', memberId, present: !ctx.present.includes(memberId) })),
    { type: 'quorum.check' },
    { type: 'item.open', itemId: 'i1' },
    { type: 'vote.open' },
    ...everyone.map((memberId): CouncilVoteEvent => ({ type: 'vote.cast', memberId, choice: 'for' })),
    { type: 'vote.close' },
    { type: 'item.next' },
    { type: 'session.adjourn' },
    { type: 'session.close' },
    ...(atStart ? ([{ type: 'time.advance', days: 1 }, { type: 'time.advanceTo', date: '2025-06-12' }] as const) : []),
  ];
}

const valueOf = (s: AnyMachineSnapshot) => String(s.value as string);

/**
 * What opens a transition, by number, not by name: how many permanent members are present (the quorum),
 * an item on the floor, items opened and decided. Which member came, who voted how and the invited
 * participant never open another transition (their refusals are checked by agreement in every vertex);
 * the clock stops the walk (stopWhen). The graph stays at about a hundred vertices.
 */
function keyOf(s: AnyMachineSnapshot): string {
  const c = s.context as CouncilVoteContext;
  const permanent = c.present.filter((id) => c.body.permanentMembers.includes(id)).length;
  return JSON.stringify([s.value, permanent, c.currentItem !== null, c.openedItems.length, c.decisions.length]);
}

/** The invariants every reachable snapshot keeps. */
function checkInvariants(s: AnyMachineSnapshot): void {
  const c = s.context as CouncilVoteContext;
  for (const [id] of Object.entries(c.votes)) {
    expect(c.body.permanentMembers).toContain(id);
    expect(c.present).toContain(id);
  }
  expect(c.decisions.length).toBeLessThanOrEqual(c.openedItems.length);
  expect(new Set(c.decisions.map((d) => d.itemId)).size).toBe(c.decisions.length);
  for (const d of c.decisions) expect(d.for + d.against + d.abstain).toBeLessThanOrEqual(d.present);
  expect(c.quorum.present).toBe(c.present.filter((id) => c.body.permanentMembers.includes(id)).length);
  if (s.status === 'active') {
    for (const o of councilVoteDefinition.offers(s)) expect(councilVoteDefinition.explain(s, o.event).ok).toBe(s.can(o.event));
  }
}

describe('councilVote model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(councilVoteDefinition, {
      inputs: [input],
      leaves: COUNCIL_STATES,
      events: eventsFor,
      keyOf,
      // A vertex is a snapshot together with the transition that entered it, named by the state it came from.
      fromKeyOf: valueOf,
      // Once the clock has moved, stop: the rest of the graph is the same a day later.
      stopWhen: (s) => (s.context as CouncilVoteContext).date !== input.startDate,
      invariants: checkInvariants,
      extraEvents: () => [
        { type: 'vote.cast', memberId: 'agency-akimat', choice: 'against' },
        { type: 'vote.cast', memberId: 'nobody', choice: 'for' },
        { type: 'vote.cast', memberId: 'agency-dp', choice: 'maybe' },
        { type: 'attendance.mark', memberId: 'nobody', present: true },
        { type: 'time.advanceTo', date: '2000-01-01' },
        { type: 'nonsense' },
      ],
    });
    console.log(
      `councilVote: ${counts.states} states, ${counts.transitions} transitions (of ${declaredTransitions(councilVoteDefinition).size} declared), ${counts.leafEvents} (state, event) pairs, ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`,
    );
    expect(counts.states).toBe(COUNCIL_STATES.length);
    // Every event in every working state, the root's time events included: 6 non-final states.
    expect(counts.leafEventsMissing).toEqual([]);
  }, PATH_TEST_TIMEOUT);
});
