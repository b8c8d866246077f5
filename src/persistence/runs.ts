/**
 * Autosaved simulator runs, in a database of their own (`prokuratura-studio-runs`), apart from the
 * documents' database (db.ts), so the two never wait on each other's versions. A record holds a run's
 * whole history (every line and branch) as plain JSON; it is read back through the models'
 * readHistory(), which checks every event against its procedure, so a broken record is reported and
 * left as it is, never half-loaded.
 */
import type { ParseProblem } from '../../models/org/schema';
import { PROCEDURES } from '../../models/procedures';
import { historyToJson, readHistory, type RunHistory } from '../../models/procedures/core/history';
import type { LocalizedText } from '../../models/law/types';
import type { ProcedureId } from '../../models/procedures/core/types';
import { done, request } from './db';

export const RUNS_DB = 'prokuratura-studio-runs';
const VERSION = 1;
const RUNS = 'runs';
const META = 'meta';
const LAST = 'lastRun';

/** One saved run as listed: what the list shows without reading the history. */
export interface RunSummary {
  id: string;
  name: string | null;
  procedure: ProcedureId;
  startDate: string;
  savedAt: string;
  steps: number;
  lines: number;
}

export interface SavedRun extends RunSummary {
  title: LocalizedText | null;
  history: RunHistory;
}

interface RunRecord {
  id: string;
  name: string | null;
  title: LocalizedText | null;
  procedure: ProcedureId;
  startDate: string;
  savedAt: string;
  steps: number;
  lines: number;
  history: Record<string, unknown>;
}

let opening: Promise<IDBDatabase> | null = null;

function openRunsDb(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const req = indexedDB.open(RUNS_DB, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(RUNS)) db.createObjectStore(RUNS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/** A fresh id for a run's record. */
export function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function stepsOf(h: RunHistory): number {
  return Object.values(h.lines).reduce((n, l) => n + l.events.length, 0);
}

/** Whether a history holds anything worth keeping (an untouched run is not listed). */
export function hasSteps(h: RunHistory): boolean {
  return stepsOf(h) > 0 || h.order.length > 1;
}

/** The run's start date as its input gives it ('' when it has none). */
export function startDateOf(input: unknown): string {
  const d = (input as { startDate?: unknown } | null)?.startDate;
  return typeof d === 'string' ? d : '';
}

/** Saves (or overwrites) a run and marks it as the last one. */
export async function saveRun(run: { id: string; name: string | null; title: LocalizedText | null; history: RunHistory }): Promise<void> {
  const db = await openRunsDb();
  const record: RunRecord = {
    id: run.id,
    name: run.name,
    title: run.title,
    procedure: run.history.procedure,
    startDate: startDateOf(run.history.input),
    savedAt: new Date().toISOString(),
    steps: stepsOf(run.history),
    lines: run.history.order.length,
    history: historyToJson(run.history),
  };
  const tx = db.transaction([RUNS, META], 'readwrite');
  tx.objectStore(RUNS).put(record);
  tx.objectStore(META).put(run.id, LAST);
  await done(tx);
}

function summaryOf(raw: unknown): RunSummary | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<RunRecord>;
  if (typeof r.id !== 'string' || typeof r.procedure !== 'string') return null;
  return {
    id: r.id,
    name: typeof r.name === 'string' ? r.name : null,
    procedure: r.procedure,
    startDate: typeof r.startDate === 'string' ? r.startDate : '',
    savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
    steps: typeof r.steps === 'number' ? r.steps : 0,
    lines: typeof r.lines === 'number' ? r.lines : 1,
  };
}

/** Every saved run, the newest first. */
export async function listRuns(): Promise<RunSummary[]> {
  const db = await openRunsDb();
  const all = await request(db.transaction(RUNS, 'readonly').objectStore(RUNS).getAll());
  return (all as unknown[])
    .map(summaryOf)
    .filter((s): s is RunSummary => s !== null)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** One saved run read back and checked, or why it cannot be. */
export async function loadRun(id: string): Promise<{ ok: true; run: SavedRun } | { ok: false; problems: ParseProblem[] }> {
  const db = await openRunsDb();
  const raw: unknown = await request(db.transaction(RUNS, 'readonly').objectStore(RUNS).get(id));
  const summary = summaryOf(raw);
  if (!summary) return { ok: false, problems: [{ path: '(root)', message: 'no such saved run' }] };
  const r = readHistory(PROCEDURES, (raw as RunRecord).history);
  if (!r.ok) return { ok: false, problems: r.problems };
  const title = (raw as RunRecord).title;
  const okTitle = title && typeof title === 'object' && typeof title.kk === 'string' && typeof title.ru === 'string' && typeof title.en === 'string' ? title : null;
  return { ok: true, run: { ...summary, title: okTitle, history: r.value } };
}

/** The run saved last (restored on reload), if any. */
export async function lastRunId(): Promise<string | null> {
  const db = await openRunsDb();
  const id: unknown = await request(db.transaction(META, 'readonly').objectStore(META).get(LAST));
  return typeof id === 'string' ? id : null;
}

/** Renames a saved run in place (one transaction: a save in between is not overwritten). */
export async function renameRun(id: string, name: string): Promise<void> {
  const db = await openRunsDb();
  const tx = db.transaction(RUNS, 'readwrite');
  const store = tx.objectStore(RUNS);
  const found: unknown = await request(store.get(id));
  const trimmed = name.trim().slice(0, 120);
  if (found && typeof found === 'object') store.put({ ...found, name: trimmed === '' ? null : trimmed });
  await done(tx);
}
