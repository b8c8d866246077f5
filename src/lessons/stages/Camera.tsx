import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

/** Far off screen: where a card waits until the layout places it (see toFlow.ts). */
const UNPLACED = -1e5;

/**
 * Flies the camera to the given nodes (all nodes when none), smoothly, once the layout has placed
 * them; flies again when the stop changes or the layout moves them (a re-layout keeps the stop's
 * view, since the view is bound to ids, not positions).
 */
export function Camera({ ids, stopKey, maxZoom = 1.3, padding = 0.18 }: { ids: readonly string[]; stopKey: string; maxZoom?: number; padding?: number }) {
  const rf = useReactFlow();
  const key = useStore((s) => {
    const targets = ids.length ? ids : [...s.nodeLookup.keys()];
    let out = '';
    for (const id of targets) {
      const n = s.nodeLookup.get(id);
      if (!n) continue;
      const p = n.internals.positionAbsolute;
      if (p.x < UNPLACED) return '';
      out += `${id}:${Math.round(p.x)},${Math.round(p.y)},${n.measured.width ?? 0};`;
    }
    return out;
  });
  const flown = useRef('');
  useEffect(() => {
    if (!key) return;
    const k = `${stopKey}|${key}`;
    if (flown.current === k) return;
    const first = flown.current === '';
    flown.current = k;
    // After the canvas's own first fit (one frame), so that ours lands last.
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => {
        void rf.fitView({ nodes: ids.length ? ids.map((id) => ({ id })) : undefined, padding, maxZoom, duration: first ? 0 : 700 });
      });
    });
    return () => cancelAnimationFrame(raf);
  }, [key, stopKey, ids, rf, maxZoom, padding]);
  return null;
}
