import { kindFamily, type KindFamily } from '../../../models/org/kinds';
import type { UnitKind } from '../../../models/org/types';

/** Family colours, shared by the cards (as CSS variables), the minimap and the legend. */
export const FAMILY_COLORS: Record<KindFamily, string> = {
  generalOffice: '#0f2a4a',
  gpoInternal: '#3b5b86',
  departmental: '#0f766e',
  academy: '#7e22ce',
  military: '#4d6b2f',
  transport: '#b45309',
  oblast: '#1d4ed8',
  district: '#60a5fa',
  council: '#059669',
  collegium: '#9333ea',
  external: '#64748b',
};

export function miniMapColor(kind: UnitKind): string {
  return FAMILY_COLORS[kindFamily(kind)];
}
