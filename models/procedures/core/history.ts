/**
 * A run's history as a tree (issue 11, "The simulator's history"): a main line and named branches.
 * Acting at a past step never drops the later steps: it starts a branch beside the line it left
 * (bug 5). Each line keeps its whole event list (the shared prefix copied), so every line is a run of
 * its own (design.md: "a run is `{ procedure, input, events[] }`") and replays on its own.
 *
 * Pure: no React, no DOM. The only operations that change a line's events are `act` (appends one step
 * to the current line, or to a new branch) and `undo` (takes back exactly the last act).
 */
import type { AnyMachineSnapshot } from 'xstate';
import { z } from 'zod';
import type { ParseResult } from '../../org/schema';
import { MAX_SCENARIO_STEPS, PROCEDURE_IDS, type LocalizedNote, type ProcedureRegistry } from './scenario';
import { initialSnapshot, stateValueString, step } from './replay';
import type { ProcedureDefinition, ProcedureId, Run } from './types';

type AnyDefinition = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Ev = { type: string };

export type LineId = string;

/** What a step gave when it was taken: the machine's state, the simulated date, and the refusal code if refused. */
export interface Recorded {
  ok: boolean;
  code: string | null;
  state: string;
  date: string;
}

export interface Line {
  id: LineId;
  /** 0 for the main line, then 1, 2... in the order branches were made (the default name says it). */
  n: number;
  /** A name the user gave, or null for the default one ("Main line", "Branch 2"). */
  name: string | null;
  /** The line this one branched from, and after how many of its steps (null for the main line). */
  parent: LineId | null;
  forkAt: number;
  events: Ev[];
  /** Notes by event index (from a scenario file), copied with the shared prefix. */
  notes: (LocalizedNote | undefined)[];
  /** recorded[i] is what events[i] gave when it was taken. */
  recorded: Recorded[];
}

/** Taking back an act: an appended step, or a branch the act (or "Branch from here") made. */
export type UndoEntry =
  | { kind: 'append'; line: LineId; position: number }
  | { kind: 'branch'; line: LineId; from: LineId; position: number };

export interface RunHistory {
  procedure: ProcedureId;
  input: unknown;
  lines: Record<LineId, Line>;
  /** Lines in the order they were made; the main line first. */
  order: LineId[];
  current: LineId;
  /** 0 = before any event of the current line; k = after its k-th event. */
  position: number;
  /** The acts that can be taken back, the last one last. */
  undo: UndoEntry[];
}

export const MAIN_LINE: LineId = 'main';
/** How many acts Undo remembers. */
export const MAX_UNDO = 100;

function dateOf(snapshot: AnyMachineSnapshot): string {
  return (snapshot.context as { date?: string }).date ?? '';
}

/** The records of a list of events, folded from the initial snapshot. */
export function recordEvents(def: AnyDefinition, input: unknown, events: readonly Ev[]): Recorded[] {
  let snapshot = initialSnapshot(def, input);
  return events.map((event) => {
    const r = step(def, snapshot, event);
    snapshot = r.snapshot;
    return { ok: r.verdict.ok, code: r.verdict.ok ? null : r.verdict.code, state: stateValueString(snapshot), date: dateOf(snapshot) };
  });
}

/**
 * A history with one line: the run's events as the main line, standing at `position` (its end by default).
 * @example createHistory(def, { procedure: 'inspection', input, events: [] }).lines.main.events // []
 */
export function createHistory(def: AnyDefinition, run: Run, notes: (LocalizedNote | undefined)[] = [], position = run.events.length): RunHistory {
  const main: Line = { id: MAIN_LINE, n: 0, name: null, parent: null, forkAt: 0, events: [...run.events], notes: run.events.map((_, i) => notes[i]), recorded: recordEvents(def, run.input, run.events) };
  return { procedure: run.procedure, input: run.input, lines: { [MAIN_LINE]: main }, order: [MAIN_LINE], current: MAIN_LINE, position: clamp(position, main.events.length), undo: [] };
}

function clamp(k: number, n: number): number {
  return Math.max(0, Math.min(Math.trunc(k), n));
}

export function currentLine(h: RunHistory): Line {
  const line = h.lines[h.current];
  if (!line) throw new Error(`the history has no line "${h.current}"`);
  return line;
}

/** A line as a run of its own. */
export function lineRun(h: RunHistory, id: LineId = h.current): Run {
  const line = h.lines[id];
  return { procedure: h.procedure, input: h.input, events: line ? line.events : [] };
}

function sameEvent(a: Ev | undefined, b: Ev): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function nextN(h: RunHistory): number {
  return Math.max(0, ...Object.values(h.lines).map((l) => l.n)) + 1;
}

function newLineId(h: RunHistory): LineId {
  let n = nextN(h);
  while (h.lines[`b${n}`]) n += 1;
  return `b${n}`;
}

function pushUndo(undo: UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...undo, entry].slice(-MAX_UNDO);
}

/** A new line holding the first k steps of `from` (its events, notes and records copied). */
function forkLine(h: RunHistory, from: Line, k: number, name: string | null): Line {
  return { id: newLineId(h), n: nextN(h), name, parent: from.id, forkAt: k, events: from.events.slice(0, k), notes: from.notes.slice(0, k), recorded: from.recorded.slice(0, k) };
}

/** The snapshot after the first k events of a line. */
export function snapshotOfLine(def: AnyDefinition, h: RunHistory, line: Line, k: number): AnyMachineSnapshot {
  let snapshot = initialSnapshot(def, h.input);
  for (const event of line.events.slice(0, k)) snapshot = step(def, snapshot, event).snapshot;
  return snapshot;
}

/**
 * One step at the current position. At the end of the line it is appended; at a past step the later
 * steps stay where they are and the step starts a new branch (bug 5), unless it is the very step the
 * line already takes next (then this is just "forward"). A refused event is recorded too, as refused.
 */
export function act(def: AnyDefinition, h: RunHistory, event: Ev): RunHistory {
  const line = currentLine(h);
  const k = clamp(h.position, line.events.length);
  if (k < line.events.length && sameEvent(line.events[k], event)) return { ...h, position: k + 1 };
  const before = snapshotOfLine(def, h, line, k);
  const r = step(def, before, event);
  const rec: Recorded = { ok: r.verdict.ok, code: r.verdict.ok ? null : r.verdict.code, state: stateValueString(r.snapshot), date: dateOf(r.snapshot) };
  if (k === line.events.length) {
    const next: Line = { ...line, events: [...line.events, event], notes: [...line.notes, undefined], recorded: [...line.recorded, rec] };
    return { ...h, lines: { ...h.lines, [line.id]: next }, position: k + 1, undo: pushUndo(h.undo, { kind: 'append', line: line.id, position: h.position }) };
  }
  const fork = forkLine(h, line, k, null);
  const branchLine: Line = { ...fork, events: [...fork.events, event], notes: [...fork.notes, undefined], recorded: [...fork.recorded, rec] };
  return {
    ...h,
    lines: { ...h.lines, [branchLine.id]: branchLine },
    order: [...h.order, branchLine.id],
    current: branchLine.id,
    position: k + 1,
    undo: pushUndo(h.undo, { kind: 'branch', line: branchLine.id, from: line.id, position: h.position }),
  };
}

/** "Branch from here": a new line with the first k steps of the current one, standing at its end. */
export function branchFrom(h: RunHistory, k: number, name: string | null = null): RunHistory {
  const line = currentLine(h);
  const fork = forkLine(h, line, clamp(k, line.events.length), name);
  return {
    ...h,
    lines: { ...h.lines, [fork.id]: fork },
    order: [...h.order, fork.id],
    current: fork.id,
    position: fork.events.length,
    undo: pushUndo(h.undo, { kind: 'branch', line: fork.id, from: line.id, position: h.position }),
  };
}

/** Whether there is an act to take back. */
export function canUndo(h: RunHistory): boolean {
  return h.undo.length > 0;
}

/** Takes back the last act exactly: the appended step goes, or the branch it made (and the line and position before it come back). */
export function undo(h: RunHistory): RunHistory {
  const entry = h.undo.at(-1);
  if (!entry) return h;
  const rest = h.undo.slice(0, -1);
  const line = h.lines[entry.line];
  if (!line) return { ...h, undo: rest };
  if (entry.kind === 'append') {
    const back: Line = { ...line, events: line.events.slice(0, -1), notes: line.notes.slice(0, -1), recorded: line.recorded.slice(0, -1) };
    return { ...h, lines: { ...h.lines, [line.id]: back }, current: line.id, position: entry.position, undo: rest };
  }
  const { [entry.line]: _gone, ...lines } = h.lines;
  return { ...h, lines, order: h.order.filter((id) => id !== entry.line), current: entry.from, position: entry.position, undo: rest };
}

/** Stand at step k of the current line. */
export function goTo(h: RunHistory, k: number): RunHistory {
  return { ...h, position: clamp(k, currentLine(h).events.length) };
}

/** Switch to another line, standing at its end. */
export function switchLine(h: RunHistory, id: LineId): RunHistory {
  const line = h.lines[id];
  if (!line) return h;
  return { ...h, current: id, position: line.events.length };
}

/** Names a line; an empty name gives back the default one. */
export function renameLine(h: RunHistory, id: LineId, name: string): RunHistory {
  const line = h.lines[id];
  if (!line) return h;
  const trimmed = name.trim().slice(0, 80);
  return { ...h, lines: { ...h.lines, [id]: { ...line, name: trimmed === '' ? null : trimmed } } };
}

/** Where two lines stand: the first step (1-based) that differs, and the state and date each reaches. */
export interface LineComparison {
  a: LineId;
  b: LineId;
  /** The steps both lines share from the start. */
  shared: number;
  /** The first step number at which they differ (shared + 1), or null when the lines are the same. */
  firstDifference: number | null;
  ends: Record<'a' | 'b', { steps: number; state: string; date: string; refused: number }>;
}

function endOf(def: AnyDefinition, h: RunHistory, line: Line): LineComparison['ends']['a'] {
  const last = line.recorded.at(-1);
  if (last) return { steps: line.events.length, state: last.state, date: last.date, refused: line.recorded.filter((r) => !r.ok).length };
  const s = initialSnapshot(def, h.input);
  return { steps: 0, state: stateValueString(s), date: dateOf(s), refused: 0 };
}

/**
 * Compares two lines of a history.
 * @example compareLines(def, h, 'main', 'b1').firstDifference // 3: the branch left the main line at step 3
 */
export function compareLines(def: AnyDefinition, h: RunHistory, a: LineId, b: LineId): LineComparison {
  const la = h.lines[a];
  const lb = h.lines[b];
  if (!la || !lb) throw new Error(`no line "${la ? b : a}" in this history`);
  let shared = 0;
  while (shared < la.events.length && shared < lb.events.length && sameEvent(la.events[shared], lb.events[shared])) shared += 1;
  const same = shared === la.events.length && shared === lb.events.length;
  return { a, b, shared, firstDifference: same ? null : shared + 1, ends: { a: endOf(def, h, la), b: endOf(def, h, lb) } };
}

// ---------------------------------------------------------------------------------------------------
// Reading a stored history back (autosaved runs): nothing is trusted but the events themselves.

const noteShape = z.object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() }).optional().nullable();
const lineShape = z.object({
  id: z.string().min(1).max(40),
  n: z.number().int().min(0),
  name: z.string().max(200).nullable(),
  parent: z.string().nullable(),
  forkAt: z.number().int().min(0),
  events: z.array(z.looseObject({ type: z.string() })).max(MAX_SCENARIO_STEPS),
  notes: z.array(noteShape).optional(),
});
const historyShape = z.object({
  procedure: z.enum(PROCEDURE_IDS),
  input: z.unknown(),
  lines: z.record(z.string(), lineShape),
  order: z.array(z.string()),
  current: z.string(),
  position: z.number().int().min(0),
  undo: z.array(z.unknown()).optional(),
});

/**
 * A stored history, checked against the procedure's own schemas (input and every event of every line),
 * its records computed again from the events. Undo is not kept across a reload.
 */
export function readHistory(registry: ProcedureRegistry, raw: unknown): ParseResult<RunHistory> {
  const shape = historyShape.safeParse(raw);
  if (!shape.success) return { ok: false, problems: shape.error.issues.map((i) => ({ path: i.path.length ? i.path.map(String).join('.') : '(root)', message: i.message })) };
  const v = shape.data;
  const def = registry[v.procedure];
  if (!def) return { ok: false, problems: [{ path: 'procedure', message: `the procedure "${v.procedure}" is not in this build` }] };
  const input = def.inputSchema.safeParse(v.input);
  if (!input.success) return { ok: false, problems: input.error.issues.map((i) => ({ path: ['input', ...i.path.map(String)].join('.'), message: i.message })) };
  if (!v.lines[MAIN_LINE]) return { ok: false, problems: [{ path: 'lines', message: 'no main line' }] };
  const lines: Record<LineId, Line> = {};
  for (const [id, l] of Object.entries(v.lines)) {
    for (const [i, e] of l.events.entries()) {
      const ok = def.eventSchema.safeParse(e);
      if (!ok.success) return { ok: false, problems: [{ path: `lines.${id}.events.${i}`, message: ok.error.issues[0]?.message ?? 'not an event of this procedure' }] };
    }
    const notes = (l.notes ?? []).map((n) => n ?? undefined);
    lines[id] = { id, n: l.n, name: l.name, parent: l.parent, forkAt: l.forkAt, events: l.events, notes: l.events.map((_, i) => notes[i]), recorded: recordEvents(def, input.data, l.events) };
  }
  const order = [...v.order.filter((id) => lines[id]), ...Object.keys(lines).filter((id) => !v.order.includes(id))];
  const current = lines[v.current] ? v.current : MAIN_LINE;
  return { ok: true, value: { procedure: v.procedure, input: input.data, lines, order: [...new Set(order)], current, position: clamp(v.position, lines[current]?.events.length ?? 0), undo: [] } };
}

/** The history as plain JSON for storage (records and undo left out: they are computed again). */
export function historyToJson(h: RunHistory): Record<string, unknown> {
  const lines = Object.fromEntries(Object.values(h.lines).map((l) => [l.id, { id: l.id, n: l.n, name: l.name, parent: l.parent, forkAt: l.forkAt, events: l.events, notes: l.notes.map((n) => n ?? null) }]));
  return JSON.parse(JSON.stringify({ procedure: h.procedure, input: h.input, lines, order: h.order, current: h.current, position: h.position })) as Record<string, unknown>;
}
