import type { LocalizedText } from '../../models/law/types';
import { allowedChildKinds, kindLabel } from '../../models/org/kinds';
import { descendants } from '../../models/org/queries';
import type { OrgDocument, UnitId, UnitKind } from '../../models/org/types';
import type { EditorStore } from './store/editorStore';

/**
 * Editor commands shared by buttons, the keyboard and the tree view: one
 * place that turns an intent into edits of the store.
 */
export function newUnitName(kind: UnitKind): LocalizedText {
  const l = kindLabel(kind);
  return { kk: `${l.kk} (жаңа)`, ru: `${l.ru} (новое)`, en: `${l.en} (new)` };
}

export function addChild(store: EditorStore, parentId: UnitId, kind?: UnitKind): UnitId | null {
  const doc = store.getState().doc;
  const parent = doc.units[parentId];
  if (!parent) return null;
  const k = kind ?? allowedChildKinds(parent.kind)[0];
  if (!k) {
    store.say({ kind: 'refused', text: { kk: 'Бұл бөлімшеге бағынышты қосуға болмайды.', ru: 'К этому подразделению нельзя добавить подчинённое.', en: 'Nothing may be placed under this unit.' } });
    return null;
  }
  const created = store.edit({ type: 'unit.add', parentId, kind: k, name: newUnitName(k) }, 'unit.add');
  const id = created?.[0];
  if (id) store.select([id]);
  return id ?? null;
}

/** How many units deleting these would remove (the units and everything under them). */
export function subtreeSize(doc: OrgDocument, ids: readonly UnitId[]): number {
  const all = new Set<UnitId>();
  for (const id of ids) {
    all.add(id);
    for (const d of descendants(doc, id)) all.add(d);
  }
  return all.size;
}

/** Deletes the units with their subtrees as one undo step (roots only: a descendant goes with its ancestor). */
export function deleteUnits(store: EditorStore, ids: readonly UnitId[]): void {
  const doc = store.getState().doc;
  const set = new Set(ids);
  const roots = ids.filter((id) => {
    for (let p = doc.units[id]?.parentId, guard = 0; p !== undefined && guard < 10_000; p = doc.units[p]?.parentId, guard++) if (set.has(p)) return false;
    return true;
  });
  store.transact(roots.map((id) => ({ type: 'unit.deleteSubtree' as const, id })), 'delete');
}

/** Copies of the units' subtrees under `parentId` (or beside the originals), as one step; the copies get selected. */
export function duplicateUnits(store: EditorStore, ids: readonly UnitId[], parentId?: UnitId | null): void {
  const doc = store.getState().doc;
  const edits = ids.filter((id) => doc.units[id]).map((id) => {
    const target = parentId === null || parentId === undefined ? doc.units[id]?.parentId : parentId;
    return { type: 'unit.duplicateSubtree' as const, id, ...(target !== undefined ? { parentId: target } : {}) };
  });
  const created = store.transact(edits, 'duplicate');
  if (!created) return;
  const after = store.getState().doc;
  // The copies' roots: created units whose parent was not created too.
  const made = new Set(created);
  store.select(created.filter((id) => after.units[id] && !made.has(after.units[id]?.parentId ?? '')));
}

/** Delete, as the Delete button and the Delete key both do: at once for single units, after the inline question for a subtree. */
export function requestDelete(store: EditorStore, ids: readonly UnitId[]): void {
  if (ids.length === 0) return;
  const doc = store.getState().doc;
  if (subtreeSize(doc, ids) > ids.length) store.askDelete(ids);
  else deleteUnits(store, ids);
}

/** Every pinned card goes back to the layout: one undo step, then a fresh tidy-up. */
export function unpinAll(store: EditorStore): number {
  const pinned = Object.values(store.getState().doc.units).filter((u) => u.position !== undefined);
  if (pinned.length === 0) return 0;
  if (store.transact(pinned.map((u) => ({ type: 'unit.unpin' as const, id: u.id })), 'unpinAll') === null) return 0;
  store.tidy();
  return pinned.length;
}

/** Each unit's depth in the tree: roots are level 1. */
export function levels(doc: OrgDocument): Map<UnitId, number> {
  const out = new Map<UnitId, number>();
  const depth = (id: UnitId): number => {
    const known = out.get(id);
    if (known !== undefined) return known;
    let d = 1;
    for (let p = doc.units[id]?.parentId, guard = 0; p !== undefined && doc.units[p] && guard < 10_000; p = doc.units[p]?.parentId, guard++) d++;
    out.set(id, d);
    return d;
  };
  for (const id of Object.keys(doc.units)) depth(id);
  return out;
}

/** Units at `level` or deeper that have subordinates: collapsing them shows levels 1..level, each deeper branch as a count. */
export function collapsedForLevel(doc: OrgDocument, level: number): Set<UnitId> {
  const hasChildren = new Set<UnitId>();
  for (const u of Object.values(doc.units)) if (u.parentId !== undefined && doc.units[u.parentId]) hasChildren.add(u.parentId);
  const depth = levels(doc);
  return new Set([...hasChildren].filter((id) => (depth.get(id) ?? 1) >= level));
}

/** How many levels the tree has. */
export function treeDepth(doc: OrgDocument): number {
  let max = 0;
  for (const d of levels(doc).values()) max = Math.max(max, d);
  return max;
}
