import { useEffect } from 'react';
import { DEFAULT_VIEW, type EditorStore, type ViewSettings } from '../store/editorStore';

const KEY = 'prokuratura.view';

/** The saved projector settings, or the defaults for anything missing or malformed. */
export function readViewSettings(raw: string | null): ViewSettings {
  try {
    const v = JSON.parse(raw ?? 'null') as Partial<Record<keyof ViewSettings, unknown>> | null;
    if (!v || typeof v !== 'object') return DEFAULT_VIEW;
    return {
      // Focus mode is never restored: a reload starts with the panels, so nobody is stuck without them.
      presenting: false,
      minimap: typeof v.minimap === 'boolean' ? v.minimap : DEFAULT_VIEW.minimap,
      textSize: typeof v.textSize === 'number' && Number.isFinite(v.textSize) ? v.textSize : DEFAULT_VIEW.textSize,
    };
  } catch {
    return DEFAULT_VIEW;
  }
}

/** Keeps the card size and the minimap choice across reloads (this browser only). */
export function useViewSettings(store: EditorStore): void {
  useEffect(() => {
    const saved = readViewSettings(localStorage.getItem(KEY));
    store.setView({ minimap: saved.minimap, textSize: saved.textSize });
    let last = store.getState().view;
    return store.subscribe(() => {
      const v = store.getState().view;
      if (v === last) return;
      last = v;
      try {
        localStorage.setItem(KEY, JSON.stringify({ minimap: v.presenting ? true : v.minimap, textSize: v.textSize }));
      } catch {
        // Storage full or blocked: the setting lasts this visit.
      }
    });
  }, [store]);
}
