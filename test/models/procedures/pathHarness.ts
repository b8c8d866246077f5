/**
 * The model-based path check shared by the procedures of issue 10 (representation, appeal, complaint,
 * actSuspension, forcedBringing): xstate/graph's shortest paths to every (state, incoming transition),
 * the buttons of offers() as the events tried, every path replayed through the shared core (the
 * runner's fold) and on a live actor, every declared transition covered, and explain() agreeing with
 * the machine on every offered and extra event in every reached snapshot.
 */
import { expect } from 'vitest';
import { createActor, type AnyMachineSnapshot, type AnyStateNode } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { replay, stateValueString } from '../../../models/procedures/core/replay';
import type { ProcedureDefinition } from '../../../models/procedures/core/types';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Ev = { type: string };

export interface PathOptions {
  /** The inputs to explore from; coverage is their union. */
  inputs: unknown[];
  /** Every leaf state value the procedure has (dot-separated). */
  leaves: readonly string[];
  /** The facts beside the state that open new transitions (a hearing day reached...), for the graph's vertices. */
  keyOf?: (s: AnyMachineSnapshot) => string;
  /** More events to try for agreement in each reached snapshot (refused variants, odd payloads). */
  extraEvents?: (s: AnyMachineSnapshot) => Ev[];
}

/** Generous: the machine is shared, and the whole check is one test. */
export const PATH_TEST_TIMEOUT = 60_000;

export interface PathCounts {
  states: number;
  transitions: number;
  paths: number;
  agreementChecks: number;
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

/** Every (source node, event, target node) the machine declares; `always` counted as the event 'always'. */
export function declaredTransitions(def: AnyDef): Set<string> {
  const out = new Set<string>();
  for (const node of allNodes(def.machine.root as AnyStateNode)) {
    for (const [type, defs] of node.transitions) for (const d of defs) out.add(`${node.id} --${type}--> ${d.target?.[0]?.id ?? '(stays)'}`);
    for (const d of node.always ?? []) out.add(`${node.id} --always--> ${d.target?.[0]?.id ?? '(stays)'}`);
  }
  return out;
}

function takenBy(declared: Set<string>, prev: AnyMachineSnapshot, event: Ev, next: AnyMachineSnapshot): string[] {
  const taken: string[] = [];
  const sameLeaf = stateValueString(prev) === stateValueString(next);
  for (const t of declared) {
    const [source, rest] = t.split(' --') as [string, string];
    const [type, target] = rest.split('--> ') as [string, string];
    if (!prev._nodes.some((n) => n.id === source)) continue;
    const arrived = target === '(stays)' ? sameLeaf : next._nodes.some((n) => n.id === target);
    if (!arrived) continue;
    if (type === event.type) taken.push(t);
    if (type === 'always' && !sameLeaf) taken.push(t);
  }
  return taken;
}

/** Runs the whole check and returns the counts (the caller prints them once). */
export function checkModelPaths(def: AnyDef, opts: PathOptions): PathCounts {
  const keyOf = opts.keyOf ?? ((s: AnyMachineSnapshot) => stateValueString(s));
  const declared = declaredTransitions(def);
  const covered = new Set<string>();
  const reached = new Set<string>();
  let pathCount = 0;
  let agreementChecks = 0;
  const valid = (e: Ev) => (def.eventSchema as { safeParse(x: unknown): { success: boolean } }).safeParse(e).success;

  const agree = (s: AnyMachineSnapshot) => {
    const events = [...def.offers(s).map((o) => o.event as Ev), ...(opts.extraEvents?.(s) ?? [])];
    if (s.status !== 'active') expect(def.offers(s)).toEqual([]);
    for (const e of events) {
      if (!valid(e)) {
        expect(def.explain(s, e).ok, `malformed ${JSON.stringify(e)} refused`).toBe(false);
        continue;
      }
      const verdict = def.explain(s, e);
      const can = s.status === 'active' && s.can(e);
      expect(verdict.ok, `explain vs can for ${JSON.stringify(e)} in ${stateValueString(s)}: ${JSON.stringify(verdict)}`).toBe(can);
      if (!verdict.ok) expect(def.codeLabels?.[verdict.code], `label of ${verdict.code}`).toBeDefined();
      agreementChecks += 1;
    }
  };

  for (const input of opts.inputs) {
    const model = createTestModel(def.machine, {
      input,
      events: (s) => def.offers(s as AnyMachineSnapshot).map((o) => o.event as Ev) as never,
      filterEvents: (s, e) => valid(e as Ev) && (s as AnyMachineSnapshot).can(e as Ev),
      serializeState: (s, e, prev) => `${keyOf(s as AnyMachineSnapshot)}${e && prev ? ` via ${(e as Ev).type} from ${keyOf(prev as AnyMachineSnapshot)}` : ''}`,
    });
    const paths = model.getShortestPaths();
    pathCount += paths.length;
    for (const p of paths) {
      reached.add(stateValueString(p.state));
      const events = p.steps.slice(1).map((st) => st.event as Ev);
      // The runner's fold: every step accepted, and it ends where the model says.
      const steps = replay(def, input, events);
      for (const st of steps) expect(st.verdict.ok, `${p.description}: step ${st.index} ${JSON.stringify(st.event)}`).toBe(true);
      const last = steps.at(-1)?.snapshot;
      if (last) {
        // The graph merges snapshots that differ only in the date into one vertex: compare by key.
        expect(keyOf(last)).toBe(keyOf(p.state as AnyMachineSnapshot));
      }
      // A live actor agrees with the fold.
      const actor = createActor(def.machine, { input }).start();
      for (const e of events) actor.send(e);
      if (last) expect(actor.getSnapshot().context).toEqual(last.context);
      expect(actor.getSnapshot().value).toEqual(p.state.value);
      actor.stop();
      for (let i = 1; i < p.steps.length; i += 1) {
        const prev = p.steps[i - 1];
        const cur = p.steps[i];
        if (prev && cur) for (const t of takenBy(declared, prev.state as AnyMachineSnapshot, cur.event as Ev, cur.state as AnyMachineSnapshot)) covered.add(t);
      }
      // Agreement on the snapshot the fold reached (the model's own vertex differs from it only in the date).
      agree(last ?? (p.state as AnyMachineSnapshot));
    }
  }
  expect([...reached].sort()).toEqual([...opts.leaves].sort());
  const missing = [...declared].filter((t) => !covered.has(t));
  expect(missing).toEqual([]);
  return { states: reached.size, transitions: covered.size, paths: pathCount, agreementChecks };
}
