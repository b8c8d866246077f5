/**
 * A concept scheme laid out by the same ELK pipeline as the org diagram (models/layout's options,
 * the engine injected): a pure async function from the tree and the nodes' sizes to positions.
 * As in the org layout, the leaves of a parent are stacked in a column under it instead of
 * widening their layer, so that a scheme of a dozen acts still reads on a projector.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { elkOptions, type ElkEngine, type Size } from '../layout';
import type { Position } from '../org/types';
import { schemeNodes, type Scheme, type SchemeNode } from './schemes';

export interface SchemeLayout {
  positions: Record<string, Position>;
  edges: { id: string; source: string; target: string }[];
  /** Leaves drawn in a column, by id: their edge enters from the side. */
  stacked: Set<string>;
  width: number;
  height: number;
}

const STACK_GAP = 16;
const STACK_INDENT = 34;

/** The tree's edges, parent to child. */
export function schemeEdges(scheme: Scheme): SchemeLayout['edges'] {
  const out: SchemeLayout['edges'] = [];
  for (const node of schemeNodes(scheme)) for (const child of node.children ?? []) out.push({ id: `${node.id}->${child.id}`, source: node.id, target: child.id });
  return out;
}

const isLeaf = (n: SchemeNode) => !n.children?.length;
/** A parent whose children are all leaves (two or more) has them stacked. */
const stacks = (n: SchemeNode) => (n.children?.length ?? 0) >= 2 && (n.children ?? []).every(isLeaf);

/**
 * @example
 * const laid = await layoutScheme(getScheme('acts')!, engine, () => ({ width: 240, height: 80 }));
 * laid.positions.acts // { x, y }
 */
export async function layoutScheme(scheme: Scheme, engine: ElkEngine, sizeOf: (id: string) => Size): Promise<SchemeLayout> {
  const edges = schemeEdges(scheme);
  const children: ElkNode[] = [];
  const elkEdges: ElkExtendedEdge[] = [];
  const stacked = new Set<string>();
  const walk = (n: SchemeNode) => {
    children.push({ id: n.id, ...sizeOf(n.id) });
    if (stacks(n)) {
      const kids = n.children ?? [];
      kids.forEach((k) => stacked.add(k.id));
      const width = Math.max(...kids.map((k) => sizeOf(k.id).width)) + STACK_INDENT;
      const height = kids.reduce((h, k) => h + sizeOf(k.id).height, 0) + STACK_GAP * (kids.length - 1);
      children.push({ id: `${n.id}::leaves`, width, height });
      elkEdges.push({ id: `${n.id}->leaves`, sources: [n.id], targets: [`${n.id}::leaves`] });
      return;
    }
    for (const c of n.children ?? []) {
      elkEdges.push({ id: `${n.id}->${c.id}`, sources: [n.id], targets: [c.id] });
      walk(c);
    }
  };
  walk(scheme.root);
  const graph: ElkNode = {
    id: `scheme:${scheme.id}`,
    layoutOptions: { ...elkOptions('DOWN'), 'elk.spacing.nodeNode': '28', 'elk.layered.spacing.nodeNodeBetweenLayers': '44' },
    children,
    edges: elkEdges,
  };
  const laid = await engine.layout(graph);
  const positions: Record<string, Position> = {};
  const placed = new Map((laid.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  for (const n of schemeNodes(scheme)) {
    const p = placed.get(n.id);
    if (p) positions[n.id] = p;
    if (!stacks(n)) continue;
    const block = placed.get(`${n.id}::leaves`);
    if (!block) continue;
    let y = block.y;
    // The column hangs from the parent's left edge, as the org diagram's stacked leaves do.
    const x = (p?.x ?? block.x) + STACK_INDENT;
    for (const k of n.children ?? []) {
      positions[k.id] = { x, y };
      y += sizeOf(k.id).height + STACK_GAP;
    }
  }
  return { positions, edges, stacked, width: laid.width ?? 0, height: laid.height ?? 0 };
}
