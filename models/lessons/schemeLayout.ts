/**
 * A concept scheme laid out by the same ELK pipeline as the org diagram (models/layout's options,
 * the engine injected): a pure async function from the tree and the nodes' sizes to positions.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkOptions, type ElkEngine, type LayoutDirection, type Size } from '../layout';
import type { Position } from '../org/types';
import { schemeNodes, type Scheme } from './schemes';

export interface SchemeLayout {
  positions: Record<string, Position>;
  edges: { id: string; source: string; target: string }[];
  width: number;
  height: number;
}

/** The tree's edges, parent to child. */
export function schemeEdges(scheme: Scheme): SchemeLayout['edges'] {
  const out: SchemeLayout['edges'] = [];
  for (const node of schemeNodes(scheme)) for (const child of node.children ?? []) out.push({ id: `${node.id}->${child.id}`, source: node.id, target: child.id });
  return out;
}

/**
 * @example
 * const laid = await layoutScheme(getScheme('acts')!, engine, () => ({ width: 240, height: 80 }));
 * laid.positions.acts // { x, y }
 */
export async function layoutScheme(scheme: Scheme, engine: ElkEngine, sizeOf: (id: string) => Size, direction: LayoutDirection = 'DOWN'): Promise<SchemeLayout> {
  const edges = schemeEdges(scheme);
  const graph: ElkNode = {
    id: `scheme:${scheme.id}`,
    layoutOptions: { ...elkOptions(direction), 'elk.spacing.nodeNode': '28', 'elk.layered.spacing.nodeNodeBetweenLayers': '64' },
    children: schemeNodes(scheme).map((n) => ({ id: n.id, ...sizeOf(n.id) })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await engine.layout(graph);
  const positions: Record<string, Position> = {};
  for (const c of laid.children ?? []) positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  return { positions, edges, width: laid.width ?? 0, height: laid.height ?? 0 };
}
