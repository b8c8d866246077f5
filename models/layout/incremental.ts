import type { OrgDocument, Position, UnitId } from '../org/types';
import { DEFAULT_NODE_SIZE, type LayoutDirection, type Size } from './index';

const GAP = 24;

/**
 * Places units that have no position yet without moving any that have one,
 * so that adding a unit never throws the rest of the diagram around. A new
 * unit goes after its last placed sibling, or under (right of) its parent;
 * a unit with no placed relative goes to the right of everything.
 * Units are placed parents first, so a pasted branch keeps its shape.
 * @example
 * const next = placeNewUnits(doc, known, { direction: 'DOWN' });
 */
export function placeNewUnits(
  doc: OrgDocument,
  known: Readonly<Record<UnitId, Position>>,
  opts: {
    direction?: LayoutDirection;
    sizes?: Record<UnitId, Size>;
    hidden?: ReadonlySet<UnitId>;
    /** Leaves drawn in a column under their parent (from the last full layout): a new sibling joins the column. */
    stacked?: Readonly<Record<UnitId, UnitId>>;
  } = {},
): { positions: Record<UnitId, Position>; stacked: Record<UnitId, UnitId> } {
  const direction = opts.direction ?? 'DOWN';
  const sizeOf = (id: UnitId) => opts.sizes?.[id] ?? DEFAULT_NODE_SIZE;
  const out: Record<UnitId, Position> = {};
  const hidden = opts.hidden ?? new Set<UnitId>();
  for (const [id, p] of Object.entries(known)) if (doc.units[id] && !hidden.has(id)) out[id] = p;
  const stacked: Record<UnitId, UnitId> = {};
  for (const [id, parent] of Object.entries(opts.stacked ?? {})) {
    if (out[id] !== undefined && doc.units[id]?.parentId === parent) stacked[id] = parent;
  }

  const pending = Object.values(doc.units).filter((u) => out[u.id] === undefined && !hidden.has(u.id));
  if (pending.length === 0) return { positions: out, stacked };
  let maxRight = -Infinity;
  let minTop = Infinity;
  for (const [id, p] of Object.entries(out)) {
    maxRight = Math.max(maxRight, p.x + sizeOf(id).width);
    minTop = Math.min(minTop, p.y);
  }
  if (!Number.isFinite(maxRight)) {
    maxRight = 0;
    minTop = 0;
  }

  const children = new Map<UnitId, UnitId[]>();
  for (const u of Object.values(doc.units)) {
    if (u.parentId === undefined) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }

  // Parents before children: repeat until nothing more can be placed from a placed relative.
  let progress = true;
  let left = pending;
  while (left.length > 0 && progress) {
    progress = false;
    const next: typeof left = [];
    for (const u of left) {
      if (u.position) {
        out[u.id] = { ...u.position };
        progress = true;
        continue;
      }
      const parent = u.parentId !== undefined ? out[u.parentId] : undefined;
      if (u.parentId !== undefined && parent === undefined && doc.units[u.parentId] && !hidden.has(u.parentId)) {
        next.push(u); // wait for the parent
        continue;
      }
      const siblings = u.parentId !== undefined ? (children.get(u.parentId) ?? []).filter((s) => s !== u.id && out[s] !== undefined) : [];
      let pos: Position;
      if (siblings.length > 0) {
        // After the sibling furthest along the row (down: to its right; right: below it).
        const far = siblings.reduce((a, b) => {
          const pa = out[a];
          const pb = out[b];
          return direction === 'DOWN' ? (pb.x > pa.x || (pb.x === pa.x && pb.y > pa.y) ? b : a) : (pb.y > pa.y ? b : a);
        });
        const p = out[far];
        const s = sizeOf(far);
        const column = stacked[far];
        if (column !== undefined) {
          // Join the column: under the lowest leaf of the parent.
          const lowest = siblings.filter((x) => stacked[x] === column).reduce((a, b) => (out[b].y > out[a].y ? b : a));
          const lp = out[lowest];
          pos = { x: lp.x, y: lp.y + sizeOf(lowest).height + 14 };
          stacked[u.id] = column;
        } else {
          pos = direction === 'DOWN' ? { x: p.x + s.width + GAP, y: p.y } : { x: p.x, y: p.y + s.height + GAP };
        }
      } else if (parent && u.parentId !== undefined) {
        const s = sizeOf(u.parentId);
        pos = direction === 'DOWN' ? { x: parent.x, y: parent.y + s.height + 2 * GAP } : { x: parent.x + s.width + 2 * GAP, y: parent.y };
      } else {
        pos = { x: maxRight + 2 * GAP, y: minTop };
      }
      out[u.id] = pos;
      maxRight = Math.max(maxRight, pos.x + sizeOf(u.id).width);
      progress = true;
    }
    left = next;
  }
  for (const u of left) out[u.id] = { x: (maxRight += 2 * GAP), y: minTop };
  return { positions: out, stacked };
}
