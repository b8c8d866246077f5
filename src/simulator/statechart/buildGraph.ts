/**
 * A machine's states as an ELK graph: compound states become ELK parents (React Flow group nodes),
 * transitions become edges between dotted state ids. Pure: the engine runs elsewhere.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { AnyStateMachine } from 'xstate';

interface StateNodeLike {
  id: string;
  key: string;
  type: string;
  states: Record<string, StateNodeLike>;
  transitions: Map<string, { eventType: string; target?: readonly { id: string }[] }[]>;
}

export interface ChartState {
  /** The dotted id without the machine's own id, e.g. 'inProgress.suspended'. */
  id: string;
  key: string;
  parent: string | null;
  compound: boolean;
  final: boolean;
}

export interface ChartEdge {
  id: string;
  source: string;
  target: string;
  events: string[];
}

export interface Chart {
  states: ChartState[];
  edges: ChartEdge[];
}

const LEAF_HEIGHT = 30;

function localId(machineId: string, id: string): string {
  return id.startsWith(`${machineId}.`) ? id.slice(machineId.length + 1) : id;
}

/** States (parents before children) and transitions merged per source/target pair, self-loops and targetless ones left out. */
export function chartOf(machine: AnyStateMachine): Chart {
  const root = machine.root as unknown as StateNodeLike;
  const states: ChartState[] = [];
  const byPair = new Map<string, ChartEdge>();
  const visit = (node: StateNodeLike, parent: string | null) => {
    for (const child of Object.values(node.states)) {
      const id = localId(root.id, child.id);
      states.push({ id, key: child.key, parent, compound: Object.keys(child.states).length > 0, final: child.type === 'final' });
      for (const [eventType, defs] of child.transitions) {
        for (const def of defs) {
          for (const t of def.target ?? []) {
            const target = localId(root.id, t.id);
            if (target === id) continue;
            const key = `${id}->${target}`;
            const edge = byPair.get(key) ?? { id: key, source: id, target, events: [] };
            if (!edge.events.includes(eventType)) edge.events.push(eventType);
            byPair.set(key, edge);
          }
        }
      }
      visit(child, id);
    }
  };
  visit(root, null);
  return { states, edges: [...byPair.values()] };
}

/** Width of a leaf from its label, so ELK leaves room for the text. */
export function leafWidth(label: string): number {
  return Math.max(80, Math.round(label.length * 8) + 28);
}

/** The ELK graph of a chart; `labels` gives each state's shown text (for its width). */
export function elkGraphOf(chart: Chart, labels: Record<string, string>): ElkNode {
  const nodes = new Map<string, ElkNode>();
  const top: ElkNode[] = [];
  for (const s of chart.states) {
    const node: ElkNode = s.compound
      ? { id: s.id, children: [], layoutOptions: { 'elk.padding': '[top=28,left=10,bottom=10,right=10]' } }
      : { id: s.id, width: leafWidth(labels[s.id] ?? s.key), height: LEAF_HEIGHT };
    nodes.set(s.id, node);
    const parent = s.parent ? nodes.get(s.parent) : undefined;
    if (parent) parent.children?.push(node);
    else top.push(node);
  }
  const edges: ElkExtendedEdge[] = chart.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '24',
    },
    children: top,
    edges,
  };
}

/** Whether a state is lit for a dotted state value such as 'inProgress.suspended' (its ancestors too). */
export function isActiveState(stateId: string, value: string): boolean {
  return value.split(',').some((v) => v === stateId || v.startsWith(`${stateId}.`));
}

/** What a run has been through: the states it was in and the drawn transitions it took. */
export interface Coverage {
  states: Set<string>;
  edges: Set<string>;
}

/**
 * The states and transitions a run visited, from its state values in order (the initial one first):
 * a state is visited when it (or a state inside it) was current; a transition when the run went from
 * inside its source into its target, which it was not in before.
 */
export function coverageOf(chart: Chart, values: readonly string[]): Coverage {
  const states = new Set<string>();
  const edges = new Set<string>();
  for (const s of chart.states) if (values.some((v) => isActiveState(s.id, v))) states.add(s.id);
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1] ?? '';
    const after = values[i] ?? '';
    if (before === after) continue;
    for (const e of chart.edges) {
      if (isActiveState(e.source, before) && isActiveState(e.target, after) && !isActiveState(e.target, before)) edges.add(e.id);
    }
  }
  return { states, edges };
}
