import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';

export type ProcedureId = 'inspection' | 'protest' | 'councilVote';

/** The numbers behind an answer, e.g. `{ present: 5, total: 9, needed: 6 }`. */
export type VerdictValues = Record<string, string | number | boolean | null>;

/**
 * The answer to "may this happen now?". A guard is a pure function returning
 * a Verdict; the machine, the UI and the tests all ask the same function.
 */
export type Verdict =
  | { ok: true }
  | { ok: false; code: string; citation: CitationId; values?: VerdictValues };

/** Time events, common to all procedures (design.md, "Scenario files"). */
export type TimeEvent =
  | { type: 'time.advance'; days: number }
  | { type: 'time.advanceTo'; date: string };

/** Every procedure's context carries the simulated date (ISO YYYY-MM-DD). */
export interface DatedContext {
  date: string;
}

/** A run is event-sourced: the snapshot after step k is the fold of transition() over events[0..k). */
export interface Run<TInput = unknown, TEvent extends { type: string } = { type: string }> {
  procedure: ProcedureId;
  input: TInput;
  events: TEvent[];
}

/** One step of a replayed run. A rejected event leaves `snapshot` equal to the previous one. */
export interface Step<TEvent extends { type: string } = { type: string }> {
  /** 1-based, in file order. */
  index: number;
  event: TEvent;
  verdict: Verdict;
  snapshot: AnyMachineSnapshot;
}

/** What a UI needs to offer an event as a button: its type, label and the payload variants worth offering. */
export interface EventOffer<TEvent extends { type: string } = { type: string }> {
  event: TEvent;
  label: LocalizedText;
}

/**
 * One procedure, as the shared runner, the scenario CLI and the simulator screen see it.
 * `explain` is the single source of truth for acceptance; the machine's guards call the same checks.
 */
export interface ProcedureDefinition<
  TInput = unknown,
  TEvent extends { type: string } = { type: string },
> {
  id: ProcedureId;
  title: LocalizedText;
  /** The article that governs the procedure as a whole. */
  citation: CitationId;
  machine: AnyStateMachine;
  inputSchema: z.ZodType<TInput>;
  /** Every event the procedure knows, time events included. */
  eventSchema: z.ZodType<TEvent | TimeEvent>;
  explain(snapshot: AnyMachineSnapshot, event: TEvent | TimeEvent): Verdict;
  /** Events worth offering as buttons in the current snapshot, accepted or not (the UI greys the rejected ones). */
  offers(snapshot: AnyMachineSnapshot): EventOffer<TEvent | TimeEvent>[];
}
