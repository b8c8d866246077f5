/**
 * Undo and redo over immer patches: the history of edits to one document.
 * Pure data in, data out; selection and viewport are never part of it.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import { applyEdit, applyOrgPatches, type IdGenerator, type OrgEdit, type Patch } from './operations';
import type { OrgDocument, UnitId } from './types';

/** One undoable step: possibly several edits (a paste, a drag of many units) applied as one. */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /**
   * The order of unit ids before the step, kept when the step removed units:
   * patches put a restored key at the end of the map, and "undo returns the
   * document exactly" includes its order (files, layout and the tree view read it).
   */
  unitOrderBefore?: UnitId[];
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** How many steps are kept; the oldest are dropped beyond it. */
  limit: number;
}

export const HISTORY_LIMIT = 500;

export function emptyHistory(limit = HISTORY_LIMIT): History {
  return { past: [], future: [], limit };
}

/** Records a new step: the redo branch is dropped, the oldest steps beyond the limit too. */
export function record(h: History, entry: HistoryEntry): History {
  const past = [...h.past, entry];
  if (past.length > h.limit) past.splice(0, past.length - h.limit);
  return { ...h, past, future: [] };
}

export function canUndo(h: History): boolean {
  return h.past.length > 0;
}

export function canRedo(h: History): boolean {
  return h.future.length > 0;
}

/** @example const r = undo(history, doc); if (r) ({ doc, history } = r); */
export function undo(h: History, doc: OrgDocument): { doc: OrgDocument; history: History; entry: HistoryEntry } | null {
  const entry = h.past[h.past.length - 1];
  if (!entry) return null;
  return {
    doc: restoreOrder(applyOrgPatches(doc, entry.inversePatches), entry.unitOrderBefore),
    history: { ...h, past: h.past.slice(0, -1), future: [entry, ...h.future] },
    entry,
  };
}

function restoreOrder(doc: OrgDocument, order: readonly UnitId[] | undefined): OrgDocument {
  if (!order) return doc;
  const units: OrgDocument['units'] = {};
  for (const id of order) {
    const u = doc.units[id];
    if (u) units[id] = u;
  }
  for (const [id, u] of Object.entries(doc.units)) if (!(id in units)) units[id] = u;
  return { ...doc, units };
}

export function redo(h: History, doc: OrgDocument): { doc: OrgDocument; history: History; entry: HistoryEntry } | null {
  const entry = h.future[0];
  if (!entry) return null;
  return {
    doc: applyOrgPatches(doc, entry.patches),
    history: { ...h, past: [...h.past, entry], future: h.future.slice(1) },
    entry,
  };
}

export type TransactionResult =
  | { ok: true; doc: OrgDocument; entry: HistoryEntry; created: string[] }
  | { ok: false; code: string; message: LocalizedText; index: number; citation?: CitationId };

/**
 * Applies several edits as one step, all or nothing: if one is refused, the
 * document is left as it was and the refusal says which edit and why.
 * @example
 * const r = transact(doc, [{ type: 'unit.pin', id: 'a', position }, { type: 'unit.pin', id: 'b', position }], 'move');
 */
export function transact(doc: OrgDocument, edits: readonly OrgEdit[], label: string, idGen?: IdGenerator): TransactionResult {
  let cur = doc;
  const patches: Patch[] = [];
  const inverse: Patch[][] = [];
  const created: string[] = [];
  for (const [index, edit] of edits.entries()) {
    const r = applyEdit(cur, edit, idGen ? { idGen } : {});
    if (!r.ok) return { ok: false, code: r.code, message: r.message, index, ...(r.citation ? { citation: r.citation } : {}) };
    cur = r.doc;
    patches.push(...r.patches);
    inverse.push(r.inversePatches);
    if (r.created) created.push(...r.created);
  }
  // Undo runs the edits' inverses last to first.
  const inversePatches = inverse.reverse().flat();
  const removesUnits = patches.some((p) => p.op === 'remove' && p.path[0] === 'units' && p.path.length === 2);
  const entry: HistoryEntry = removesUnits ? { label, patches, inversePatches, unitOrderBefore: Object.keys(doc.units) } : { label, patches, inversePatches };
  return { ok: true, doc: cur, entry, created };
}
