/**
 * Layout of the org diagram: a pure function from the document (and measured
 * node sizes) to positions, with the ELK engine injected — a Web Worker in the
 * browser, elk.bundled.js in Node tests and benchmarks.
 *
 * Only the subordination tree is laid out (design.md, "Layout"); other
 * relations are drawn but do not move anything. Two layout-only anchors keep
 * the picture legible: an external appointer of a tree root (the President,
 * and the Senate whose consent it needs) is placed above that root, and the
 * leaf children of a parent are stacked in a column under it instead of
 * widening their layer — otherwise 80 district offices would make the
 * national diagram tens of thousands of pixels wide.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { OrgDocument, Position, UnitId } from '../org/types';

export type LayoutDirection = 'DOWN' | 'RIGHT';

export interface Size {
  width: number;
  height: number;
}

/** What we need of ELK: `new ELK().layout`. Injected so that models/ never decides where ELK runs. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface LayoutRequest {
  direction?: LayoutDirection;
  /** Measured sizes by unit id; units without one use `defaultSize`. */
  sizes?: Record<UnitId, Size>;
  defaultSize?: Size;
  /** Units not drawn (inside a collapsed subtree): left out of the layout. */
  hidden?: ReadonlySet<UnitId>;
  /** Keep pinned units (`unit.position`) where they are. Default true. */
  keepPinned?: boolean;
  /** Stack leaf children in a column under their parent. Default true. */
  stackLeaves?: boolean;
}

export interface LayoutResult {
  positions: Record<UnitId, Position>;
  /** Leaf children drawn in a column, keyed by child: the parent they hang from (the canvas routes their edges on the side). */
  stacked: Record<UnitId, UnitId>;
  width: number;
  height: number;
}

export const DEFAULT_NODE_SIZE: Size = { width: 200, height: 64 };
const STACK_GAP = 14;
const STACK_INDENT = 28;
/** A column holds at most this many leaves; more wrap into further columns side by side. */
export const STACK_COLUMN = 7;

/** Splits a parent's leaves into columns of at most STACK_COLUMN. */
function columns<T>(items: T[]): T[][] {
  const cols: T[][] = [];
  const perColumn = Math.ceil(items.length / Math.ceil(items.length / STACK_COLUMN));
  for (let i = 0; i < items.length; i += perColumn) cols.push(items.slice(i, i + perColumn));
  return cols;
}

export function elkOptions(direction: LayoutDirection): LayoutOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.spacing.nodeNode': '22',
    'elk.spacing.componentComponent': '60',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    // A tree reads by depth: every unit one layer below its parent, never pushed further down to balance the picture.
    'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.edgeRouting': 'ORTHOGONAL',
  };
}

interface Plan {
  graph: ElkNode;
  /** parent -> its stacked leaf children, in order. */
  stacks: Map<UnitId, UnitId[]>;
}

/**
 * Builds the ELK graph from the subordination tree. Pure and synchronous.
 * @example
 * const { graph } = buildElkGraph(doc, { direction: 'DOWN' });
 * const laid = await new ELK().layout(graph);
 */
export function buildElkGraph(doc: OrgDocument, req: LayoutRequest = {}): Plan {
  const direction = req.direction ?? 'DOWN';
  const hidden = req.hidden ?? new Set<UnitId>();
  const sizeOf = (id: UnitId): Size => req.sizes?.[id] ?? req.defaultSize ?? DEFAULT_NODE_SIZE;
  const visible = Object.values(doc.units).filter((u) => !hidden.has(u.id));
  const visibleIds = new Set(visible.map((u) => u.id));

  const children = new Map<UnitId, UnitId[]>();
  for (const u of visible) {
    if (u.parentId !== undefined && visibleIds.has(u.parentId)) {
      const list = children.get(u.parentId);
      if (list) list.push(u.id);
      else children.set(u.parentId, [u.id]);
    }
  }

  const stacks = new Map<UnitId, UnitId[]>();
  if (req.stackLeaves ?? true) {
    for (const [parent, kids] of children) {
      const leaves = kids.filter((k) => !children.has(k));
      // Stack only when every child is a leaf: mixed levels keep the layered look.
      if (leaves.length >= 2 && leaves.length === kids.length) stacks.set(parent, leaves);
    }
  }
  const stackedChild = new Set<UnitId>();
  for (const kids of stacks.values()) for (const k of kids) stackedChild.add(k);

  const nodes: ElkNode[] = [];
  for (const u of visible) {
    if (stackedChild.has(u.id)) continue;
    const own = sizeOf(u.id);
    const stack = stacks.get(u.id);
    let { width, height } = own;
    if (stack) {
      // The parent's ELK box grows to hold the columns of its leaves, which hang under it in both directions.
      let columnsWidth = STACK_INDENT;
      let tallest = 0;
      for (const col of columns(stack)) {
        let h = 0;
        let w = 0;
        for (const k of col) {
          const s = sizeOf(k);
          h += STACK_GAP + s.height;
          w = Math.max(w, s.width);
        }
        columnsWidth += w + STACK_GAP;
        tallest = Math.max(tallest, h);
      }
      height += tallest;
      width = Math.max(width, columnsWidth - STACK_GAP);
    }
    // Top-aligned in its layer: a tall column next door must not push a short card down.
    nodes.push({ id: u.id, width, height, layoutOptions: { 'elk.alignment': 'TOP' } });
  }

  const edges: ElkExtendedEdge[] = [];
  for (const u of visible) {
    if (stackedChild.has(u.id)) continue;
    if (u.parentId !== undefined && visibleIds.has(u.parentId)) {
      edges.push({ id: `sub:${u.parentId}->${u.id}`, sources: [u.parentId], targets: [u.id] });
    }
  }
  // Anchors: a parentless appointer (the President) above the parentless unit it appoints (the GPO), and its consenter too.
  for (const r of doc.relations) {
    if (r.kind !== 'appointment') continue;
    const from = doc.units[r.from];
    const to = doc.units[r.to];
    if (!from || !to || from.parentId !== undefined || to.parentId !== undefined) continue;
    if (!visibleIds.has(from.id) || !visibleIds.has(to.id) || from.id === to.id) continue;
    edges.push({ id: `anchor:${r.id}`, sources: [from.id], targets: [to.id] });
    const consent = r.consentOf !== undefined ? doc.units[r.consentOf] : undefined;
    if (consent && consent.parentId === undefined && visibleIds.has(consent.id) && consent.id !== to.id) {
      edges.push({ id: `anchor:${r.id}:consent`, sources: [consent.id], targets: [to.id] });
    }
  }

  return { graph: { id: 'org', layoutOptions: elkOptions(direction), children: nodes, edges }, stacks };
}

/** Reads ELK's answer back into positions, placing stacked leaves and restoring pinned units. */
export function readLayout(doc: OrgDocument, plan: Plan, laid: ElkNode, req: LayoutRequest = {}): LayoutResult {
  const sizeOf = (id: UnitId): Size => req.sizes?.[id] ?? req.defaultSize ?? DEFAULT_NODE_SIZE;
  const positions: Record<UnitId, Position> = {};
  const stacked: Record<UnitId, UnitId> = {};
  for (const n of laid.children ?? []) {
    positions[n.id] = { x: n.x ?? 0, y: n.y ?? 0 };
  }
  for (const [parent, kids] of plan.stacks) {
    const p = positions[parent];
    if (!p) continue;
    let x = p.x + STACK_INDENT;
    for (const col of columns(kids)) {
      let y = p.y + sizeOf(parent).height + STACK_GAP;
      let w = 0;
      for (const k of col) {
        positions[k] = { x, y };
        stacked[k] = parent;
        y += sizeOf(k).height + STACK_GAP;
        w = Math.max(w, sizeOf(k).width);
      }
      x += w + STACK_GAP;
    }
  }
  if (req.keepPinned ?? true) {
    for (const u of Object.values(doc.units)) {
      if (u.position && positions[u.id]) positions[u.id] = { ...u.position };
    }
  }
  return { positions, stacked, width: laid.width ?? 0, height: laid.height ?? 0 };
}

/**
 * The whole pipeline: build the graph, let the engine lay it out, read positions back.
 * @example
 * const elk = new ELK(); // elkjs/lib/elk.bundled.js in Node
 * const { positions } = await layoutOrg(doc, elk, { direction: 'DOWN' });
 */
export async function layoutOrg(doc: OrgDocument, engine: ElkEngine, req: LayoutRequest = {}): Promise<LayoutResult> {
  const plan = buildElkGraph(doc, req);
  const laid = await engine.layout(plan.graph);
  return readLayout(doc, plan, laid, req);
}

export { placeNewUnits } from './incremental';
