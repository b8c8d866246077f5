/**
 * A trainee's results: the attempts, a summary by kind and by theme, and the two exports, CSV and
 * the `prokuratura.results` v1 file a teacher can open.
 */
import { z } from 'zod';
import { EXERCISE_KINDS, type ExerciseKind, type Theme } from './types';

export const RESULTS_FORMAT = 'prokuratura.results';
export const RESULTS_VERSION = 1;

export const attemptSchema = z.strictObject({
  exerciseId: z.string().min(1),
  kind: z.enum(EXERCISE_KINDS),
  theme: z.number().int().min(1).max(8),
  difficulty: z.number().int().min(1).max(3),
  seed: z.number().int(),
  correct: z.boolean(),
  /** Which try this was (1 = first). */
  attempt: z.number().int().min(1),
  citation: z.string(),
  /** When, as the device's clock said (ISO). */
  at: z.string(),
  answer: z.unknown().optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const resultsFileSchema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  trainee: z.string().min(1),
  exportedAt: z.string(),
  attempts: z.array(attemptSchema),
});
export type ResultsFile = z.infer<typeof resultsFileSchema>;

export function toResultsFile(trainee: string, attempts: readonly Attempt[], exportedAt: string): ResultsFile {
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, trainee, exportedAt, attempts: [...attempts] };
}

/** Reads a results file, with every failing path listed. */
export function tryParseResults(input: unknown): { ok: true; value: ResultsFile } | { ok: false; problems: string[] } {
  const r = resultsFileSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ['trainee', 'exercise', 'kind', 'theme', 'difficulty', 'attempt', 'correct', 'citation', 'at'] as const;

/** One row per attempt; RFC 4180 quoting. */
export function resultsCsv(trainee: string, attempts: readonly Attempt[]): string {
  const rows = attempts.map((a) => [trainee, a.exerciseId, a.kind, String(a.theme), String(a.difficulty), String(a.attempt), a.correct ? '1' : '0', a.citation, a.at]);
  return [CSV_HEADER.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

export interface ScoreLine {
  done: number;
  /** Right at the first try. */
  firstTry: number;
  /** Right at some try. */
  solved: number;
}

export interface Summary {
  byKind: Partial<Record<ExerciseKind, ScoreLine>>;
  byTheme: Partial<Record<Theme, ScoreLine>>;
  total: ScoreLine;
}

/** Scores by kind and by theme, counting each exercise once. */
export function summarise(attempts: readonly Attempt[]): Summary {
  const perExercise = new Map<string, Attempt[]>();
  for (const a of attempts) perExercise.set(a.exerciseId, [...(perExercise.get(a.exerciseId) ?? []), a]);
  const summary: Summary = { byKind: {}, byTheme: {}, total: { done: 0, firstTry: 0, solved: 0 } };
  const add = (line: ScoreLine, list: Attempt[]) => {
    line.done += 1;
    if (list.find((a) => a.attempt === 1)?.correct) line.firstTry += 1;
    if (list.some((a) => a.correct)) line.solved += 1;
  };
  for (const list of perExercise.values()) {
    const first = list[0];
    if (!first) continue;
    add((summary.byKind[first.kind] ??= { done: 0, firstTry: 0, solved: 0 }), list);
    add((summary.byTheme[first.theme as Theme] ??= { done: 0, firstTry: 0, solved: 0 }), list);
    add(summary.total, list);
  }
  return summary;
}
