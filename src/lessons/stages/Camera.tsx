import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

/** Far off screen: where a card waits until the layout places it (see toFlow.ts). */
const UNPLACED = -1e5;
/** How long the fly-to between two stops takes. */
export const FLY_MS = 700;

/**
 * Flies the camera to the given nodes (all nodes when none), smoothly, once the layout has placed
 * them; flies again when the stop changes or the layout moves them (a re-layout keeps the stop's
 * view, since the view is bound to ids, not positions).
 *
 * The flight is a CSS transition of the viewport's transform: the viewport is set once, and the
 * browser moves the picture there. An animated `fitView` would instead update React Flow's store at
 * every frame, and every card and edge would be asked again whether it changed, 60 times a second.
 */
export function Camera({ ids, stopKey, maxZoom = 1.3, padding = 0.18 }: { ids: readonly string[]; stopKey: string; maxZoom?: number; padding?: number }) {
  const rf = useReactFlow();
  const domNode = useStore((s) => s.domNode);
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
  const flights = useRef(0);
  useEffect(() => {
    if (!key) return;
    const k = `${stopKey}|${key}`;
    if (flown.current === k) return;
    const first = flown.current === '';
    // After the canvas's own first fit (one frame), so that ours lands last.
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => {
        flown.current = k;
        const flight = ++flights.current;
        if (!first) domNode?.classList.add('is-flying');
        void rf.fitView({ nodes: ids.length ? ids.map((id) => ({ id })) : undefined, padding, maxZoom, duration: 0 });
        // Landed: panning and zooming by hand follow the pointer again (unless a newer flight took off).
        setTimeout(() => flights.current === flight && domNode?.classList.remove('is-flying'), FLY_MS + 50);
      });
    });
    return () => cancelAnimationFrame(raf);
  }, [key, stopKey, ids, rf, maxZoom, padding, domNode]);
  return null;
}
