/**
 * A run view's content: the sample scenario replayed up to the stop's step, with the state, the
 * simulated date, the step's note and the refusal (code and citation) of every step so far.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import { getProcedure, isRegistered } from '../procedures';
import { initialSnapshot, replay, stateValueString } from '../procedures/core/replay';
import type { LocalizedNote, ScenarioFile } from '../procedures/core/scenario';
import type { ProcedureId } from '../procedures/core/types';

export interface RunRow {
  index: number;
  type: string;
  accepted: boolean;
  code: string | null;
  citation: CitationId | null;
  values?: Record<string, string | number | boolean | null>;
  state: string;
  date: string;
  note?: LocalizedNote;
}

export interface RunAt {
  title: LocalizedText;
  procedure: ProcedureId;
  /** Rows 1..step. */
  rows: RunRow[];
  /** The row of the stop's step, or undefined at step 0. */
  current?: RunRow;
  /** The state and date where the stop stands. */
  state: string;
  date: string;
  total: number;
}

function dateOf(context: unknown): string {
  const d = (context as { date?: unknown } | null)?.date;
  return typeof d === 'string' ? d : '';
}

/**
 * Replays a parsed scenario to `step` (clamped to its length).
 * @example runAt(file, 1).current?.accepted // false for an act of the President
 */
export function runAt(file: ScenarioFile, step: number): RunAt {
  if (!isRegistered(file.procedure)) throw new Error(`the procedure "${String(file.procedure)}" is not available in this build`);
  const def = getProcedure(file.procedure);
  const k = Math.max(0, Math.min(step, file.steps.length));
  const steps = replay(def, file.input, file.steps.slice(0, k).map((s) => s.event));
  const rows: RunRow[] = steps.map((s, i) => {
    const note = file.steps[i]?.note;
    return {
      index: s.index,
      type: s.event.type,
      accepted: s.verdict.ok,
      code: s.verdict.ok ? null : s.verdict.code,
      citation: s.verdict.ok ? null : s.verdict.citation,
      ...(s.verdict.ok || !s.verdict.values ? {} : { values: s.verdict.values }),
      state: stateValueString(s.snapshot),
      date: dateOf(s.snapshot.context),
      ...(note ? { note } : {}),
    };
  });
  const last = rows.at(-1);
  const before = last ? undefined : initialSnapshot(def, file.input);
  const state = last?.state ?? (before ? stateValueString(before) : '');
  const date = last?.date ?? (before ? dateOf(before.context) : '');
  return { title: file.title, procedure: file.procedure, rows, current: last, state, date, total: file.steps.length };
}
