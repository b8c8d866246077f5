import type { EditorStore } from '../editor/store/editorStore';

/** Placeholder: autosave to IndexedDB and restore on start land here. */
export function usePersistence(_store: EditorStore): void {}
