import { z } from 'zod';
import { localizedTextSchema, parseJsonSafely, type ParseProblem, type ParseResult } from '../../org/schema';
import { contextToJson, replay, stateValueString } from './replay';
import type { ProcedureDefinition, ProcedureId, Step } from './types';

/** The procedures a runner knows; filled by models/procedures/index.ts (PROCEDURES). */
export type ProcedureRegistry = Partial<Record<ProcedureId, ProcedureDefinition<any, any>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const SCENARIO_FORMAT = 'prokuratura.scenario';
export const SCENARIO_VERSION = 1;
export const PROCEDURE_IDS = ['inspection', 'protest', 'councilVote', 'representation', 'appeal', 'complaint', 'actSuspension', 'forcedBringing'] as const satisfies readonly ProcedureId[];
export const MAX_SCENARIO_STEPS = 5_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const noteSchema = z.strictObject({
  kk: localizedTextSchema.shape.kk.optional(),
  ru: localizedTextSchema.shape.ru.optional(),
  en: localizedTextSchema.shape.en.optional(),
});

/** The envelope; `input` and each `event` are then checked by the procedure's own schemas. */
export const scenarioEnvelopeSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  procedure: z.enum(PROCEDURE_IDS),
  title: localizedTextSchema,
  input: z.unknown(),
  steps: z
    .array(z.strictObject({ event: z.looseObject({ type: z.string() }), note: noteSchema.optional() }))
    .max(MAX_SCENARIO_STEPS),
});

export type LocalizedNote = z.infer<typeof noteSchema>;

export interface ScenarioFile<TInput = unknown, TEvent extends { type: string } = { type: string }> {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  procedure: ProcedureId;
  title: { kk: string; ru: string; en: string };
  input: TInput;
  steps: { event: TEvent; note?: LocalizedNote }[];
}

/** One row of a headless run, as `npm run scenario -- FILE --json` prints it. */
export interface ScenarioRow {
  /** 1-based, in file order. */
  step: number;
  /** The event's type. */
  event: string;
  accepted: boolean;
  /** The reason code of a rejection; null when accepted. */
  code: string | null;
  /** Dot-separated state value after the step, e.g. 'inProgress.suspended'. */
  state: string;
  /** The simulated date after the step. */
  date: string;
  context: Record<string, unknown>;
}

function forbiddenKeyPath(value: unknown, path: (string | number)[] = []): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function problemsOf(error: z.ZodError, prefix: (string | number)[]): ParseProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    return { path: path.length ? path.join('.') : '(root)', message: issue.message };
  });
}

/**
 * Reads a scenario (JSON text or an object) against the registry and reports every failing path:
 * the envelope first, then the input and every step's event against the procedure's schemas.
 * @example
 * const r = tryParseScenarioWith(PROCEDURES, text);
 * if (!r.ok) r.problems.forEach((p) => console.log(`${p.path}: ${p.message}`));
 */
export function tryParseScenarioWith(registry: ProcedureRegistry, input: unknown): ParseResult<ScenarioFile> {
  let raw = input;
  if (typeof input === 'string') {
    const json = parseJsonSafely(input);
    if (!json.ok) return json;
    raw = json.value;
  }
  const bad = forbiddenKeyPath(raw);
  if (bad) return { ok: false, problems: [{ path: bad, message: 'this key is not allowed anywhere in a file' }] };
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    if (r.format !== SCENARIO_FORMAT) {
      return { ok: false, problems: [{ path: 'format', message: `this is not a scenario file (expected format "${SCENARIO_FORMAT}")` }] };
    }
    if (typeof r.version === 'number' && r.version > SCENARIO_VERSION) {
      return { ok: false, problems: [{ path: 'version', message: `version ${r.version} is newer than this app reads (${SCENARIO_VERSION})` }] };
    }
  }
  const problems: ParseProblem[] = [];
  const envelope = scenarioEnvelopeSchema.safeParse(raw);
  if (!envelope.success) problems.push(...problemsOf(envelope.error, []));
  // Go on into the input and the steps even when the envelope is wrong, to report every failing path.
  const r = raw as { procedure?: unknown; input?: unknown; steps?: unknown };
  const procedure = PROCEDURE_IDS.find((id) => id === r.procedure);
  const def = procedure ? registry[procedure] : undefined;
  if (procedure && !def) problems.push({ path: 'procedure', message: `the procedure "${procedure}" is not available in this build` });
  if (!def) return problems.length ? { ok: false, problems: problems.slice(0, 200) } : { ok: false, problems: [{ path: 'procedure', message: 'unknown procedure' }] };

  const parsedInput = def.inputSchema.safeParse(r.input);
  if (!parsedInput.success) problems.push(...problemsOf(parsedInput.error, ['input']));
  const steps: ScenarioFile['steps'] = [];
  const rawSteps: unknown[] = Array.isArray(r.steps) ? (r.steps as unknown[]) : [];
  rawSteps.forEach((s, i) => {
    const event = typeof s === 'object' && s !== null ? (s as { event?: unknown }).event : undefined;
    const parsed = def.eventSchema.safeParse(event);
    if (!parsed.success) problems.push(...problemsOf(parsed.error, ['steps', i, 'event']));
    else steps.push({ event: parsed.data as { type: string } });
  });
  if (problems.length || !envelope.success) return { ok: false, problems: dedupe(problems).slice(0, 200) };
  const file = envelope.data;
  return {
    ok: true,
    value: {
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      procedure: file.procedure,
      title: file.title,
      input: parsedInput.data,
      steps: steps.map((st, i) => {
        const note = file.steps[i]?.note;
        return note ? { ...st, note } : st;
      }),
    },
  };
}

function dedupe(problems: ParseProblem[]): ParseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dateOf(context: unknown): string {
  const date = (context as { date?: unknown } | undefined)?.date;
  return typeof date === 'string' ? date : '';
}

/** The rows of a step list, as the CLI prints them. */
export function rowsOf(steps: Step[]): ScenarioRow[] {
  return steps.map((s) => ({
    step: s.index,
    event: s.event.type,
    accepted: s.verdict.ok,
    code: s.verdict.ok ? null : s.verdict.code,
    state: stateValueString(s.snapshot),
    date: dateOf(s.snapshot.context),
    context: contextToJson(s.snapshot),
  }));
}

/** Replays a parsed scenario headless; one row per step, whatever the steps do. */
export function runScenarioWith(registry: ProcedureRegistry, file: ScenarioFile): ScenarioRow[] {
  const def = registry[file.procedure];
  if (!def) throw new Error(`the procedure "${file.procedure}" is not available in this build`);
  return rowsOf(replay(def, file.input, file.steps.map((s) => s.event)));
}

/** One line per step: `3  inspection.start  accepted  inProgress.active  2025-03-04`. */
export function formatRow(row: ScenarioRow): string {
  return [String(row.step), row.event, row.accepted ? 'accepted' : `rejected:${row.code ?? ''}`, row.state, row.date].join('\t');
}
