import type { UnitId } from '../../../models/org/types';
import type { DiagramHandle } from '../diagram/DiagramCanvas';
import type { EditorStore } from '../store/editorStore';
import { expandAncestors } from './rows';

/**
 * Makes a unit visible and shows it: opens its collapsed superiors, leaves a
 * focused branch that does not contain it, selects it, and centres the canvas
 * on it once the layout has drawn it (that may take a few frames when a
 * subtree had to be opened). Shared by the tree view and the search box.
 */
export function revealUnit(store: EditorStore, handle: () => DiagramHandle | null, id: UnitId): void {
  const { doc, collapsed, focus } = store.getState();
  if (!doc.units[id]) return;
  const next = expandAncestors(doc, collapsed, id);
  if (next !== collapsed) store.setCollapsed(next);
  if (focus !== null && focus !== id) {
    const hiddenByFocus = !isInBranch(store, focus, id);
    if (hiddenByFocus) store.setFocus(null);
  }
  store.select([id]);
  // Wait until the card is drawn, the layout is idle and the card has stopped moving for a couple of frames.
  let tries = 0;
  let last = '';
  let still = 0;
  const attempt = () => {
    const h = handle();
    const box = h?.geometry().find((g) => g.id === id);
    const busy = h?.element()?.dataset.layout === 'busy';
    const where = box ? `${box.x},${box.y}` : '';
    still = box && !busy && where === last ? still + 1 : 0;
    last = where;
    if (h && still >= 2) h.focusUnit(id);
    else if (tries++ < 180) requestAnimationFrame(attempt);
    else h?.focusUnit(id);
  };
  // Start on the next frame: the canvas has to see the opened subtree first.
  requestAnimationFrame(attempt);
}

function isInBranch(store: EditorStore, focus: UnitId, id: UnitId): boolean {
  const { doc } = store.getState();
  // In the branch: the focus itself, its superiors or its subordinates.
  for (let p: UnitId | undefined = id, guard = 0; p !== undefined && guard < 10_000; p = doc.units[p]?.parentId, guard++) if (p === focus) return true;
  for (let p: UnitId | undefined = doc.units[focus]?.parentId, guard = 0; p !== undefined && guard < 10_000; p = doc.units[p]?.parentId, guard++) if (p === id) return true;
  return false;
}
