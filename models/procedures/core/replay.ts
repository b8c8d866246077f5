import { initialTransition, transition, type AnyMachineSnapshot, type StateValue } from 'xstate';
import { refusalCitation } from './explain';
import type { ProcedureDefinition, Run, Step, Verdict } from './types';

type AnyDefinition = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * 'inProgress.suspended' for `{ inProgress: 'suspended' }`; parallel regions are joined with ','.
 * @example stateValueString({ inProgress: 'active' }) // 'inProgress.active'
 */
export function stateValueString(value: StateValue | AnyMachineSnapshot): string {
  const v: StateValue = typeof value === 'object' && 'value' in value && 'context' in value ? (value as AnyMachineSnapshot).value as StateValue : (value);
  if (typeof v === 'string') return v;
  return Object.entries(v)
    .map(([key, child]) => (child === undefined || (typeof child === 'object' && Object.keys(child).length === 0) ? key : `${key}.${stateValueString(child)}`))
    .join(',');
}

/** The context as plain JSON (no undefined, no prototypes), as the scenario CLI prints it. */
export function contextToJson(snapshot: AnyMachineSnapshot): Record<string, unknown> {
  return JSON.parse(JSON.stringify(snapshot.context ?? {})) as Record<string, unknown>;
}

/** The snapshot before any event. */
export function initialSnapshot(def: AnyDefinition, input: unknown): AnyMachineSnapshot {
  const [snapshot] = initialTransition(def.machine, input);
  return snapshot as AnyMachineSnapshot;
}

/**
 * The verdict for one event: the procedure's `explain()` first (it knows the law), then the
 * machine itself (an event explain() lets through but no transition takes is still rejected).
 */
export function verdictFor(def: AnyDefinition, snapshot: AnyMachineSnapshot, event: { type: string }): Verdict {
  if (snapshot.status !== 'active') {
    return { ok: false, code: 'procedureFinished', citation: refusalCitation(event, def.citation), values: { state: stateValueString(snapshot) } };
  }
  const verdict = def.explain(snapshot, event);
  if (!verdict.ok) return verdict;
  if (!snapshot.can(event)) {
    return { ok: false, code: 'notAvailableHere', citation: refusalCitation(event, def.citation), values: { state: stateValueString(snapshot), event: event.type } };
  }
  return verdict;
}

/** One step from `snapshot`: accepted events go through transition(), rejected ones leave it as it was. */
export function step(def: AnyDefinition, snapshot: AnyMachineSnapshot, event: { type: string }): { verdict: Verdict; snapshot: AnyMachineSnapshot } {
  const verdict = verdictFor(def, snapshot, event);
  if (!verdict.ok) return { verdict, snapshot };
  const [next] = transition(def.machine, snapshot, event);
  return { verdict, snapshot: next as AnyMachineSnapshot };
}

/**
 * Folds the events over the initial snapshot. `steps[i]` is the result of `events[i]`
 * (its `index` is i + 1); a rejected step carries the previous snapshot unchanged.
 * @example
 * const steps = replay(inspection, input, [{ type: 'inspection.appoint', inspectors: ['A'] }]);
 * stateValueString(steps[0].snapshot) // 'appointed'
 */
export function replay<TEvent extends { type: string }>(def: AnyDefinition, input: unknown, events: readonly TEvent[]): Step<TEvent>[] {
  let snapshot = initialSnapshot(def, input);
  return events.map((event, i) => {
    const r = step(def, snapshot, event);
    snapshot = r.snapshot;
    return { index: i + 1, event, verdict: r.verdict, snapshot };
  });
}

/** The snapshot after the first k events (k = 0: the initial one; k beyond the end: the last). */
export function snapshotAt(def: AnyDefinition, run: Run, k: number): AnyMachineSnapshot {
  const events = run.events.slice(0, Math.max(0, k));
  const steps = replay(def, run.input, events);
  return steps.at(-1)?.snapshot ?? initialSnapshot(def, run.input);
}

/**
 * Keeps the first k events and appends `event`: going back to step k and doing something else.
 * @example branch(run, 2, { type: 'inspection.resume' }).events.length // 3
 */
export function branch<TInput, TEvent extends { type: string }>(run: Run<TInput, TEvent>, k: number, event: TEvent): Run<TInput, TEvent> {
  return { ...run, events: [...run.events.slice(0, Math.max(0, k)), event] };
}
