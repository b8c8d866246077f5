import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { UnitId } from '../../../models/org/types';
import { typeAheadMatch, type TreeRow } from './rows';

export interface TreeKeyActions {
  rows: readonly TreeRow[];
  names: readonly string[];
  activeIndex: number;
  /** Moves the roving focus to a row. */
  moveTo: (id: UnitId) => void;
  /** Opens or closes a row (a unit's subtree or the group of external bodies). */
  toggle: (id: UnitId) => void;
  /** Opens every closed sibling of the row (`*`). */
  expandSiblings: (row: TreeRow) => void;
  /** Enter / Space: selects the unit on the canvas too. */
  activate: (row: TreeRow) => void;
}

/** Keys that stay with the rest of the editor even while the tree has focus. */
const PASS_THROUGH = new Set(['?', '/']);

/** The WAI-ARIA tree pattern's keyboard: arrows, Home/End, Enter, `*`, and type-ahead on the first letters. */
export function useTreeKeys(a: TreeKeyActions) {
  const typed = useRef({ text: '', at: 0 });
  const latest = useRef(a);
  latest.current = a;
  return useCallback((e: KeyboardEvent) => {
    const { rows, names, activeIndex, moveTo, toggle, expandSiblings, activate } = latest.current;
    if (e.ctrlKey || e.metaKey || e.altKey || rows.length === 0) return;
    const i = activeIndex < 0 ? 0 : activeIndex;
    const row = rows[i];
    if (!row) return;
    const go = (k: number) => {
      const r = rows[Math.max(0, Math.min(rows.length - 1, k))];
      if (r) moveTo(r.id);
    };
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': go(i + 1); break;
      case 'ArrowUp': go(i - 1); break;
      case 'Home': go(0); break;
      case 'End': go(rows.length - 1); break;
      case 'ArrowRight':
        if (row.childCount > 0 && !row.expanded) toggle(row.id);
        else if (row.expanded) go(i + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) toggle(row.id);
        else if (row.parent !== null) moveTo(row.parent);
        break;
      case 'Enter':
      case ' ':
        if (row.group) toggle(row.id);
        else activate(row);
        break;
      case '*': expandSiblings(row); break;
      default:
        handled = e.key.length === 1 && !PASS_THROUGH.has(e.key) && e.key.trim() !== '';
        if (handled) {
          const now = e.timeStamp;
          const t = typed.current;
          t.text = now - t.at > 700 ? e.key : t.text + e.key;
          t.at = now;
          const k = typeAheadMatch(names, i, t.text);
          if (k >= 0) go(k);
        }
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }, []);
}
