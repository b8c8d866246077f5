import { registerSW } from 'virtual:pwa-register';
import { requestPersistentStorage } from './storagePersistence';
import { updates } from './updates';

/**
 * Registers the service worker (production builds only; the dev server has
 * none) with `registerType: 'prompt'`: a new version is announced and waits;
 * nothing reloads the page unless the user presses "Update now". Also asks
 * once for persistent storage.
 */
export function startPwa(): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh: () => updates.needRefresh(() => updateSW(true)),
      onOfflineReady: () => updates.offlineReady(),
    });
  }
  void requestPersistentStorage();
}
