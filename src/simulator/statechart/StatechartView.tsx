import { memo, useEffect, useMemo, useState } from 'react';
import { Background, Handle, Position, ReactFlow, ReactFlowProvider, type Edge, type Node, type NodeProps } from '@xyflow/react';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { useTranslation } from 'react-i18next';
import type { AnyStateMachine } from 'xstate';
import { elkInWorker } from '../../editor/layout/elkInWorker';
import type { Lang } from '../../../models/law/types';
import type { ProcedureDefinition } from '../../../models/procedures/core/types';
import { eventTypeLabel } from '../labels';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
import { chartOf, coverageOf, elkGraphOf, isActiveState, type Chart } from './buildGraph';

type StateData = { label: string; active: boolean; visited: boolean; compound: boolean; final: boolean };
type StateFlowNode = Node<StateData, 'state'>;

const StateBox = memo(function StateBox({ data }: NodeProps<StateFlowNode>) {
  return (
    <div className={`sc-state${data.active ? ' is-active' : ''}${data.visited ? ' is-visited' : ''}${data.compound ? ' is-compound' : ''}${data.final ? ' is-final' : ''}`} data-active={data.active} data-visited={data.visited}>
      <Handle type="target" position={Position.Top} />
      <span className="sc-label">{data.label}</span>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

const nodeTypes = { state: StateBox };

type Positions = Record<string, { x: number; y: number; width: number; height: number }>;

function collect(node: ElkNode, out: Positions) {
  for (const c of node.children ?? []) {
    out[c.id] = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 };
    collect(c, out);
  }
}

/**
 * The machine's states laid out by ELK (in its worker), the current state and its parents lit, and what
 * the run has been through marked: the states it visited and the transitions it took (`visited`: the
 * run's state values in order, the initial one first), with the count of each.
 */
export function StatechartView({ def, value, visited = [value], lang }: { def: AnyDef; value: string; visited?: readonly string[]; lang: Lang }) {
  const machine = def.machine;
  const { t } = useTranslation('simulator');
  const chart: Chart = useMemo(() => chartOf(machine), [machine]);
  const labels = useMemo(() => Object.fromEntries(chart.states.map((s) => [s.id, def.stateLabels[s.key]?.[lang] ?? s.key])), [chart, def, lang]);
  const coverage = useMemo(() => coverageOf(chart, visited), [chart, visited]);
  const [layout, setLayout] = useState<{ machine: AnyStateMachine; labels: Record<string, string>; positions: Positions } | null>(null);

  useEffect(() => {
    let live = true;
    void elkInWorker()
      .then((elk) => elk.layout(elkGraphOf(chart, labels)))
      .then((res) => {
        const positions: Positions = {};
        collect(res, positions);
        if (live) setLayout({ machine, labels, positions });
      });
    return () => {
      live = false;
    };
  }, [chart, labels, machine]);

  const ready = layout !== null && layout.machine === machine && layout.labels === labels;
  const nodes: StateFlowNode[] = useMemo(() => {
    if (!ready) return [];
    return chart.states.map((s) => {
      const p = layout.positions[s.id] ?? { x: 0, y: 0, width: 100, height: 30 };
      const node: StateFlowNode = {
        id: s.id,
        type: 'state',
        position: { x: p.x, y: p.y },
        width: p.width,
        height: p.height,
        data: { label: labels[s.id] ?? s.key, active: isActiveState(s.id, value), visited: coverage.states.has(s.id), compound: s.compound, final: s.final },
        draggable: false,
        selectable: false,
        className: s.compound ? 'sc-group' : undefined,
      };
      if (s.parent) node.parentId = s.parent;
      return node;
    });
  }, [ready, layout, chart, labels, value, coverage]);
  const edges: Edge[] = useMemo(
    () =>
      chart.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        // Only the ways out of the current state are labelled: the rest would bury the picture.
        label: isActiveState(e.source, value) ? e.events.map((type) => eventTypeLabel(def, type, lang)).join(', ') : undefined,
        className: [isActiveState(e.source, value) ? 'is-from-active' : '', coverage.edges.has(e.id) ? 'is-visited' : ''].filter(Boolean).join(' ') || undefined,
        labelStyle: { fontSize: 9 },
        labelBgStyle: { fillOpacity: 0.85 },
      })),
    [chart, value, lang, def, coverage],
  );
  const leaves = chart.states.filter((s) => !s.compound);

  return (
    <div className="sim-statechart" data-testid="statechart" data-layout={ready ? 'ready' : 'pending'} data-state={value}>
      {!ready && <p className="sim-muted">{t('statechartLoading')}</p>}
      <p className="sc-coverage" data-testid="statechart-coverage" data-states={leaves.filter((s) => coverage.states.has(s.id)).length} data-transitions={coverage.edges.size}>
        {t('statechartCoverage', { states: leaves.filter((s) => coverage.states.has(s.id)).length, allStates: leaves.length, transitions: coverage.edges.size, allTransitions: chart.edges.length })}
      </p>
      <ReactFlowProvider>
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView={ready} key={ready ? 'ready' : 'pending'} nodesDraggable={false} nodesConnectable={false} proOptions={{ hideAttribution: true }} minZoom={0.2}>
          <Background gap={24} size={1} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
