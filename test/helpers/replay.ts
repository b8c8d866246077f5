/**
 * The one replay harness of the procedure tests: folds the events through the shared core's step()
 * (explain() first, then the machine) and checks at every step that explain() and the machine agree
 * on every well-formed event, so a test cannot pass on a verdict the machine would contradict.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { initialSnapshot, stateValueString, step } from '../../models/procedures/core';
import type { ProcedureDefinition, Step, Verdict } from '../../models/procedures/core/types';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Played<TEvent extends { type: string }, TContext> {
  steps: Step<TEvent>[];
  verdicts: Verdict[];
  /** The snapshot after the last event (the initial one for no events). */
  snapshot: AnyMachineSnapshot;
  ctx: TContext;
  /** The dotted state value, e.g. 'inProgress.suspended'. */
  state: string;
  /** The last step, if any, and its verdict ({ ok: true } for no events). */
  step: Step<TEvent>;
  verdict: Verdict;
}

/**
 * @example
 * const { state, verdict } = play(inspectionDefinition, input, [{ type: 'inspection.appoint', inspectors: ['A'] }]);
 */
export function play<TEvent extends { type: string }, TContext = unknown>(def: AnyDef, input: unknown, events: readonly TEvent[]): Played<TEvent, TContext> {
  let snapshot = initialSnapshot(def, input);
  const steps: Step<TEvent>[] = [];
  events.forEach((event, i) => {
    const explained = def.explain(snapshot, event);
    const wellFormed = def.eventSchema.safeParse(event).success;
    const can = snapshot.status === 'active' && snapshot.can(event);
    if (wellFormed && explained.ok !== can) {
      throw new Error(`explain() and the machine disagree on ${JSON.stringify(event)} in ${stateValueString(snapshot)}: ${JSON.stringify(explained)}`);
    }
    const r = step(def, snapshot, event);
    snapshot = r.snapshot;
    steps.push({ index: i + 1, event, verdict: r.verdict, snapshot });
  });
  const lastStep: Step<TEvent> = steps.at(-1) ?? { index: 0, event: { type: '(none)' } as TEvent, verdict: { ok: true }, snapshot };
  return {
    steps,
    verdicts: steps.map((s) => s.verdict),
    snapshot,
    ctx: snapshot.context as TContext,
    state: stateValueString(snapshot),
    step: lastStep,
    verdict: lastStep.verdict,
  };
}
