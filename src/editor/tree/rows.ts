import { ancestors, childrenIndex, descendants, externals } from '../../../models/org/queries';
import { isExternalKind } from '../../../models/org/kinds';
import type { OrgDocument, UnitId } from '../../../models/org/types';

/** The id of the pseudo row that groups the external bodies (President, Senate, agencies). */
export const EXTERNALS_ROW = '__externals';

/** One visible line of the tree view, with everything ARIA needs. */
export interface TreeRow {
  id: UnitId;
  /** 1 at the top (aria-level). */
  level: number;
  /** Number of siblings including this row (aria-setsize) and its 1-based place among them (aria-posinset). */
  setSize: number;
  posInSet: number;
  /** The row one level up, if any (Left goes there). */
  parent: UnitId | null;
  /** How many children it has; 0 means a leaf (no aria-expanded). */
  childCount: number;
  expanded: boolean;
  /** True for the external bodies' group row: not a unit. */
  group: boolean;
}

export interface TreeRowsInput {
  doc: OrgDocument;
  collapsed: ReadonlySet<UnitId>;
  /** Show only this branch (its superiors and subordinates), as on the canvas. */
  focus: UnitId | null;
  /** Whether the group of external bodies is open. */
  externalsOpen: boolean;
  index?: ReadonlyMap<UnitId, UnitId[]>;
}

/**
 * The rows the tree view shows: the subordination tree depth-first in
 * document order, only under expanded units, then the group of external
 * bodies. O(number of units); children of a collapsed unit are never visited.
 * A loop in a broken document is cut where it repeats.
 */
export function treeRows({ doc, collapsed, focus, externalsOpen, index = childrenIndex(doc) }: TreeRowsInput): TreeRow[] {
  const keep = focus !== null && doc.units[focus] ? new Set<UnitId>([focus, ...ancestors(doc, focus), ...descendants(doc, focus, index)]) : null;
  const shown = (id: UnitId) => keep === null || keep.has(id);
  const kids = (id: UnitId) => (index.get(id) ?? []).filter(shown);
  const rows: TreeRow[] = [];
  const seen = new Set<UnitId>();
  const visit = (ids: UnitId[], level: number, parent: UnitId | null) => {
    ids.forEach((id, i) => {
      if (seen.has(id)) return;
      seen.add(id);
      const children = kids(id);
      const expanded = children.length > 0 && !collapsed.has(id);
      rows.push({ id, level, setSize: ids.length, posInSet: i + 1, parent, childCount: children.length, expanded, group: false });
      if (expanded) visit(children, level + 1, id);
    });
  };
  const tops = Object.values(doc.units)
    .filter((u) => !isExternalKind(u.kind) && (u.parentId === undefined || !doc.units[u.parentId]))
    .map((u) => u.id)
    .filter(shown);
  const outside = keep === null ? externals(doc) : [];
  const topCount = tops.length + (outside.length > 0 ? 1 : 0);
  visit(tops, 1, null);
  for (const r of rows) if (r.level === 1) r.setSize = topCount;
  if (outside.length > 0) {
    rows.push({ id: EXTERNALS_ROW, level: 1, setSize: topCount, posInSet: topCount, parent: null, childCount: outside.length, expanded: externalsOpen, group: true });
    if (externalsOpen) {
      outside.forEach((id, i) => rows.push({ id, level: 2, setSize: outside.length, posInSet: i + 1, parent: EXTERNALS_ROW, childCount: 0, expanded: false, group: false }));
    }
  }
  return rows;
}

/**
 * The collapsed set with every collapsed superior of `id` opened, so that
 * the unit is drawn (search results, findings). Returns the same set when
 * nothing had to change.
 */
export function expandAncestors(doc: OrgDocument, collapsed: ReadonlySet<UnitId>, id: UnitId): ReadonlySet<UnitId> {
  const above = ancestors(doc, id).filter((a) => collapsed.has(a));
  if (above.length === 0) return collapsed;
  const next = new Set(collapsed);
  for (const a of above) next.delete(a);
  return next;
}

/**
 * The next row whose label starts with `prefix` (case-insensitive), searching
 * after `from` and wrapping round; -1 when none does (type-ahead).
 */
export function typeAheadMatch(labels: readonly string[], from: number, prefix: string): number {
  const p = prefix.toLocaleLowerCase();
  if (!p) return -1;
  const n = labels.length;
  // A repeated single letter cycles through the matches; a longer prefix may stay on the current row.
  const start = p.length > 1 ? 0 : 1;
  for (let k = start; k < n + start; k++) {
    const i = (((from + k) % n) + n) % n;
    if (labels[i]?.toLocaleLowerCase().startsWith(p)) return i;
  }
  return -1;
}

/** end[i] for rows in depth-first order: where row i's subtree stops. */
export function subtreeEnds(rows: readonly TreeRow[]): number[] {
  const end = new Array<number>(rows.length).fill(rows.length);
  const stack: number[] = [];
  rows.forEach((r, i) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] ?? 0;
      if ((rows[top]?.level ?? 0) < r.level) break;
      end[top] = i;
      stack.pop();
    }
    stack.push(i);
  });
  return end;
}
