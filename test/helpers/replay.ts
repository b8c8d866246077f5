/**
 * The one replay harness of every procedure's tests, in three parts:
 * - play(): folds events through the shared core's step() (explain() first, then the machine), checking
 *   at every step that explain() and the machine agree on every well-formed event, so a test cannot pass
 *   on a verdict the machine would contradict;
 * - checkModelPaths(): the model-based walk (xstate/graph's shortest paths to every (state, incoming
 *   transition)), every path replayed through play() and on a live actor, every declared transition and
 *   every leaf state reached, explain() agreeing with the machine in every reached snapshot;
 * - sampleTests(): the sample scenarios of public/scenarios/, read and replayed as `npm run scenario` does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot, type AnyStateNode } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { PROCEDURES, runScenario, tryParseScenario } from '../../models/procedures';
import { formatRow, initialSnapshot, stateValueString, step, type ScenarioFile, type ScenarioRow } from '../../models/procedures/core';
import type { ProcedureDefinition, ProcedureId, Step, Verdict } from '../../models/procedures/core/types';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Ev = { type: string };

// ---------------------------------------------------------------------------------------------------
// play: one run

export interface Played<TEvent extends { type: string }, TContext> {
  steps: Step<TEvent>[];
  verdicts: Verdict[];
  /** Each step's verdict as 'ok' or its refusal code, e.g. ['ok', 'hearingNoticeTooShort']. */
  codes: string[];
  /** The snapshot after the last event (the initial one for no events). */
  snapshot: AnyMachineSnapshot;
  ctx: TContext;
  /** The dotted state value, e.g. 'inProgress.suspended'. */
  state: string;
  /** The last step, if any, and its verdict ({ ok: true } for no events). */
  step: Step<TEvent>;
  verdict: Verdict;
}

function disagreement(def: AnyDef, snapshot: AnyMachineSnapshot, event: Ev): string | null {
  if (!def.eventSchema.safeParse(event).success) return null;
  const explained = def.explain(snapshot, event);
  const can = snapshot.status === 'active' && snapshot.can(event);
  return explained.ok === can ? null : `explain() and the machine disagree on ${JSON.stringify(event)} in ${stateValueString(snapshot)}: ${JSON.stringify(explained)}`;
}

/**
 * @example
 * const { state, codes } = play(inspectionDefinition, input, [{ type: 'inspection.appoint', inspectors: ['A'] }]);
 */
export function play<TEvent extends { type: string }, TContext = unknown>(def: AnyDef, input: unknown, events: readonly TEvent[]): Played<TEvent, TContext> {
  let snapshot = initialSnapshot(def, input);
  const steps: Step<TEvent>[] = [];
  events.forEach((event, i) => {
    const wrong = disagreement(def, snapshot, event);
    if (wrong) throw new Error(wrong);
    const r = step(def, snapshot, event);
    snapshot = r.snapshot;
    steps.push({ index: i + 1, event, verdict: r.verdict, snapshot });
  });
  const lastStep: Step<TEvent> = steps.at(-1) ?? { index: 0, event: { type: '(none)' } as TEvent, verdict: { ok: true }, snapshot };
  const verdicts = steps.map((s) => s.verdict);
  return {
    steps,
    verdicts,
    codes: verdicts.map((v) => (v.ok ? 'ok' : v.code)),
    snapshot,
    ctx: snapshot.context as TContext,
    state: stateValueString(snapshot),
    step: lastStep,
    verdict: lastStep.verdict,
  };
}

/**
 * play() with the procedure's input and event types fixed, for a procedure's own helpers.
 * @example export const run = player<ProtestInput, ProtestEvent, ProtestContext>(protestDefinition);
 */
export function player<TInput, TEvent extends { type: string }, TContext>(def: AnyDef): (input: TInput, events: readonly TEvent[]) => Played<TEvent, TContext> {
  return (input, events) => play<TEvent, TContext>(def, input, events);
}

// ---------------------------------------------------------------------------------------------------
// checkModelPaths: every state and transition

export interface PathOptions {
  /** The inputs to explore from; coverage is their union. */
  inputs: unknown[];
  /** Every leaf state value the procedure has (dot-separated). */
  leaves: readonly string[];
  /** The events tried in a snapshot; the procedure's offers() (the simulator's buttons) by default. */
  events?: (s: AnyMachineSnapshot) => Ev[];
  /** The facts beside the state that open new transitions (a hearing day reached...), for the graph's vertices. */
  keyOf?: (s: AnyMachineSnapshot) => string;
  /** The vertex a path comes from, in a vertex's name: the previous key by default (a coarser one keeps a large graph small). */
  fromKeyOf?: (s: AnyMachineSnapshot) => string;
  /** Stop exploring beyond such a snapshot (the rest of the graph is the same a day later). */
  stopWhen?: (s: AnyMachineSnapshot) => boolean;
  /** More events to try for agreement in each reached snapshot (refused variants, odd payloads). */
  extraEvents?: (s: AnyMachineSnapshot) => Ev[];
  /** What every reached snapshot keeps, checked on the fold's snapshot after every step of every path. */
  invariants?: (s: AnyMachineSnapshot) => void;
}

/** Generous: the machine is shared, and the whole check is one test. */
export const PATH_TEST_TIMEOUT = 60_000;

export interface PathCounts {
  states: number;
  transitions: number;
  paths: number;
  agreementChecks: number;
  /** (leaf state, event type) pairs taken on the paths, inherited events (the root's time events) included. */
  leafEvents: number;
  /** Such pairs the machine declares for its non-final leaves and no path takes (checked empty). */
  leafEventsMissing: string[];
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

/** Every (non-final leaf state, event type) the leaf or one of its ancestors declares: "inProgress.active : time.advance". */
export function declaredLeafEvents(def: AnyDef): Set<string> {
  const out = new Set<string>();
  for (const node of allNodes(def.machine.root as AnyStateNode)) {
    if (Object.keys(node.states).length > 0 || node.type === 'final') continue;
    const leaf = node.path.join('.');
    for (let n: AnyStateNode | undefined = node; n; n = n.parent) for (const type of n.transitions.keys()) out.add(`${leaf} : ${type}`);
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
    // An eventless transition fires right after the event that made its guard true.
    if (type === 'always' && !sameLeaf) taken.push(t);
  }
  return taken;
}

/** Runs the whole check and returns the counts (the caller prints them once). */
export function checkModelPaths(def: AnyDef, opts: PathOptions): PathCounts {
  const keyOf = opts.keyOf ?? ((s: AnyMachineSnapshot) => stateValueString(s));
  const fromKeyOf = opts.fromKeyOf ?? keyOf;
  const eventsOf = opts.events ?? ((s: AnyMachineSnapshot) => def.offers(s).map((o) => o.event as Ev));
  const declared = declaredTransitions(def);
  const covered = new Set<string>();
  const leafEvents = new Set<string>();
  const reached = new Set<string>();
  let pathCount = 0;
  let agreementChecks = 0;
  const valid = (e: Ev) => def.eventSchema.safeParse(e).success;

  const agree = (s: AnyMachineSnapshot) => {
    if (s.status !== 'active') expect(def.offers(s)).toEqual([]);
    for (const e of [...def.offers(s).map((o) => o.event as Ev), ...(opts.extraEvents?.(s) ?? [])]) {
      if (!valid(e)) {
        expect(def.explain(s, e).ok, `malformed ${JSON.stringify(e)} refused`).toBe(false);
        continue;
      }
      const verdict = def.explain(s, e);
      const can = s.status === 'active' && s.can(e);
      expect(verdict.ok, `explain vs can for ${JSON.stringify(e)} in ${stateValueString(s)}: ${JSON.stringify(verdict)}`).toBe(can);
      if (!verdict.ok) expect(def.codeLabels[verdict.code], `label of ${verdict.code}`).toBeDefined();
      agreementChecks += 1;
    }
  };

  for (const input of opts.inputs) {
    const model = createTestModel(def.machine, {
      input,
      events: (s) => eventsOf(s as AnyMachineSnapshot) as never,
      // Only accepted events are transitions (rejections are tested by code elsewhere). A final state takes
      // no event even where can() says yes to the root's time events: hence the status.
      filterEvents: (s, e) => (s as AnyMachineSnapshot).status === 'active' && valid(e as Ev) && (s as AnyMachineSnapshot).can(e as Ev),
      // One vertex per (state, the transition that entered it): shortest paths then end on every transition.
      serializeState: (s, e, prev) => `${keyOf(s as AnyMachineSnapshot)}${e && prev ? ` via ${(e as Ev).type} from ${fromKeyOf(prev as AnyMachineSnapshot)}` : ''}`,
      ...(opts.stopWhen ? { stopWhen: (s: AnyMachineSnapshot) => opts.stopWhen?.(s) ?? false } : {}),
    });
    const paths = model.getShortestPaths();
    pathCount += paths.length;
    for (const p of paths) {
      reached.add(stateValueString(p.state));
      const events = p.steps.slice(1).map((st) => st.event as Ev);
      // The runner's fold: every step accepted, and it ends where the model says.
      const played = play(def, input, events);
      for (const st of played.steps) {
        expect(st.verdict.ok, `${p.description}: step ${st.index} ${JSON.stringify(st.event)}`).toBe(true);
        opts.invariants?.(st.snapshot);
      }
      // The graph merges snapshots that differ only in what keyOf leaves out (the date...): compare by key.
      expect(keyOf(played.snapshot)).toBe(keyOf(p.state as AnyMachineSnapshot));
      // A live actor agrees with the fold.
      const actor = createActor(def.machine, { input }).start();
      for (const e of events) actor.send(e);
      expect(actor.getSnapshot().context).toEqual(played.snapshot.context);
      expect(actor.getSnapshot().value).toEqual(p.state.value);
      actor.stop();
      for (let i = 1; i < p.steps.length; i += 1) {
        const prev = p.steps[i - 1];
        const cur = p.steps[i];
        if (prev && cur) for (const t of takenBy(declared, prev.state as AnyMachineSnapshot, cur.event as Ev, cur.state as AnyMachineSnapshot)) covered.add(t);
        if (prev && cur) leafEvents.add(`${stateValueString(prev.state as AnyMachineSnapshot)} : ${(cur.event as Ev).type}`);
      }
      // Agreement on the snapshot the fold reached (the model's own vertex may differ from it in the date).
      agree(played.snapshot);
    }
  }
  expect([...reached].sort()).toEqual([...opts.leaves].sort());
  const missing = [...declared].filter((t) => !covered.has(t));
  expect(missing).toEqual([]);
  const leafEventsMissing = [...declaredLeafEvents(def)].filter((t) => !leafEvents.has(t));
  return { states: reached.size, transitions: covered.size, paths: pathCount, agreementChecks, leafEvents: leafEvents.size, leafEventsMissing };
}

// ---------------------------------------------------------------------------------------------------
// sampleTests: the published scenarios

/** public/scenarios, beside the repository's src/ and models/. */
export const SCENARIO_DIR = join(import.meta.dirname, '../../public/scenarios');

export interface Expected {
  /** The state the sample ends in. */
  state: string;
  /** The simulated date it ends on. */
  date?: string;
  /** Each step: 'ok' or the rejection code. */
  verdicts?: string[];
  /** Only the rejected steps, by 1-based step number, with their codes (long samples). */
  rejected?: Record<number, string>;
  /** A fact of the last context that shows why it ends there. */
  check?: (context: Record<string, unknown>, file: ScenarioFile, rows: ScenarioRow[]) => void;
}

export interface SampleOptions {
  /** 'everyStep' (default): each step has a note in kk, ru and en; 'whereGiven': some do, and each given note has all three. */
  notes?: 'everyStep' | 'whereGiven';
  /** How many samples at least (3 by default). */
  atLeast?: number;
}

/** The sample files of a procedure: actSuspension -> act-suspension-*.json, councilVote -> council-*.json. */
export function sampleFiles(procedure: ProcedureId): string[] {
  const stem = procedure === 'councilVote' ? 'council' : procedure.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return readdirSync(SCENARIO_DIR).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.json')).sort();
}

/** One `it` for the list of samples and one per sample, replayed through the registry as the CLI does. */
export function sampleTests(procedure: ProcedureId, expected: Record<string, Expected>, options: SampleOptions = {}): void {
  const files = sampleFiles(procedure);
  const index = JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios: { file: string; procedure: string }[] };

  it(`are the ones this test knows, at least ${options.atLeast ?? 3}, listed in the index and in the definition`, () => {
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(options.atLeast ?? 3);
    for (const f of files) expect(index.scenarios.find((s) => s.file === f)?.procedure).toBe(procedure);
    expect([...PROCEDURES[procedure].samples].sort()).toEqual(files);
  });

  for (const name of files) {
    it(`${name} replays to its intended end`, () => {
      const parsed = tryParseScenario(readFileSync(join(SCENARIO_DIR, name), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const file = parsed.value;
      expect(file.procedure).toBe(procedure);
      for (const lang of ['kk', 'ru', 'en'] as const) expect(file.title[lang].length).toBeGreaterThan(0);
      if ((options.notes ?? 'everyStep') === 'everyStep') {
        for (const lang of ['kk', 'ru', 'en'] as const) for (const s of file.steps) expect(s.note?.[lang]?.length ?? 0).toBeGreaterThan(0);
      } else {
        const noted = file.steps.filter((s) => s.note);
        expect(noted.length).toBeGreaterThan(0);
        for (const s of noted) expect(Object.keys(s.note ?? {}).sort()).toEqual(['en', 'kk', 'ru']);
      }
      const rows = runScenario(file);
      const want = expected[name];
      if (!want) throw new Error(`no expectation for ${name}`);
      const last = rows.at(-1);
      expect(last?.state).toBe(want.state);
      if (want.date !== undefined) expect(last?.date).toBe(want.date);
      if (want.verdicts) expect(rows.map((r) => (r.accepted ? 'ok' : r.code))).toEqual(want.verdicts);
      if (want.rejected) expect(Object.fromEntries(rows.filter((r) => !r.accepted).map((r) => [r.step, r.code]))).toEqual(want.rejected);
      if (last) want.check?.(last.context, file, rows);
      // What the CLI prints for each row.
      for (const r of rows) expect(formatRow(r).split('\t')).toHaveLength(5);
    });
  }
}
