import { useEffect, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { layoutOrg, type LayoutDirection, type LayoutResult, type Size } from '../../../models/layout';
import type { OrgDocument, UnitId } from '../../../models/org/types';
import { elkInWorker } from './elkInWorker';

export interface LayoutState {
  result: LayoutResult | null;
  busy: boolean;
  /** Increments each time a layout lands, so that the canvas can fit the view once per new layout. */
  generation: number;
}

/** What changes the picture's geometry: the tree, the direction, the language (text wraps differently). */
export function layoutKey(doc: OrgDocument, direction: LayoutDirection, lang: string, hidden: ReadonlySet<UnitId>): string {
  const parts = [direction, lang, String(hidden.size)];
  for (const u of Object.values(doc.units)) {
    if (hidden.has(u.id)) continue;
    parts.push(`${u.id}<${u.parentId ?? ''}|${u.kind}|${u.name[lang as 'kk'] ?? ''}|${u.position ? `${u.position.x},${u.position.y}` : ''}`);
  }
  for (const r of doc.relations) if (r.kind === 'appointment') parts.push(`${r.from}>${r.to}~${r.consentOf ?? ''}`);
  return parts.join('\n');
}

function nextFrames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/**
 * Runs ELK (in its worker) whenever the geometry key changes, after React Flow
 * has measured the cards, so that ELK gets the real sizes.
 */
export function useOrgLayout(doc: OrgDocument, direction: LayoutDirection, lang: string, hidden: ReadonlySet<UnitId>): LayoutState {
  const { getNodes } = useReactFlow();
  const [state, setState] = useState<LayoutState>({ result: null, busy: true, generation: 0 });
  const key = layoutKey(doc, direction, lang, hidden);
  const docRef = useRef(doc);
  docRef.current = doc;
  const hiddenRef = useRef(hidden);
  hiddenRef.current = hidden;

  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, busy: true }));
    void (async () => {
      // Let React Flow render the cards in the new language and measure them.
      await nextFrames(3);
      if (cancelled) return;
      const sizes: Record<UnitId, Size> = {};
      for (const n of getNodes()) {
        if (n.measured?.width && n.measured.height) sizes[n.id] = { width: n.measured.width, height: n.measured.height };
      }
      const engine = await elkInWorker();
      const result = await layoutOrg(docRef.current, engine, { direction, sizes, hidden: hiddenRef.current });
      if (cancelled) return;
      setState((s) => ({ result, busy: false, generation: s.generation + 1 }));
    })();
    return () => {
      cancelled = true;
    };
    // The key captures everything the layout depends on; doc and hidden are read through refs.
  }, [key, direction, getNodes]);

  return state;
}
