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
