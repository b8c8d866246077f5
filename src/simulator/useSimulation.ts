import { useCallback, useMemo, useState } from 'react';
import type { AnyMachineSnapshot } from 'xstate';
import type { LocalizedText } from '../../models/law/types';
import { getProcedure } from '../../models/procedures';
import { branch, initialSnapshot, replay, type LocalizedNote } from '../../models/procedures/core';
import type { ProcedureDefinition, ProcedureId, Run, Step } from '../../models/procedures/core/types';

/** One run on screen: the event list, where the user stands in it, and what a scenario said about it. */
export interface Session {
  run: Run;
  title: LocalizedText | null;
  /** Notes by event index, from a scenario file; cut with the events on a branch. */
  notes: (LocalizedNote | undefined)[];
  /** 0 = before any event; k = after the k-th event. */
  position: number;
}

interface State {
  current: Session;
  /** The run a linked run was opened from (an inspection for its protest): "back" restores it exactly. */
  parent: Session | null;
  /** The linked run opened from the current one, kept to go back to it. */
  child: Session | null;
}

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function newSession(procedure: ProcedureId, input: unknown, title: LocalizedText | null = null): Session {
  return { run: { procedure, input, events: [] }, title, notes: [], position: 0 };
}

/**
 * The run on screen, event-sourced: every view derives from `run.events` replayed with the pure
 * transition(); back/forward/jump move `position`, sending at a past position branches.
 */
export function useSimulation(initial: () => Session) {
  const [state, setState] = useState<State>(() => ({ current: initial(), parent: null, child: null }));
  const { current } = state;
  const def: AnyDef = getProcedure(current.run.procedure);
  const steps: Step[] = useMemo(() => replay(def, current.run.input, current.run.events), [def, current.run]);
  const initial0 = useMemo(() => initialSnapshot(def, current.run.input), [def, current.run.input]);
  const position = Math.min(current.position, steps.length);
  const snapshot: AnyMachineSnapshot = position === 0 ? initial0 : (steps[position - 1]?.snapshot ?? initial0);

  const update = useCallback((f: (s: Session) => Session) => setState((st) => ({ ...st, current: f(st.current) })), []);
  const send = useCallback(
    (event: { type: string }) =>
      update((s) => {
        const k = Math.min(s.position, s.run.events.length);
        return { ...s, run: branch(s.run, k, event), notes: s.notes.slice(0, k), position: k + 1 };
      }),
    [update],
  );
  const go = useCallback((k: number) => update((s) => ({ ...s, position: Math.max(0, Math.min(k, s.run.events.length)) })), [update]);
  const reset = useCallback(() => update((s) => ({ ...s, run: { ...s.run, events: [] }, notes: [], position: 0 })), [update]);
  const load = useCallback((session: Session) => setState({ current: session, parent: null, child: null }), []);
  const openLinked = useCallback(
    (fresh: Session) => setState((st) => ({ current: st.child ?? fresh, parent: st.current, child: null })),
    [],
  );
  const backToParent = useCallback(
    () => setState((st) => (st.parent ? { current: st.parent, parent: null, child: st.current } : st)),
    [],
  );
  return { def, session: current, steps, position, snapshot, parent: state.parent, child: state.child, send, go, reset, load, openLinked, backToParent };
}

export type Simulation = ReturnType<typeof useSimulation>;
