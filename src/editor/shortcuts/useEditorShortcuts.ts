import { useEffect, useRef } from 'react';
import { childrenOf } from '../../../models/org/queries';
import type { UnitId } from '../../../models/org/types';
import { addChild, duplicateUnits, requestDelete } from '../commands';
import type { EditorStore } from '../store/editorStore';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Siblings in document order (the tree's order), or the roots for a parentless unit. */
function siblingsOf(store: EditorStore, id: UnitId): UnitId[] {
  const doc = store.getState().doc;
  const parent = doc.units[id]?.parentId;
  if (parent !== undefined) return childrenOf(doc, parent);
  return Object.values(doc.units).filter((u) => u.parentId === undefined).map((u) => u.id);
}

/**
 * The canvas without a mouse: undo/redo, moving through the tree with the
 * arrows, add, rename, delete, copy/paste, duplicate. See keymap.ts.
 */
export function useEditorShortcuts(store: EditorStore, opts: { onHelp: () => void; onFocus: (id: UnitId) => void; onSearch?: () => void }) {
  const optsRef = useRef(opts);
  optsRef.current = opts;
  useEffect(() => {
    const go = (id: UnitId | undefined) => {
      if (id === undefined) return;
      store.select([id]);
      optsRef.current.onFocus(id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.defaultPrevented) return;
      // A modal dialog (the shortcuts list) has the keyboard: Escape is its own, to close it.
      if (document.querySelector('dialog[open]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const { selection, doc } = store.getState();
      const one = selection.length === 1 ? selection[0] : undefined;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) store.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) store.redo();
      else if (mod && key === 'c') store.copy(selection);
      else if (mod && key === 'v') duplicateUnits(store, store.getState().clipboard, one ?? null);
      else if (mod && key === 'd') duplicateUnits(store, selection);
      else if (mod && key === 'f') optsRef.current.onSearch?.();
      else if (!mod && key === '/') optsRef.current.onSearch?.();
      else if ((key === 'Insert' || (mod && key === 'Enter')) && one) {
        const id = addChild(store, one);
        if (id) optsRef.current.onFocus(id);
      } else if ((key === 'Delete' || key === 'Backspace') && selection.length > 0) {
        // The same inline question as the Delete button, in the properties panel.
        requestDelete(store, selection);
      } else if (key === 'F2' && one) document.querySelector<HTMLInputElement>('[data-testid^="name-"]')?.focus();
      else if (key === 'Escape') {
        if (store.getState().pendingDelete) store.askDelete(null);
        else store.select([]);
      }
      else if (key === '?') optsRef.current.onHelp();
      else if (key === 'ArrowUp' && one) go(doc.units[one]?.parentId);
      else if (key === 'ArrowDown' && one) go(childrenOf(doc, one)[0]);
      else if ((key === 'ArrowLeft' || key === 'ArrowRight') && one) {
        const sib = siblingsOf(store, one);
        const i = sib.indexOf(one);
        go(sib[i + (key === 'ArrowLeft' ? -1 : 1)]);
      } else if (key.startsWith('Arrow') && !one) {
        const root = Object.values(doc.units).find((u) => u.kind === 'generalOffice');
        go(root?.id);
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
