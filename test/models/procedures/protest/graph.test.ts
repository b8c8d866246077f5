/**
 * Model-based tests (xstate/graph): shortest paths to every (state, incoming transition), one `it`
 * per path, each replayed on a live actor that must agree with the model and keep the protest's
 * invariants. The events tried in each snapshot are the procedure's own offers(), so the buttons
 * the simulator shows are enough to reach everything.
 */
import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition, type AnyMachineSnapshot, type AnyStateNode } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { stateValueString } from '../../../../models/procedures/core/replay';
import {
  protestDefinition,
  protestEventSchema,
  protestMachine,
  protestPhase,
  type ProtestContext,
  type ProtestEvent,
} from '../../../../models/procedures/protest';
import { protestInput } from './helpers';

const input = protestInput({ startDate: '2025-03-11' });

const LEAVES = [
  'draft',
  'pending.awaitingHearing',
  'pending.scheduled',
  'withdrawn',
  'considered.satisfied',
  'considered.partiallySatisfied',
  'considered.rejected',
  'notConsidered',
  'inCourt',
  'closed',
] as const;

const EVENT_TYPES: ProtestEvent['type'][] = protestEventSchema.options.map((o) => o.shape.type.value);

function eventsFor(s: AnyMachineSnapshot): ProtestEvent[] {
  return protestDefinition.offers(s).map((o) => o.event);
}

/** The state plus the two facts that open new transitions: the act suspended, the hearing day reached. */
function keyOf(s: AnyMachineSnapshot): string {
  const c = s.context as ProtestContext;
  const due = c.hearingDate !== null && c.date >= c.hearingDate;
  return `${stateValueString(s)}${c.suspended ? '+suspended' : ''}${due ? '+hearingDue' : ''}`;
}

const model = createTestModel(protestMachine, {
  input,
  events: (s) => eventsFor(s as AnyMachineSnapshot),
  // Only accepted events are transitions; rejections are tested elsewhere, by code. The graph adds a
  // bare `{ type }` for every event a state takes that offers() did not list: those are not valid events.
  filterEvents: (s, e) => protestEventSchema.safeParse(e).success && (s as AnyMachineSnapshot).can(e),
  // One vertex per (state, the transition that entered it): shortest paths then cover every transition.
  serializeState: (s, e, prev) => `${keyOf(s as AnyMachineSnapshot)}${e && prev ? ` via ${e.type} from ${keyOf(prev as AnyMachineSnapshot)}` : ''}`,
});

const paths = model.getShortestPaths();

/** The invariants every reachable snapshot keeps. */
function checkInvariants(s: AnyMachineSnapshot): void {
  const c = s.context as ProtestContext;
  const phase = protestPhase(s);
  expect(c.date >= c.startDate).toBe(true);
  if (phase === 'draft') {
    expect(c.broughtOn).toBeNull();
    expect(c.deadline).toBeNull();
  } else {
    // Once brought, the deadline is in context for everyone to see.
    expect(c.broughtOn).not.toBeNull();
    expect(c.deadline).not.toBeNull();
    expect(c.term).not.toBeNull();
  }
  if (phase === 'awaitingHearing' || phase === 'scheduled') {
    expect(c.deadline !== null && c.date <= c.deadline).toBe(true);
    expect(c.outcome).toBeNull();
  }
  if (phase === 'scheduled') {
    expect(c.hearingDate).not.toBeNull();
    expect(c.deadline !== null && c.hearingDate !== null && c.hearingDate <= c.deadline).toBe(true);
  }
  if (phase === 'satisfied' || phase === 'partiallySatisfied' || phase === 'rejected') {
    expect(c.outcome).toBe(phase);
    expect(c.consideredOn !== null && c.deadline !== null && c.consideredOn <= c.deadline).toBe(true);
    expect(c.hearingDate !== null && c.consideredOn !== null && c.hearingDate <= c.consideredOn).toBe(true);
  }
  if (phase === 'notConsidered') {
    expect(c.outcome).toBeNull();
    expect(c.deadline !== null && c.date > c.deadline).toBe(true);
  }
  if (phase === 'withdrawn') expect(c.outcome).toBeNull();
  if (phase === 'inCourt' || phase === 'closed') {
    expect(c.courtFiledOn).not.toBeNull();
    expect(c.outcome === 'satisfied').toBe(false);
    expect(c.outcome !== null || c.lapsedOn !== null).toBe(true);
  }
  if (phase === 'closed') expect(c.courtOutcome).not.toBeNull();
  if (s.status === 'active') {
    for (const o of protestDefinition.offers(s)) {
      expect(protestEventSchema.safeParse(o.event).success).toBe(true);
      expect(protestDefinition.explain(s, o.event).ok).toBe(s.can(o.event));
    }
  } else {
    expect(protestDefinition.offers(s)).toEqual([]);
  }
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

/** Every (source node, event, target node) the machine declares; `always` counted as the event 'always'. */
function declaredTransitions(): Set<string> {
  const out = new Set<string>();
  for (const node of allNodes(protestMachine.root)) {
    for (const [type, defs] of node.transitions) {
      for (const d of defs) out.add(`${node.id} --${type}--> ${d.target?.[0]?.id ?? '(stays)'}`);
    }
    for (const d of node.always ?? []) out.add(`${node.id} --always--> ${d.target?.[0]?.id ?? '(stays)'}`);
  }
  return out;
}

/** Which declared transitions a step from `prev` to `next` on `event` took. */
function takenBy(prev: AnyMachineSnapshot, event: ProtestEvent, next: AnyMachineSnapshot): string[] {
  const taken: string[] = [];
  const sameLeaf = stateValueString(prev) === stateValueString(next);
  for (const t of declaredTransitions()) {
    const [source, rest] = t.split(' --');
    const [type, target] = rest.split('--> ');
    const inSource = prev._nodes.some((n) => n.id === source);
    if (!inSource) continue;
    const arrived = target === '(stays)' ? sameLeaf : next._nodes.some((n) => n.id === target);
    if (!arrived) continue;
    if (type === event.type) taken.push(t);
    // An eventless transition fires right after the event that made its guard true.
    if (type === 'always' && !sameLeaf) taken.push(t);
  }
  return taken;
}

describe('protest model paths', () => {
  it('reach every state and every declared transition', () => {
    const reached = new Set(paths.map((p) => stateValueString(p.state)));
    expect([...reached].sort()).toEqual([...LEAVES].sort());
    const covered = new Set<string>();
    for (const p of paths) {
      for (let i = 1; i < p.steps.length; i += 1) {
        const prev = p.steps[i - 1];
        const cur = p.steps[i];
        if (prev && cur) for (const t of takenBy(prev.state, cur.event, cur.state)) covered.add(t);
      }
    }
    const declared = declaredTransitions();
    const missing = [...declared].filter((t) => !covered.has(t));
    expect(missing).toEqual([]);
    expect(covered.size).toBeGreaterThanOrEqual(15);
    console.log(`protest model paths: ${paths.length} paths, ${reached.size} states, ${covered.size} transitions covered (${declared.size} declared)`);
  });

  for (const path of paths) {
    it(`reaches ${path.description}`, async () => {
      // The system under test: a live actor, checked against the pure fold of transition() (the
      // runner's way) over the same events. The model's own snapshots share a vertex across dates,
      // so they are compared by key (state and flags), not by date.
      const actor = createActor(protestMachine, { input }).start();
      let [pure] = initialTransition(protestMachine, input) as [AnyMachineSnapshot, unknown];
      const send = (step: { event: { type: string } }) => {
        const event = step.event as ProtestEvent;
        actor.send(event);
        [pure] = transition(protestMachine, pure, event) as [AnyMachineSnapshot, unknown];
      };
      const result = await path.test({
        events: Object.fromEntries(EVENT_TYPES.map((t) => [t, send])),
        states: Object.fromEntries(
          LEAVES.map((leaf) => [
            leaf,
            (modelSnapshot: AnyMachineSnapshot) => {
              const live = actor.getSnapshot();
              expect(stateValueString(live)).toBe(leaf);
              expect(keyOf(live)).toBe(keyOf(modelSnapshot));
              expect(live.context).toEqual(pure.context);
              checkInvariants(live);
            },
          ]),
        ),
      });
      expect(result.state.error).toBeNull();
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    });
  }
});
