import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import type { OrgDocument, UnitId, UnitKind } from '../../org/types';

export type ProcedureId =
  | 'inspection'
  | 'protest'
  | 'councilVote'
  | 'representation'
  | 'appeal'
  | 'complaint'
  | 'actSuspension'
  | 'forcedBringing';

/** The manual's themes (fidelity-audit.md §3); the procedure picker groups procedures by them. */
export type ThemeNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * One field of a procedure's input form, read by the simulator's generic form (no branch on the
 * procedure's id). `path` is the place in the input object, e.g. ['act', 'issuer'].
 */
export interface InputField {
  path: string[];
  kind: 'date' | 'enum' | 'enumList' | 'boolean' | 'number' | 'text' | 'time';
  label: LocalizedText;
  /** For enum / enumList: the allowed values and their labels. */
  options?: readonly string[];
  optionLabels?: Record<string, LocalizedText>;
  optional?: boolean;
}

/** A deadline the calendar strip and the context panel mark. */
export interface DeadlineView {
  key: string;
  label: LocalizedText;
  date: string;
  overdue: boolean;
  /** The day it was met (the answer given, the step taken), if it was: no longer pending, not flagged. */
  metOn?: string | null;
  citation: CitationId;
}

/** A counter shown beside the deadlines (days used, extensions, present members...). */
export interface CounterView {
  key: string;
  label: LocalizedText;
  /** A number, a date or code as it is, or words in the three languages. */
  value: string | number | LocalizedText;
  citation?: CitationId;
}

/** A run this procedure can be opened from, linked back to it (an inspection decided with a protest...). */
export interface LinkedOpening {
  /** The procedure of the parent run. */
  from: ProcedureId;
  /** Whether the parent's context (after its last step) offers to open this procedure. */
  when(parentContext: unknown): boolean;
  /** The input of the new run, from the parent's context; `title` names the parent run. */
  input(parentContext: unknown, title: string): unknown;
  label: LocalizedText;
}

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

  // --- The one shape every procedure gives the simulator (issue 10): the screen reads these and
  // --- never the procedure's id.
  /** The manual's theme the procedure belongs to (the picker groups by it). */
  theme: ThemeNumber;
  /** A valid first input (parses with inputSchema, or needs only a unit picked on the diagram). */
  defaultInput: unknown;
  /** The fields of the input form, in order. */
  inputFields: InputField[];
  /** Where the input names the acting prosecutor: the role and the unit id paths; null for none. */
  actingProsecutor: { role: string[]; unit: string[] } | null;
  /** Deadlines to show now, from the context. */
  deadlines(context: unknown): DeadlineView[];
  /** Counters to show now, from the context. */
  counters(context: unknown): CounterView[];
  /** The provision behind an accepted event of this type (time events: the calendar or nothing). */
  eventCitation(type: string, context: unknown): CitationId | null;
  /** Labels of every event type, time events included. */
  eventLabels: Record<string, LocalizedText>;
  /** Labels of every state key (each segment of a dotted state value). */
  stateLabels: Record<string, LocalizedText>;
  /** Labels of every refusal code this procedure can return; `{{name}}` takes `values.name`. */
  codeLabels: Record<string, LocalizedText>;
  /** Whether the simulator opens the meeting view for it (councilVote). */
  meetingView: boolean;
  /** The sample scenario files in public/scenarios/. */
  samples: string[];
  /** The runs this one can be opened from, as a linked run. */
  openedFrom: LinkedOpening[];
  /**
   * The event a prosecutor above the acting one sends in his own name (a protest withdrawn by a
   * higher prosecutor): the screen lists the higher offices from the org chart with it.
   */
  superiorEvent?: TEvent;
  /**
   * A unit picked on the diagram fills the input in a way of its own (a council's roster) instead of
   * naming the acting prosecutor.
   */
  unitPicker?: UnitPicker;
}

/** How a procedure reads a unit picked on the diagram (councilVote: the body's roster). */
export interface UnitPicker {
  /** The kinds of unit that may be picked, offered in a list too. */
  kinds: readonly UnitKind[];
  /** The input path the unit fills; issues under it are not shown before a unit is picked. */
  fills: string[];
  label: LocalizedText;
  hint: LocalizedText;
  /** The draft with the unit applied, or why this unit cannot be used. */
  apply(doc: OrgDocument, unitId: UnitId, draft: unknown): { ok: true; draft: unknown } | { ok: false; message: LocalizedText };
  /** One line on what the draft holds now, or null before a unit is picked. */
  summary(draft: unknown): LocalizedText | null;
}
