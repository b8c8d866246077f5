import { use, useEffect, useSyncExternalStore } from 'react';
import type { EditorStore } from '../editor/store/editorStore';
import { PersistenceController, restoreAll, type PersistenceState, type Restored } from './controller';

/** How long the start may wait for IndexedDB before showing the template instead. */
const RESTORE_TIMEOUT_MS = 3000;

// Started when the app's modules load, long before React renders: by the time
// App renders, the stored documents are usually read already.
const restored: Promise<Restored> = Promise.race([
  restoreAll(),
  new Promise<Restored>((resolve) => setTimeout(() => resolve({ available: false, records: [], skipped: [], lastOpen: null }), RESTORE_TIMEOUT_MS)),
]);

const controllers = new WeakMap<EditorStore, PersistenceController>();

/** The controller that keeps this editor store's documents, once usePersistence has run. */
export function persistenceFor(store: EditorStore): PersistenceController | undefined {
  return controllers.get(store);
}

/**
 * Keeps the editor's work in IndexedDB. Suspends the first render until the
 * stored documents are read, then loads the last open one into the store
 * before anything is painted (the template is only the first-run default).
 */
export function usePersistence(store: EditorStore): void {
  const data = use(restored);
  let controller = controllers.get(store);
  if (!controller) {
    controller = new PersistenceController(store, data);
    controllers.set(store, controller);
  }
  useEffect(() => controller.start(), [controller]);
}

const NO_STATE: PersistenceState | null = null;
const noop = () => () => {};

/** The documents list and save status for the menu (null when persistence is not running). */
export function usePersistenceState(store: EditorStore): PersistenceState | null {
  const controller = controllers.get(store);
  return useSyncExternalStore(controller?.subscribe ?? noop, controller ? controller.getState : () => NO_STATE);
}
