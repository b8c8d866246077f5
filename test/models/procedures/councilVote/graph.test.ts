/**
 * Model-based tests (xstate/graph): shortest paths to every (state, incoming transition), one
 * `it` per path, each replayed on a live actor that must agree with the model and keep the
 * session's invariants. A small council: chair + 2 members (quorum 2 of 3) and one invited.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { createTestModel, type TestPath } from 'xstate/graph';
import {
  COUNCIL_STATES,
  councilVoteDefinition,
  councilVoteMachine,
  type CouncilVoteContext,
  type CouncilVoteEvent,
  type CouncilVoteInput,
} from '../../../../models/procedures/councilVote';

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
 * What the guards read, and nothing else (not the session kind, the order of arrival or the figures of
 * past decisions): the graph stays at about 1,500 snapshots.
 */
function keyOf(s: AnyMachineSnapshot): string {
  const c = s.context as CouncilVoteContext;
  return JSON.stringify([s.value, c.date, [...c.present].sort(), Object.entries(c.votes).sort(), c.currentItem?.itemId ?? null, [...c.openedItems].sort(), c.decisions.map((d) => d.itemId).sort()]);
}

const model = createTestModel(councilVoteMachine, {
  input,
  events: (s) => eventsFor(s as AnyMachineSnapshot),
  // Only accepted events are transitions; rejections are tested elsewhere, by code. (can() answers
  // true for the root's time events even in a final state, which takes no event: hence the status.)
  filterEvents: (s, e) => s.status === 'active' && s.can(e),
  // A vertex is a snapshot together with the transition that entered it, so that the shortest
  // paths end on every transition of the machine, not only on every snapshot.
  serializeState: (s, e, prev) => `${keyOf(s)}${e && prev ? ` via ${transitionName(prev, e, s)}` : ''}`,
  // Once the clock has moved, stop: the rest of the graph is the same a day later.
  stopWhen: (s) => s.context.date !== input.startDate,
});

function transitionName(from: AnyMachineSnapshot, e: { type: string }, to: AnyMachineSnapshot): string {
  return `${valueOf(from)} --${e.type}--> ${valueOf(to)}`;
}

/** One path per transition of the machine (source state, event type, target state): the shortest that ends on it. */
function transitionPaths() {
  const best = new Map<string, TestPath<AnyMachineSnapshot, CouncilVoteEvent>>();
  for (const p of model.getShortestPaths({ allowDuplicatePaths: true })) {
    const last = p.steps.at(-1);
    const before = p.steps.at(-2);
    if (!last || !before) continue;
    const name = transitionName(before.state, last.event, last.state);
    const known = best.get(name);
    if (!known || p.steps.length < known.steps.length) best.set(name, p);
  }
  return best;
}

const paths = transitionPaths();

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

/** Every (source, event, target) the machine declares, root time events included for non-final states. */
function declaredTransitions(): Set<string> {
  const out = new Set<string>();
  for (const [key, node] of Object.entries(councilVoteMachine.root.states)) {
    if (node.type === 'final') continue;
    for (const [type, defs] of node.transitions) {
      for (const d of defs) out.add(`${key} --${type}--> ${d.target?.[0]?.key ?? key}`);
    }
    out.add(`${key} --time.advance--> ${key}`);
    out.add(`${key} --time.advanceTo--> ${key}`);
  }
  return out;
}

describe('councilVote model paths', () => {
  it('reach every state and every declared transition', () => {
    const reached = new Set([...paths.keys()].map((name) => name.split('--> ')[1] ?? ''));
    expect([...reached, 'idle'].filter((v, i, all) => all.indexOf(v) === i).sort()).toEqual([...COUNCIL_STATES].sort());
    const declared = declaredTransitions();
    // 6 working states; quorum.check has two targets in registration and agenda; two time events each.
    expect(declared.size).toBe(36);
    const missing = [...declared].filter((t) => !paths.has(t));
    expect(missing).toEqual([]);
    console.log(`councilVote model paths: ${paths.size} paths, ${COUNCIL_STATES.length} states, ${declared.size - missing.length} of ${declared.size} declared transitions`);
  });

  for (const [name, path] of paths) {
    it(`${name} (${path.steps.length - 1} events)`, async () => {
      const actor = createActor(councilVoteMachine, { input }).start();
      const send = (step: { event: { type: string } }) => {
        const event = step.event as CouncilVoteEvent;
        expect(actor.getSnapshot().can(event)).toBe(true);
        actor.send(event);
      };
      const result = await path.test({
        events: Object.fromEntries(path.steps.filter((st) => (st.event.type as string) !== 'xstate.init').map((st) => [st.event.type, send])),
        states: Object.fromEntries(
          COUNCIL_STATES.map((st) => [
            st,
            () => {
              const live = actor.getSnapshot();
              expect(live.value).toBe(st);
              checkInvariants(live);
            },
          ]),
        ),
      });
      expect(result.state.error).toBeNull();
      expect(keyOf(actor.getSnapshot())).toBe(keyOf(path.state));
    });
  }
});
