import { createContext, useContext } from 'react';
import type { UnitId } from '../../models/org/types';

/**
 * Moves between screens with something to show there: practice's "show me" opens the diagram on
 * units or the simulator on a run at a step. The app provides it; a link does the same by hash
 * (`#unit=a,b` for the diagram, `#run=…` for the simulator).
 */
export interface Navigate {
  /** The diagram, with these units revealed and selected. */
  toUnits(ids: readonly UnitId[]): void;
  /** The simulator, on this run link (`#run=…`). */
  toRun(hash: string): void;
}

export const NavigateContext = createContext<Navigate | null>(null);

export function useNavigate(): Navigate | null {
  return useContext(NavigateContext);
}

/** The units a `#unit=a,b` link asks to show, or null. */
export function unitsFromHash(hash: string): UnitId[] | null {
  const m = /^#unit=([^&]+)/.exec(hash);
  if (!m?.[1]) return null;
  const ids = decodeURIComponent(m[1]).split(',').map((s) => s.trim()).filter(Boolean);
  return ids.length > 0 ? ids : null;
}

export function unitsHash(ids: readonly UnitId[]): string {
  return `#unit=${encodeURIComponent(ids.join(','))}`;
}
