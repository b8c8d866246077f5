import type { Edge, Node } from '@xyflow/react';
import type { Lang } from '../../../models/law/types';
import { kindFamily, kindLabel, type KindFamily } from '../../../models/org/kinds';
import type { OrgDocument, Position, RelationKind, Unit, UnitId } from '../../../models/org/types';

export interface UnitNodeData extends Record<string, unknown> {
  unit: Unit;
  lang: Lang;
  /** Number of findings that name this unit, by worst severity. */
  findings: number;
  findingSeverity?: 'error' | 'warning' | 'info';
  /** Hangs in a column under its parent: its edge enters from the side. */
  stacked: boolean;
  direction: 'DOWN' | 'RIGHT';
  /** Direct subordinates in the tree (the card offers collapse when > 0). */
  childCount: number;
  collapsed: boolean;
}

export type UnitNode = Node<UnitNodeData, KindFamily>;

export interface RelationEdgeData extends Record<string, unknown> {
  kind: RelationKind;
}

export type RelationEdge = Edge<RelationEdgeData>;

export interface FlowInput {
  doc: OrgDocument;
  lang: Lang;
  positions: Record<UnitId, Position>;
  stacked: Record<UnitId, UnitId>;
  layers: ReadonlySet<RelationKind>;
  direction: 'DOWN' | 'RIGHT';
  findingsByUnit: ReadonlyMap<UnitId, { count: number; severity: 'error' | 'warning' | 'info' }>;
  hidden?: ReadonlySet<UnitId>;
  /** Laid out and drawn, but not shown (a lesson's progressive reveal): revealing them moves nothing. */
  concealed?: ReadonlySet<UnitId>;
  highlight?: ReadonlySet<UnitId>;
  collapsed?: ReadonlySet<UnitId>;
}

/**
 * Where a card waits until the layout places it: far off screen, so that a
 * large document (drawn visible-only) does not draw every card at once.
 */
const UNPLACED = { x: -1e6, y: -1e6 };

/** React Flow nodes derived from the document; the document stays the source of truth. */
export function toNodes(input: FlowInput): UnitNode[] {
  const { doc, lang, positions, stacked, direction, findingsByUnit, hidden, highlight, collapsed, concealed } = input;
  const nodes: UnitNode[] = [];
  const childCount = new Map<UnitId, number>();
  for (const u of Object.values(doc.units)) if (u.parentId !== undefined) childCount.set(u.parentId, (childCount.get(u.parentId) ?? 0) + 1);
  for (const unit of Object.values(doc.units)) {
    if (hidden?.has(unit.id)) continue;
    const f = findingsByUnit.get(unit.id);
    nodes.push({
      id: unit.id,
      type: kindFamily(unit.kind),
      // A screen reader names the card by what it shows, the unit's name first, then its kind.
      ariaLabel: `${unit.name[lang]}, ${kindLabel(unit.kind)[lang]}`,
      className: `kind-${unit.kind}${highlight ? (highlight.has(unit.id) ? ' is-highlighted' : ' is-dimmed') : ''}${concealed?.has(unit.id) ? ' is-concealed' : ''}`,
      position: positions[unit.id] ?? unit.position ?? UNPLACED,
      data: {
        unit,
        lang,
        findings: f?.count ?? 0,
        findingSeverity: f?.severity,
        stacked: stacked[unit.id] !== undefined,
        direction,
        childCount: childCount.get(unit.id) ?? 0,
        collapsed: collapsed?.has(unit.id) ?? false,
      },
    });
  }
  return nodes;
}

const EDGE_STYLE: Record<RelationKind, { stroke: string; strokeWidth: number; strokeDasharray?: string }> = {
  subordination: { stroke: '#334155', strokeWidth: 1.6 },
  appointment: { stroke: '#2563eb', strokeWidth: 1.6, strokeDasharray: '7 4' },
  accountability: { stroke: '#7c3aed', strokeWidth: 1.8, strokeDasharray: '2 4' },
  councilMember: { stroke: '#059669', strokeWidth: 1.2, strokeDasharray: '4 3' },
  councilChair: { stroke: '#047857', strokeWidth: 2.6 },
  supervision: { stroke: '#ea580c', strokeWidth: 1.6, strokeDasharray: '10 3 2 3' },
};

export function edgeStyle(kind: RelationKind) {
  return EDGE_STYLE[kind];
}

/** Edges: the subordination tree from `parentId`, then the stored relations of the visible layers. */
export function toEdges(input: FlowInput): RelationEdge[] {
  const { doc, layers, stacked, hidden, concealed } = input;
  const shown = (id: UnitId) => doc.units[id] !== undefined && !hidden?.has(id) && !concealed?.has(id);
  const edges: RelationEdge[] = [];
  if (layers.has('subordination')) {
    for (const unit of Object.values(doc.units)) {
      if (unit.parentId === undefined || !shown(unit.id) || !shown(unit.parentId)) continue;
      const isStacked = stacked[unit.id] !== undefined;
      edges.push({
        id: `sub:${unit.id}`,
        source: unit.parentId,
        target: unit.id,
        sourceHandle: isStacked ? 'stack' : 'out',
        targetHandle: isStacked ? 'stackIn' : 'in',
        type: 'smoothstep',
        className: 'rel-subordination',
        style: EDGE_STYLE.subordination,
        data: { kind: 'subordination' },
        selectable: false,
      });
    }
  }
  for (const r of doc.relations) {
    // Subordination comes from parentId; a stored copy would only draw the line twice.
    if (r.kind === 'subordination' || !layers.has(r.kind)) continue;
    if (!shown(r.from) || !shown(r.to)) continue;
    const a = input.positions[r.from];
    const b = input.positions[r.to];
    const upwards = a !== undefined && b !== undefined && (input.direction === 'DOWN' ? b.y < a.y : b.x < a.x);
    edges.push({
      id: `rel:${r.id}`,
      source: r.from,
      target: r.to,
      sourceHandle: upwards ? 'up' : 'out',
      targetHandle: upwards ? 'down' : 'in',
      type: 'default',
      className: `rel-${r.kind}`,
      style: EDGE_STYLE[r.kind],
      data: { kind: r.kind },
      zIndex: 0,
    });
  }
  return edges;
}
