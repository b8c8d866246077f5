import { useEffect, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { layoutOrg, placeNewUnits, type LayoutDirection, type Size } from '../../../models/layout';
import type { OrgDocument, Position, UnitId } from '../../../models/org/types';
import { elkInWorker } from './elkInWorker';

export interface LayoutState {
  positions: Record<UnitId, Position>;
  stacked: Record<UnitId, UnitId>;
  /** False until the first full layout has landed. */
  ready: boolean;
  busy: boolean;
  /** Increments each time a full layout lands, so the canvas can fit the view once per new layout. */
  generation: number;
  /** `loadId|direction` the last full layout was made for: the view is fitted once that matches the current one. */
  laidOutFor: string;
}

interface Args {
  doc: OrgDocument;
  direction: LayoutDirection;
  lang: string;
  hidden: ReadonlySet<UnitId>;
  /** A new document: lay out from scratch. */
  loadId: number;
  /** "Tidy up": lay out from scratch, keeping pinned units. */
  tidyId: number;
  /** Anything else that changes the cards' sizes (the projector's card scale). */
  sizeKey?: string;
}

function nextFrames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/**
 * Positions for the canvas. ELK (in its worker, with sizes React Flow
 * measured) runs for a new document, a new direction, language or set of
 * collapsed units, and on "tidy up". Edits in between are placed
 * incrementally: known units stay exactly where they are, new ones go next
 * to their siblings, pinned ones where the user put them.
 */
export function useOrgLayout({ doc, direction, lang, hidden, loadId, tidyId, sizeKey = '' }: Args): LayoutState {
  const { getNodes } = useReactFlow();
  const [state, setState] = useState<LayoutState>({ positions: {}, stacked: {}, ready: false, busy: true, generation: 0, laidOutFor: '' });
  const fullKey = `${loadId}|${tidyId}|${direction}|${lang}|${sizeKey}|${[...hidden].sort().join(',')}`;
  const docRef = useRef(doc);
  docRef.current = doc;
  const hiddenRef = useRef(hidden);
  hiddenRef.current = hidden;
  const loadIdRef = useRef(loadId);
  loadIdRef.current = loadId;
  /** Each unit's parent when it was last placed: a unit moved to another parent is placed anew. */
  const placedUnder = useRef(new Map<UnitId, UnitId | undefined>());

  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, busy: true }));
    void (async () => {
      // Let React Flow render the cards (in the new language) and measure them.
      await nextFrames(3);
      if (cancelled) return;
      const sizes: Record<UnitId, Size> = {};
      for (const n of getNodes()) {
        if (n.measured?.width && n.measured.height) sizes[n.id] = { width: n.measured.width, height: n.measured.height };
      }
      const engine = await elkInWorker();
      const current = docRef.current;
      const result = await layoutOrg(current, engine, { direction, sizes, hidden: hiddenRef.current });
      if (cancelled) return;
      placedUnder.current = new Map(Object.values(current.units).map((u) => [u.id, u.parentId]));
      setState((s) => ({ positions: result.positions, stacked: result.stacked, ready: true, busy: false, generation: s.generation + 1, laidOutFor: `${loadIdRef.current}|${direction}` }));
    })();
    return () => {
      cancelled = true;
    };
    // fullKey captures what calls for a fresh layout; doc and hidden are read through refs.
  }, [fullKey, direction, getNodes]);

  // Edits between full layouts: keep what is placed, place what is new. While a full layout is on its way
  // (a new document, say) nothing is placed here: placing 2,000 new cards by hand only to move them again
  // would draw them all for nothing. Re-run when a full layout lands, for edits made while it ran.
  useEffect(() => {
    setState((s) => {
      if (!s.ready || s.busy) return s;
      const known: Record<UnitId, Position> = {};
      const moved = new Set<UnitId>();
      for (const u of Object.values(doc.units)) {
        if (placedUnder.current.has(u.id) && placedUnder.current.get(u.id) !== u.parentId) moved.add(u.id);
      }
      const isMoved = (id: UnitId): boolean => {
        for (let cur: UnitId | undefined = id, guard = 0; cur !== undefined && guard < 10_000; guard++) {
          if (moved.has(cur)) return true;
          cur = doc.units[cur]?.parentId;
        }
        return false;
      };
      let changed = false;
      for (const [id, p] of Object.entries(s.positions)) {
        const u = doc.units[id];
        if (!u) {
          changed = true;
          continue;
        }
        if (u.position) {
          known[id] = u.position;
          if (u.position.x !== p.x || u.position.y !== p.y) changed = true;
        } else if (isMoved(id)) changed = true;
        else known[id] = p;
      }
      const stackedKnown = Object.fromEntries(Object.entries(s.stacked).filter(([id]) => known[id] !== undefined));
      const missing = Object.keys(doc.units).some((id) => known[id] === undefined && !hidden.has(id));
      if (!changed && !missing) return s;
      const sizes: Record<UnitId, Size> = {};
      for (const n of getNodes()) if (n.measured?.width && n.measured.height) sizes[n.id] = { width: n.measured.width, height: n.measured.height };
      const placed = placeNewUnits(doc, known, { direction, sizes, hidden, stacked: stackedKnown });
      placedUnder.current = new Map(Object.values(doc.units).map((u) => [u.id, u.parentId]));
      return { ...s, positions: placed.positions, stacked: placed.stacked };
    });
  }, [doc, direction, hidden, getNodes, state.generation]);

  return state;
}
