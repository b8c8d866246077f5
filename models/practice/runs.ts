/** What the run exercises share: replaying a run to a step, and naming events and states. */
import type { AnyMachineSnapshot } from 'xstate';
import type { LocalizedText } from '../law/types';
import { PROCEDURES } from '../procedures';
import { initialSnapshot, replay, stateValueString } from '../procedures/core/replay';
import type { ProcedureDefinition, ProcedureId } from '../procedures/core/types';
import type { QuestionId } from '../lessons/types';
import type { RunRef, Theme } from './types';

type AnyDefinition = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function definitionOf(procedure: ProcedureId): AnyDefinition {
  const def = PROCEDURES[procedure];
  if (!def) throw new Error(`the procedure "${procedure}" is not available in this build`);
  return def;
}

const replayed = new WeakMap<object, { snapshots: AnyMachineSnapshot[]; steps: ReturnType<typeof replay> }>();

/**
 * A seed scenario replayed once: `snapshots[k]` is the snapshot after k events (0: the initial one),
 * `steps[i]` the verdict and snapshot of event i. Kept per file object.
 */
export function replaySeed(file: { procedure: ProcedureId; input: unknown; steps: { event: { type: string } }[] }) {
  let r = replayed.get(file);
  if (!r) {
    const def = definitionOf(file.procedure);
    const steps = replay(def, file.input, file.steps.map((s) => s.event));
    r = { snapshots: [initialSnapshot(def, file.input), ...steps.map((s) => s.snapshot)], steps };
    replayed.set(file, r);
  }
  return r;
}

const snapshots = new WeakMap<RunRef, AnyMachineSnapshot>();

/** The snapshot after all of the run's events (replayed once per run object). */
export function snapshotOf(run: RunRef): AnyMachineSnapshot {
  let snap = snapshots.get(run);
  if (!snap) {
    const def = definitionOf(run.procedure);
    const steps = replay(def, run.input, run.events);
    snap = steps.at(-1)?.snapshot ?? initialSnapshot(def, run.input);
    snapshots.set(run, snap);
  }
  return snap;
}

/** A stable key of an event, to compare and deduplicate. */
export function eventKey(e: { type: string }): string {
  const o = e as Record<string, unknown>;
  return JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
}

export function uniqueEvents<T extends { type: string }>(events: readonly T[]): T[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = eventKey(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** `inspection.suspend (reason: expertExamination)`: the event as the CLI and the prompt write it. */
export function eventText(e: { type: string }): string {
  const rest = Object.entries(e as Record<string, unknown>).filter(([k]) => k !== 'type');
  if (rest.length === 0) return e.type;
  return `${e.type} (${rest.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')})`;
}

export function dateOf(snapshot: AnyMachineSnapshot): string {
  const d = (snapshot.context as { date?: unknown } | undefined)?.date;
  return typeof d === 'string' ? d : '';
}

export function stateOf(snapshot: AnyMachineSnapshot): string {
  return stateValueString(snapshot);
}

const THEME_OF: Partial<Record<ProcedureId, Theme>> = { inspection: 4, protest: 6, councilVote: 7 };
const QUESTIONS_OF: Partial<Record<ProcedureId, QuestionId[]>> = {
  inspection: ['q4.3', 'q4.5', 'q4.6'],
  protest: ['q6.2', 'q6.3'],
  councilVote: ['q7.5', 'q7.7'],
};

/** The theme a procedure belongs to: its own `theme`, else the manual's theme of its kind of act. */
export function themeOf(procedure: ProcedureId): Theme {
  return (PROCEDURES[procedure]?.theme) ?? THEME_OF[procedure] ?? 4;
}

export function questionsOf(procedure: ProcedureId): QuestionId[] {
  return QUESTIONS_OF[procedure] ?? [];
}

/** The procedure's title in the three languages. */
export function procedureTitle(procedure: ProcedureId): LocalizedText {
  return definitionOf(procedure).title;
}
