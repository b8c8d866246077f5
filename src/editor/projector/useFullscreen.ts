import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (cb: () => void) => {
  document.addEventListener('fullscreenchange', cb);
  return () => document.removeEventListener('fullscreenchange', cb);
};
const isActive = () => document.fullscreenElement !== null;

/** Enters full screen (the whole app), best effort: a browser may refuse, and the app works the same without it. */
export async function enterFullscreen(): Promise<void> {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused (no user gesture, a policy, a headless browser): focus mode still hides the panels.
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left.
  }
}

/** The Fullscreen API as React state. */
export function useFullscreen(): { supported: boolean; active: boolean; toggle: () => void } {
  const active = useSyncExternalStore(subscribe, isActive, () => false);
  const toggle = useCallback(() => void (isActive() ? exitFullscreen() : enterFullscreen()), []);
  return { supported: document.fullscreenEnabled, active, toggle };
}
