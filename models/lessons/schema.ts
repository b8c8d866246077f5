/**
 * The `prokuratura.lesson` file format (design.md, "Lessons and questions"): one zod schema,
 * a `tryParse` that lists every failing path, and an ordered migrations hook.
 */
import { z } from 'zod';
import { isCitationId } from '../law';
import { idSchema, parseJsonSafely, type ParseProblem, type ParseResult } from '../org/schema';
import { RELATION_KINDS } from '../org/types';
import { isQuestionId } from './questions';
import { isSchemeId } from './schemes';
import { LESSON_FORMAT, LESSON_VERSION, type Lesson, type LessonFile } from './types';

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const text = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'plain text only: no "<", ">" or control characters');

const localized = (max: number) => z.strictObject({ kk: text(max), ru: text(max), en: text(max) });

/** A file name in public/scenarios/: no folders, no way out of it. */
const scenarioFileSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}\.json$/, 'a scenario file name like "protest-satisfied.json"');

export const orgViewSchema = z
  .strictObject({
    kind: z.literal('org'),
    template: idSchema.optional(),
    document: text(200).optional(),
    edition: text(100).optional(),
    focus: z.array(idSchema).max(500).optional(),
    layers: z.array(z.enum(RELATION_KINDS)).max(RELATION_KINDS.length).optional(),
    reveal: z.number().int().min(1).max(50).optional(),
    path: z.tuple([idSchema, idSchema]).optional(),
    collapsed: z.array(idSchema).max(5_000).optional(),
  })
  .refine((v) => (v.template === undefined) !== (v.document === undefined), { message: 'an org view names either a template or a document, not both and not neither' });

export const schemeViewSchema = z.strictObject({
  kind: z.literal('scheme'),
  scheme: z.string().refine(isSchemeId, 'unknown scheme'),
  focus: z.array(idSchema).max(200).optional(),
});

export const runViewSchema = z.strictObject({
  kind: z.literal('run'),
  scenario: scenarioFileSchema,
  step: z.number().int().min(0).max(5_000),
});

export const viewSchema = z.discriminatedUnion('kind', [orgViewSchema, schemeViewSchema, runViewSchema]);

export const stopSchema = z.strictObject({
  id: idSchema,
  title: localized(200),
  text: localized(1_500),
  notes: localized(3_000).optional(),
  citations: z.array(z.string().refine(isCitationId, 'not a citation of the registry (models/law)')).max(30),
  view: viewSchema,
  questions: z.array(z.string().refine(isQuestionId, 'not a question of the bank (q<theme>.<number>)')).max(40).optional(),
});

export const lessonSchema = z
  .strictObject({
    id: idSchema,
    theme: z.number().int().min(1).max(8).optional(),
    title: localized(200),
    stops: z.array(stopSchema).min(1, 'a lesson has at least one stop').max(300),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Set<string>();
    lesson.stops.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['stops', i, 'id'], message: `duplicate stop id "${s.id}"` });
      seen.add(s.id);
    });
  });

export const lessonFileSchema = z.strictObject({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  lesson: lessonSchema,
});

function toProblems(error: z.ZodError): ParseProblem[] {
  return error.issues.slice(0, 200).map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}

function forbiddenKeyPath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Ordered migrations: `LESSON_MIGRATIONS[v]` turns a version-v file into version v+1. None yet. */
export const LESSON_MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateLessonFile(raw: unknown, migrations = LESSON_MIGRATIONS): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let file = raw as Record<string, unknown>;
  while (typeof file.version === 'number' && file.version < LESSON_VERSION) {
    const step = migrations[file.version];
    if (!step) break;
    file = step(file);
  }
  return file;
}

/**
 * Reads a lesson file (JSON text or an object) and reports every failing path.
 * @example
 * const r = tryParseLessonFile(text);
 * if (!r.ok) r.problems.forEach((p) => console.log(`${p.path}: ${p.message}`));
 */
export function tryParseLessonFile(input: unknown): ParseResult<LessonFile> {
  let raw = input;
  if (typeof input === 'string') {
    const json = parseJsonSafely(input);
    if (!json.ok) return json;
    raw = json.value;
  }
  const bad = forbiddenKeyPath(raw);
  if (bad) return { ok: false, problems: [{ path: bad, message: 'this key is not allowed anywhere in a file' }] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '(root)', message: `a lesson file is a JSON object with "format": "${LESSON_FORMAT}"` }] };
  }
  const r = raw as Record<string, unknown>;
  if (r.format !== LESSON_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: `this is not a Prokuratura Studio lesson file (expected format "${LESSON_FORMAT}")` }] };
  }
  if (typeof r.version === 'number' && r.version > LESSON_VERSION) {
    return { ok: false, problems: [{ path: 'version', message: `version ${r.version} is newer than this app reads (${LESSON_VERSION})` }] };
  }
  const result = lessonFileSchema.safeParse(migrateLessonFile(raw));
  if (!result.success) return { ok: false, problems: toProblems(result.error) };
  return { ok: true, value: result.data as LessonFile };
}

/** The lesson alone, as kept in storage. */
export function tryParseLesson(input: unknown): ParseResult<Lesson> {
  const result = lessonSchema.safeParse(input);
  if (!result.success) return { ok: false, problems: toProblems(result.error) };
  return { ok: true, value: result.data as Lesson };
}

export function toLessonFile(lesson: Lesson): LessonFile {
  return { format: LESSON_FORMAT, version: LESSON_VERSION, lesson };
}

/** The file's text: pretty-printed JSON with a final newline. */
export function lessonFileText(lesson: Lesson): string {
  return `${JSON.stringify(toLessonFile(lesson), null, 2)}\n`;
}

export const LESSON_INDEX_FORMAT = 'prokuratura.lessonIndex';

/** public/lessons/index.json: the built-in lessons, in order. */
export const lessonIndexSchema = z.strictObject({
  format: z.literal(LESSON_INDEX_FORMAT),
  version: z.literal(1),
  lessons: z.array(
    z.strictObject({
      id: idSchema,
      file: z.string().regex(/^[a-z0-9-]+\.prokuratura-lesson\.json$/),
      theme: z.number().int().min(1).max(8),
      title: localized(200),
      stops: z.number().int().min(1),
    }),
  ),
});

export type LessonIndex = z.infer<typeof lessonIndexSchema>;
