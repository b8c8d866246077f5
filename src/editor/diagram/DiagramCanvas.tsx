import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useNodesState,
  useReactFlow,
  type Node,
} from '@xyflow/react';
import type { LayoutDirection } from '../../../models/layout';
import type { Lang } from '../../../models/law/types';
import type { Finding } from '../../../models/org/rules';
import type { OrgDocument, RelationKind, UnitId } from '../../../models/org/types';
import { useOrgLayout } from '../layout/useOrgLayout';
import { miniMapColor } from './colors';
import { nodeTypes } from './nodes';
import { toEdges, toNodes, type UnitNode } from './toFlow';
import { showTopOfHierarchy } from './viewport';

export interface DiagramHandle {
  fitAll(): void;
  fitTop(): void;
  focusUnit(id: UnitId): void;
}

interface Props {
  doc: OrgDocument;
  lang: Lang;
  direction: LayoutDirection;
  layers: ReadonlySet<RelationKind>;
  findings: readonly Finding[];
  handle?: Ref<DiagramHandle>;
  onSelect?: (id: UnitId | null) => void;
  /** Units to light up (e.g. those a simulation involves); the rest are dimmed. */
  highlight?: ReadonlySet<UnitId>;
  /** A click on a unit (e.g. to pick a procedure's initiator or a council). */
  onUnitClick?: (id: UnitId) => void;
  /** No dragging or selecting: a picture to look at and click. */
  readOnly?: boolean;
}

const NO_HIDDEN: ReadonlySet<UnitId> = new Set();

function worstByUnit(findings: readonly Finding[]) {
  const rank = { error: 3, warning: 2, info: 1 } as const;
  const map = new Map<UnitId, { count: number; severity: 'error' | 'warning' | 'info' }>();
  for (const f of findings) {
    for (const id of f.units) {
      const cur = map.get(id);
      if (!cur) map.set(id, { count: 1, severity: f.severity });
      else map.set(id, { count: cur.count + 1, severity: rank[f.severity] > rank[cur.severity] ? f.severity : cur.severity });
    }
  }
  return map;
}

/** The org diagram: nodes and edges derived from the document, laid out by ELK. */
export function DiagramCanvas({ doc, lang, direction, layers, findings, handle, onSelect, highlight, onUnitClick, readOnly }: Props) {
  const rf = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const layout = useOrgLayout(doc, direction, lang, NO_HIDDEN);
  const findingsByUnit = useMemo(() => worstByUnit(findings), [findings]);

  const flowInput = useMemo(
    () => ({
      doc,
      lang,
      direction,
      layers,
      findingsByUnit,
      positions: layout.result?.positions ?? {},
      stacked: layout.result?.stacked ?? {},
      highlight,
    }),
    [doc, lang, direction, layers, findingsByUnit, layout.result, highlight],
  );
  const derivedNodes = useMemo(() => toNodes(flowInput), [flowInput]);
  const edges = useMemo(() => toEdges(flowInput), [flowInput]);
  const [nodes, setNodes, onNodesChange] = useNodesState<UnitNode>(derivedNodes);

  useEffect(() => {
    // Keep React Flow's measurements and selection when the derived nodes change.
    setNodes((prev) => {
      const old = new Map(prev.map((n) => [n.id, n]));
      return derivedNodes.map((n) => {
        const p = old.get(n.id);
        return p ? { ...n, measured: p.measured, selected: p.selected } : n;
      });
    });
  }, [derivedNodes, setNodes]);

  const fitTop = useCallback(() => showTopOfHierarchy(rf, doc, wrapper.current), [rf, doc]);
  const fitAll = useCallback(() => void rf.fitView({ padding: 0.05, duration: 300 }), [rf]);
  const focusUnit = useCallback(
    (id: UnitId) => {
      const n = rf.getNode(id);
      if (!n) return;
      const w = n.measured?.width ?? 200;
      const h = n.measured?.height ?? 64;
      setNodes((prev) => prev.map((p) => ({ ...p, selected: p.id === id })));
      void rf.setCenter(n.position.x + w / 2, n.position.y + h / 2, { zoom: 1.1, duration: 400 });
      onSelect?.(id);
    },
    [rf, setNodes, onSelect],
  );
  useImperativeHandle(handle, () => ({ fitAll, fitTop, focusUnit }), [fitAll, fitTop, focusUnit]);

  // A new document (or direction) starts from the top of the hierarchy; a language switch keeps the view.
  const lastFitted = useRef<string>('');
  useEffect(() => {
    if (!layout.result) return;
    const fitKey = `${doc.title.en}|${Object.keys(doc.units).length}|${direction}`;
    if (lastFitted.current === fitKey) return;
    lastFitted.current = fitKey;
    requestAnimationFrame(() => fitTop());
  }, [layout.generation, layout.result, doc, direction, fitTop]);

  return (
    <div
      ref={wrapper}
      className={`diagram${layout.result ? '' : ' is-measuring'}`}
      data-testid="diagram"
      data-layout={layout.busy ? 'busy' : 'ready'}
      data-generation={layout.generation}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onSelectionChange={({ nodes: sel }: { nodes: Node[] }) => onSelect?.(sel[0]?.id ?? null)}
        nodesConnectable={false}
        minZoom={0.03}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
        onlyRenderVisibleElements={false}
        onNodeClick={onUnitClick ? (_e, n) => onUnitClick(n.id) : undefined}
        nodesDraggable={!readOnly}
        elementsSelectable={!readOnly || onUnitClick !== undefined}
      >
        <Background gap={24} color="#e2e8f0" />
        <MiniMap pannable zoomable nodeColor={(n) => miniMapColor((n as UnitNode).data.unit.kind)} nodeStrokeWidth={2} />
        <Controls showInteractive={false} fitViewOptions={{ padding: 0.05 }} />
      </ReactFlow>
    </div>
  );
}
