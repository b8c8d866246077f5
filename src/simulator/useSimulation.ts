import { useCallback, useMemo, useState } from 'react';
import type { AnyMachineSnapshot } from 'xstate';
import type { LocalizedText } from '../../models/law/types';
import { getProcedure } from '../../models/procedures';
import { initialSnapshot, replay, type LocalizedNote } from '../../models/procedures/core';
import {
  act,
  branchFrom,
  createHistory,
  currentLine,
  goTo,
  lineRun,
  renameLine,
  switchLine,
  undo as undoHistory,
  type LineId,
  type RunHistory,
} from '../../models/procedures/core/history';
import type { ProcedureDefinition, ProcedureId, Run, Step } from '../../models/procedures/core/types';
import { newRunId } from '../persistence/runs';

/** One line of a run as the screen reads it: the event list, where the user stands in it, and what a scenario said about it. */
export interface Session {
  run: Run;
  title: LocalizedText | null;
  /** Notes by event index, from a scenario file. */
  notes: (LocalizedNote | undefined)[];
  /** 0 = before any event; k = after the k-th event. */
  position: number;
}

/** A run on screen: its whole history (main line and branches), its title, and the record it is saved in. */
export interface Tracked {
  id: string;
  name: string | null;
  title: LocalizedText | null;
  history: RunHistory;
}

interface State {
  current: Tracked;
  /** The run a linked run was opened from (an inspection for its protest): "back" restores it exactly. */
  parent: Tracked | null;
  /** The linked run opened from the current one, kept to go back to it. */
  child: Tracked | null;
}

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function newSession(procedure: ProcedureId, input: unknown, title: LocalizedText | null = null): Session {
  return { run: { procedure, input, events: [] }, title, notes: [], position: 0 };
}

/** A session (a scenario file, a shared link) as a new run with one line, saved under a new record. */
export function track(session: Session): Tracked {
  const def = getProcedure(session.run.procedure);
  return { id: newRunId(), name: null, title: session.title, history: createHistory(def, session.run, session.notes, session.position) };
}

/** The current line of a run as a session. */
export function sessionOf(t: Tracked): Session {
  const line = currentLine(t.history);
  return { run: lineRun(t.history), title: t.title, notes: line.notes, position: t.history.position };
}

/**
 * The run on screen, event-sourced: every view derives from the current line's events replayed with
 * the pure transition(); back/forward/jump move the position, a step at a past position starts a
 * branch beside the line (models/procedures/core/history.ts), undo takes back the last act.
 */
export function useSimulation(initial: () => Session) {
  const [state, setState] = useState<State>(() => ({ current: track(initial()), parent: null, child: null }));
  const { current } = state;
  const session = useMemo(() => sessionOf(current), [current]);
  const def: AnyDef = getProcedure(session.run.procedure);
  const steps: Step[] = useMemo(() => replay(def, session.run.input, session.run.events), [def, session.run]);
  const initial0 = useMemo(() => initialSnapshot(def, session.run.input), [def, session.run.input]);
  const position = Math.min(session.position, steps.length);
  const snapshot: AnyMachineSnapshot = position === 0 ? initial0 : (steps[position - 1]?.snapshot ?? initial0);

  const update = useCallback((f: (h: RunHistory) => RunHistory) => setState((st) => ({ ...st, current: { ...st.current, history: f(st.current.history) } })), []);
  const send = useCallback((event: { type: string }) => update((h) => act(getProcedure(h.procedure), h, event)), [update]);
  const go = useCallback((k: number) => update((h) => goTo(h, k)), [update]);
  const branchHere = useCallback((k: number) => update((h) => branchFrom(h, k)), [update]);
  const undo = useCallback(() => update(undoHistory), [update]);
  const switchTo = useCallback((id: LineId) => update((h) => switchLine(h, id)), [update]);
  const renameLineTo = useCallback((id: LineId, name: string) => update((h) => renameLine(h, id, name)), [update]);
  const renameRun = useCallback((name: string) => setState((st) => ({ ...st, current: { ...st.current, name: name.trim() === '' ? null : name.trim().slice(0, 120) } })), []);
  /** Starting again: a new run of the same procedure and input; the old one stays saved. */
  const reset = useCallback(
    () => setState((st) => ({ current: track(newSession(st.current.history.procedure, st.current.history.input, st.current.title)), parent: null, child: null })),
    [],
  );
  const load = useCallback((s: Session) => setState({ current: track(s), parent: null, child: null }), []);
  const loadTracked = useCallback((t: Tracked) => setState({ current: t, parent: null, child: null }), []);
  const openLinked = useCallback(
    (fresh: Session) => setState((st) => ({ current: st.child ?? track(fresh), parent: st.current, child: null })),
    [],
  );
  const backToParent = useCallback(
    () => setState((st) => (st.parent ? { current: st.parent, parent: null, child: st.current } : st)),
    [],
  );
  const parent = useMemo(() => (state.parent ? sessionOf(state.parent) : null), [state.parent]);
  const child = useMemo(() => (state.child ? sessionOf(state.child) : null), [state.child]);
  return {
    def,
    tracked: current,
    history: current.history,
    session,
    steps,
    position,
    snapshot,
    parent,
    child,
    send,
    go,
    branchHere,
    undo,
    switchTo,
    renameLine: renameLineTo,
    renameRun,
    reset,
    load,
    loadTracked,
    openLinked,
    backToParent,
  };
}

export type Simulation = ReturnType<typeof useSimulation>;
