import { z } from 'zod';
import { EDITION_IDS } from '../law/editions';
import {
  COUNCIL_LEVELS,
  DISTRICT_TYPES,
  OBLAST_TYPES,
  ORG_FORMAT,
  ORG_VERSION,
  RELATION_KINDS,
  UNIT_KINDS,
  type OrgDocument,
  type OrgFile,
} from './types';

/** Keys that would reach Object.prototype if anyone ever merged the document naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'an id is 1–100 letters, digits, "_", ".", ":" or "-", starting with a letter or digit')
  .refine((s) => !FORBIDDEN_KEYS.has(s), 'this id is reserved');

/** Plain text: no markup, no control characters, a sane length. */
export const plainText = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'plain text only: no "<", ">" or control characters');

export const localizedTextSchema = z.strictObject({
  kk: plainText(300),
  ru: plainText(300),
  en: plainText(300),
});

const positionSchema = z.strictObject({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
});

export const unitSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(UNIT_KINDS),
  name: localizedTextSchema,
  head: localizedTextSchema.optional(),
  parentId: idSchema.optional(),
  notes: plainText(10_000).optional(),
  position: positionSchema.optional(),
  oblastType: z.enum(OBLAST_TYPES).optional(),
  districtType: z.enum(DISTRICT_TYPES).optional(),
  level: z.enum(COUNCIL_LEVELS).optional(),
});

export const relationSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RELATION_KINDS),
  from: idSchema,
  to: idSchema,
  consentOf: idSchema.optional(),
  invited: z.boolean().optional(),
});

export const MAX_UNITS = 20_000;
export const MAX_RELATIONS = 100_000;

export const orgDocumentSchema = z
  .strictObject({
    title: localizedTextSchema,
    units: z.record(idSchema, unitSchema),
    relations: z.array(relationSchema).max(MAX_RELATIONS),
    template: plainText(100).optional(),
    edition: z.enum(EDITION_IDS).optional(),
  })
  .superRefine((doc, ctx) => {
    const ids = Object.keys(doc.units);
    if (ids.length > MAX_UNITS) ctx.addIssue({ code: 'custom', path: ['units'], message: `at most ${MAX_UNITS} units` });
    for (const id of ids) {
      const unit = doc.units[id];
      if (unit && unit.id !== id) ctx.addIssue({ code: 'custom', path: ['units', id, 'id'], message: `the unit is filed under "${id}" but its id is "${unit.id}"` });
    }
    const seen = new Set<string>();
    doc.relations.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['relations', i, 'id'], message: `duplicate relation id "${r.id}"` });
      seen.add(r.id);
      if (doc.units[r.id]) ctx.addIssue({ code: 'custom', path: ['relations', i, 'id'], message: `the relation id "${r.id}" is already a unit's id` });
    });
  });

export const orgFileSchema = z.strictObject({
  format: z.literal(ORG_FORMAT),
  version: z.literal(ORG_VERSION),
  document: orgDocumentSchema,
});

/** One failing place in an input: a dotted path and what is wrong there. */
export interface ParseProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ParseProblem[] };

function toProblems(error: z.ZodError): ParseProblem[] {
  return error.issues.slice(0, 200).map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}

/**
 * JSON.parse that refuses keys which could pollute prototypes, instead of
 * silently keeping them as own properties.
 */
export function parseJsonSafely(text: string): ParseResult<unknown> {
  let bad: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) bad = key;
      return v;
    });
  } catch (e) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (bad) return { ok: false, problems: [{ path: '(root)', message: `the key "${bad}" is not allowed anywhere in a file` }] };
  return { ok: true, value };
}

/** Ordered migrations: `MIGRATIONS[v]` turns a version-v file into version v+1. None yet. */
const MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let file = raw as Record<string, unknown>;
  while (typeof file.version === 'number' && file.version < ORG_VERSION && MIGRATIONS[file.version]) {
    const step = MIGRATIONS[file.version];
    if (!step) break;
    file = step(file);
  }
  return file;
}

/**
 * Reads an org file (object or JSON text) and reports every failing path.
 * @example
 * const r = tryParseOrgFile(text);
 * if (!r.ok) r.problems.forEach((p) => console.log(p.path, p.message));
 */
export function tryParseOrgFile(input: unknown): ParseResult<OrgFile> {
  let raw = input;
  if (typeof input === 'string') {
    const json = parseJsonSafely(input);
    if (!json.ok) return json;
    raw = json.value;
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    if (r.format !== ORG_FORMAT) {
      return { ok: false, problems: [{ path: 'format', message: `this is not a Prokuratura Studio org file (expected format "${ORG_FORMAT}")` }] };
    }
    if (typeof r.version === 'number' && r.version > ORG_VERSION) {
      return { ok: false, problems: [{ path: 'version', message: `version ${r.version} is newer than this app reads (${ORG_VERSION})` }] };
    }
  }
  const result = orgFileSchema.safeParse(migrate(raw));
  if (!result.success) return { ok: false, problems: toProblems(result.error) };
  return { ok: true, value: result.data };
}

/** The document alone, as kept in storage. */
export function tryParseOrgDocument(input: unknown): ParseResult<OrgDocument> {
  const result = orgDocumentSchema.safeParse(input);
  if (!result.success) return { ok: false, problems: toProblems(result.error) };
  return { ok: true, value: result.data };
}

export function toOrgFile(document: OrgDocument): OrgFile {
  return { format: ORG_FORMAT, version: ORG_VERSION, document };
}
