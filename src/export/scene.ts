/**
 * What an export draws, computed once for SVG and draw.io alike: the boxes of
 * the units that are on the canvas (or only the selected ones), and the edges
 * between them — the subordination tree from `parentId`, then the stored
 * relations of the visible layers, exactly as the canvas draws them.
 */
import { kindFamily, type KindFamily } from '../../models/org/kinds';
import { FAMILY_COLORS } from '../editor/diagram/colors';
import type { OrgDocument, RelationKind, UnitId } from '../../models/org/types';

export interface Box {
  id: UnitId;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type EdgeRoute =
  /** Parent above child: down from the parent's bottom, across, down into the child's top. */
  | 'tree'
  /** A leaf in a column under its parent: a bracket down the parent's left side into the child's side. */
  | 'stack'
  /** Parent left of child (direction RIGHT): out of the right side, across, into the left side. */
  | 'side'
  /** Anything else: a curve between the nearest sides. */
  | 'free';

export interface SceneEdge {
  id: string;
  kind: RelationKind;
  source: UnitId;
  target: UnitId;
  route: EdgeRoute;
}

export interface Scene {
  boxes: Box[];
  edges: SceneEdge[];
  /** Bounding box of the boxes (0,0,0,0 when empty). */
  bounds: { x: number; y: number; width: number; height: number };
}

export interface SceneOptions {
  /** Relation kinds to draw; `subordination` draws the tree. */
  layers: ReadonlySet<RelationKind> | readonly RelationKind[];
  /** Only these units (and the edges between them). Empty or absent: everything drawn. */
  selection?: readonly UnitId[];
}

/** Where a stacked leaf's connector leaves its parent (matches the card's `stack` handle). */
export const STACK_OUT_X = 14;
/** Where a stacked leaf's connector enters the card (matches the card's `stackIn` handle). */
export const STACK_IN_Y = 22;

/** Builds the scene from the document and the canvas geometry. */
export function buildScene(doc: OrgDocument, geometry: readonly Box[], opts: SceneOptions): Scene {
  const layers = new Set(opts.layers);
  const only = opts.selection && opts.selection.length > 0 ? new Set(opts.selection) : null;
  const boxes = geometry.filter((b) => doc.units[b.id] !== undefined && (only === null || only.has(b.id)));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const edges: SceneEdge[] = [];

  if (layers.has('subordination')) {
    const drawnChildren = new Map<UnitId, Box[]>();
    for (const b of boxes) {
      const p = doc.units[b.id]?.parentId;
      if (p === undefined || !byId.has(p)) continue;
      const list = drawnChildren.get(p) ?? [];
      list.push(b);
      drawnChildren.set(p, list);
    }
    const hasChildren = new Set<UnitId>();
    for (const u of Object.values(doc.units)) if (u.parentId !== undefined) hasChildren.add(u.parentId);
    for (const [parentId, kids] of drawnChildren) {
      const parent = byId.get(parentId);
      if (!parent) continue;
      // The layout stacks a parent's children in columns only when all are leaves;
      // a stack shows as more than one row of children, each indented under the parent.
      const stacked = kids.length >= 2 && kids.every((k) => !hasChildren.has(k.id)) && new Set(kids.map((k) => Math.round(k.y))).size > 1;
      for (const child of kids) {
        edges.push({ id: `sub:${child.id}`, kind: 'subordination', source: parentId, target: child.id, route: routeOf(parent, child, stacked) });
      }
    }
  }
  for (const r of doc.relations) {
    if (r.kind === 'subordination' || !layers.has(r.kind)) continue;
    if (!byId.has(r.from) || !byId.has(r.to) || r.from === r.to) continue;
    edges.push({ id: `rel:${r.id}`, kind: r.kind, source: r.from, target: r.to, route: 'free' });
  }
  return { boxes, edges, bounds: boundsOf(boxes) };
}

function routeOf(parent: Box, child: Box, stacked: boolean): EdgeRoute {
  const below = child.y >= parent.y + parent.height - 0.5;
  if (stacked && below && child.x > parent.x) return 'stack';
  if (below) return 'tree';
  if (child.x >= parent.x + parent.width - 0.5) return 'side';
  return 'free';
}

export function boundsOf(boxes: readonly Box[]): Scene['bounds'] {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** How a family's card looks (the same as src/styles/diagram.css, as data for files). */
export interface CardStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Colour of the kind label. */
  accent: string;
  text: string;
  subText: string;
  radius: number;
  dashed: boolean;
  /** A thick left bar (military and transport chains). */
  leftBar: boolean;
  double: boolean;
}

const BASE = { text: '#0f172a', subText: '#475569', radius: 8, dashed: false, leftBar: false, double: false, strokeWidth: 2 };

/** Fill and border as the cards draw them; the border is the family colour of colors.ts. */
const FILL: Record<KindFamily, Partial<CardStyle> & { fill: string }> = {
  generalOffice: { fill: FAMILY_COLORS.generalOffice, stroke: '#facc15', accent: '#facc15', text: '#ffffff', subText: '#cbd5e1', strokeWidth: 3 },
  gpoInternal: { fill: '#eef3fa' },
  departmental: { fill: '#ecfdf9' },
  academy: { fill: '#faf5ff', double: true },
  military: { fill: '#f3f7ec', leftBar: true },
  transport: { fill: '#fff7ed', leftBar: true },
  oblast: { fill: '#eff6ff', strokeWidth: 3 },
  district: { fill: '#ffffff', accent: '#2563eb', strokeWidth: 1.5 },
  council: { fill: '#ecfdf5', radius: 22 },
  collegium: { fill: '#ffffff', radius: 22, dashed: true },
  external: { fill: '#f8fafc', dashed: true },
};

export const CARD_STYLE = Object.fromEntries(
  (Object.keys(FILL) as KindFamily[]).map((f) => [f, { ...BASE, stroke: FAMILY_COLORS[f], accent: FAMILY_COLORS[f], ...FILL[f] }]),
) as Record<KindFamily, CardStyle>;

export function cardStyle(kind: Parameters<typeof kindFamily>[0]): CardStyle {
  return CARD_STYLE[kindFamily(kind)];
}
