import { z } from 'zod';
import type { OrgDocument } from '../../models/org/types';
import { checkStoredDocument, type FileProblem } from './orgText';

/** One named document as kept in IndexedDB. */
export interface StoredDocument {
  id: string;
  name: string;
  doc: OrgDocument;
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
  /** Counts the saves of this document (src/persistence/tabProtocol.ts); absent in records from before. */
  rev?: number;
}
export type DocumentMeta = Omit<StoredDocument, 'doc' | 'rev'>;

export const MAX_NAME = 120;

/** Names are shown as text only, but are kept plain anyway: no markup, no control characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[<>\u0000-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

const envelope = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'a record id is 1–100 letters, digits, "_" or "-"'),
  name: z
    .string()
    .max(MAX_NAME)
    .refine((s) => s === cleanName(s), 'a name is plain text'),
  doc: z.unknown(),
  updatedAt: z.number().finite().nonnegative(),
  rev: z.number().int().nonnegative().optional(),
});

export interface SkippedRecord {
  key: string;
  problems: FileProblem[];
}

export type RecordResult = { ok: true; record: StoredDocument } | { ok: false; skipped: SkippedRecord };

/**
 * Stored data is a boundary like any file: a record is parsed with the
 * envelope schema and its document with the org schema and invariants, and a
 * damaged one is reported and skipped rather than loaded.
 */
export function parseRecord(key: unknown, raw: unknown): RecordResult {
  const label = typeof key === 'string' ? key : String(key);
  const outer = envelope.safeParse(raw);
  if (!outer.success) {
    return {
      ok: false,
      skipped: {
        key: label,
        problems: outer.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(record)', message: i.message })),
      },
    };
  }
  const doc = checkStoredDocument(outer.data.doc);
  if (!doc.ok) {
    return { ok: false, skipped: { key: label, problems: doc.problems.map((p) => ({ ...p, path: `doc.${p.path}` })) } };
  }
  const record: StoredDocument = { id: outer.data.id, name: outer.data.name, doc: doc.doc, updatedAt: outer.data.updatedAt };
  if (outer.data.rev !== undefined) record.rev = outer.data.rev;
  return { ok: true, record };
}

/** Record ids: random, so two tabs never collide. */
export function newRecordId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** "Name", "Name (2)", "Name (3)"… — the first that is not taken. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const clean = cleanName(base) || 'Untitled';
  if (!taken.includes(clean)) return clean;
  for (let n = 2; ; n++) {
    const candidate = `${clean} (${n})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** `<name>.prokuratura.json`, with characters file systems dislike replaced. */
export function fileNameFor(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = cleanName(name).replace(/[\\/:*?"|\u0000-\u001F]/g, '_').replace(/^\.+/, '').slice(0, 80);
  return `${safe || 'document'}.prokuratura.json`;
}

