import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { replay, stateValueString } from '../../../../models/procedures/core';
import { inspectionDefinition, inspectionEventSchema, inspectionMachine, inspectionOffers, type InspectionInput } from '../../../../models/procedures/inspection';

/**
 * Model-based paths: one shortest path to every (state, incoming transition) pair, so every
 * state and every transition the machine declares is reached with an event the law accepts.
 * Candidate events are the procedure's own offers, filtered by what the machine accepts.
 */
const input: InspectionInput = {
  startDate: '2025-05-05',
  initiator: { role: 'regionalProsecutor' },
  basis: 'decision',
  ground: 'businessInterference',
  subject: { kind: 'business', secret: true },
  area: 'general',
};

const key = (value: string, prev: string, type: string) => `${value} <- ${prev} : ${type}`;

const model = createTestModel(inspectionMachine, {
  input,
  events: (snapshot) => inspectionOffers(snapshot).map((o) => o.event),
  // Only events that are well-formed and that the machine takes: a rejected event is no transition.
  filterEvents: (snapshot, event) => inspectionEventSchema.safeParse(event).success && snapshot.can(event),
  serializeState: (snapshot, event, prev) => key(stateValueString(snapshot), prev ? stateValueString(prev) : '', event?.type ?? ''),
});

const paths = model.getShortestPaths();

/** (atomic state, event type) for every transition declared on the state or its ancestors. */
function declaredTransitions(): Set<string> {
  const out = new Set<string>();
  const visit = (node: AnyStateNode, path: string[]) => {
    const children = Object.entries(node.states);
    if (children.length) {
      for (const [name, child] of children) visit(child, [...path, name]);
      return;
    }
    if (node.type === 'final') return;
    for (let n: AnyStateNode | undefined = node; n; n = n.parent) for (const type of Object.keys(n.config.on ?? {})) out.add(`${path.join('.')} : ${type}`);
  };
  visit(inspectionMachine.root, []);
  return out;
}

describe('inspection machine, model-based', () => {
  for (const path of paths) {
    const events = path.steps.map((s) => s.event).filter((e) => !e.type.startsWith('xstate.'));
    const target = stateValueString(path.state);
    it(`reaches ${target} via ${events.map((e) => e.type).join(' > ') || '(start)'}`, () => {
      const steps = replay(inspectionDefinition, input, events);
      for (const s of steps) expect(s.verdict, `${s.event.type} at step ${s.index}`).toEqual({ ok: true });
      const final = steps.at(-1)?.snapshot;
      expect(final ? stateValueString(final) : 'draft').toBe(target);
    });
  }

  it('covers every top-level and nested state', () => {
    const reached = new Set(paths.map((p) => stateValueString(p.state)));
    expect([...reached].sort()).toEqual(
      ['appointed', 'awaitingConsent', 'certificateHanded', 'completed', 'consentRefused', 'decided', 'draft', 'inProgress.accessRefused', 'inProgress.active', 'inProgress.suspended'].sort(),
    );
  });

  it('covers every declared transition', () => {
    const covered = new Set<string>();
    for (const p of paths) {
      const steps = p.steps.filter((s) => !s.event.type.startsWith('xstate.'));
      let prev = 'draft';
      for (const s of steps) {
        covered.add(`${prev} : ${s.event.type}`);
        prev = stateValueString(s.state);
      }
    }
    const declared = declaredTransitions();
    expect(declared.size).toBe(44); // 8 non-final atomic states; time events on each
    const missing = [...declared].filter((t) => !covered.has(t));
    expect(missing).toEqual([]);
    console.log(`inspection model paths: ${paths.length} paths, ${new Set(paths.map((p) => stateValueString(p.state))).size} states, ${covered.size} of ${declared.size} declared transitions`);
  });
});
