import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, type CSSProperties, type Ref } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useNodesState,
  useReactFlow,
} from '@xyflow/react';
import type { LayoutDirection } from '../../../models/layout';
import type { Lang } from '../../../models/law/types';
import type { Finding } from '../../../models/org/rules';
import type { OrgDocument, Position, RelationKind, UnitId } from '../../../models/org/types';
import { useOrgLayout } from '../layout/useOrgLayout';
import { miniMapColor } from './colors';
import { DiagramActions, type DiagramActionsValue } from './DiagramActions';
import { nodeTypes } from './nodes';
import { toEdges, toNodes, type RelationEdge, type UnitNode } from './toFlow';
import { showTopOfHierarchy } from './viewport';
import { fitZoom } from '../projector/overview';

export interface DiagramHandle {
  /** Fits everything drawn; resolves with the zoom it chose (after a layout on its way, or with `afterNextLayout` the next one, has landed). */
  fitAll(opts?: { afterNextLayout?: boolean }): Promise<number>;
  /** The top of the hierarchy at a readable zoom (after a layout on its way has landed). */
  fitTop(): void;
  focusUnit(id: UnitId): void;
  /** The current positions of the drawn units. */
  positions(): Record<UnitId, Position>;
  /** Every drawn unit's box as React Flow measured it (for export). */
  geometry(): { id: UnitId; x: number; y: number; width: number; height: number }[];
  /** The DOM element of the canvas (for printing and images). */
  element(): HTMLElement | null;
}

interface Props {
  doc: OrgDocument;
  lang: Lang;
  direction: LayoutDirection;
  layers: ReadonlySet<RelationKind>;
  findings: readonly Finding[];
  handle?: Ref<DiagramHandle>;
  /** Units to light up (e.g. those a simulation involves); the rest are dimmed. */
  highlight?: ReadonlySet<UnitId>;
  /** A click on a unit (e.g. to pick a procedure's initiator or a council). */
  onUnitClick?: (id: UnitId) => void;
  /** No dragging or connecting: a picture to look at and click. */
  readOnly?: boolean;
  /** Bump to lay out a different document afresh and fit the view. */
  loadId?: number;
  /** Bump to re-run ELK over everything not pinned. */
  tidyId?: number;
  /** Units inside collapsed subtrees: not drawn, and the layout closes the gap. */
  hidden?: ReadonlySet<UnitId>;
  /** Units laid out and drawn but not shown (a lesson's reveal): changing this set lays nothing out again. */
  concealed?: ReadonlySet<UnitId>;
  /** Collapsed units (they show a "+N" toggle). */
  collapsed?: ReadonlySet<UnitId>;
  selection?: readonly UnitId[];
  onSelectionChange?: (ids: UnitId[]) => void;
  /** A drag ended: the units moved and where to (one undo step). */
  onMoved?: (moves: { id: UnitId; position: Position }[]) => void;
  /** A connection dragged from one unit to another: the editor reads it as "make source the parent of target". */
  onConnectUnits?: (source: UnitId, target: UnitId) => void;
  actions?: DiagramActionsValue;
  /** Draw the minimap (default: yes, for documents small enough to draw whole). */
  minimap?: boolean;
  /** Card and text scale (1 is normal): a change lays the cards out afresh at their new size. */
  cardScale?: number;
  /** A card was dropped under the minimap or the zoom buttons and went back. */
  onDropRefused?: () => void;
}

const NO_HIDDEN: ReadonlySet<UnitId> = new Set();
/** Above this many cards, only the visible ones are drawn. */
export const LARGE_DOCUMENT = 400;
const NO_SELECTION: readonly UnitId[] = [];

/** The card under the pointer where a connection was dropped, if any. */
function unitUnderPointer(event: MouseEvent | TouchEvent): UnitId | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const el = document.elementFromPoint(point.clientX, point.clientY);
  return el?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
}

/** Whether a drag ended over the minimap or the zoom buttons (the pointer's last place). */
function droppedOnOverlay(event: MouseEvent | TouchEvent | { clientX?: number; clientY?: number }, root: HTMLElement | null): boolean {
  if (!root) return false;
  const point = 'changedTouches' in event && event.changedTouches ? event.changedTouches[0] : (event as { clientX?: number; clientY?: number });
  if (!point || point.clientX === undefined || point.clientY === undefined) return false;
  const { clientX: x, clientY: y } = point;
  return [...root.querySelectorAll<HTMLElement>('.react-flow__minimap, .react-flow__controls')].some((el) => {
    const r = el.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  });
}

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

/** Whether a card drawn before shows exactly what the derived one would (same place, class and data). */
function sameCard(a: UnitNode, b: UnitNode): boolean {
  if (a.className !== b.className || a.type !== b.type || a.ariaLabel !== b.ariaLabel) return false;
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  const da = a.data as Record<string, unknown>;
  const db = b.data as Record<string, unknown>;
  const keys = Object.keys(db);
  return keys.length === Object.keys(da).length && keys.every((k) => da[k] === db[k]);
}

function sameEdge(a: RelationEdge, b: RelationEdge): boolean {
  return (
    a.source === b.source && a.target === b.target && a.sourceHandle === b.sourceHandle && a.targetHandle === b.targetHandle &&
    a.type === b.type && a.className === b.className && a.style === b.style && a.data?.kind === b.data?.kind
  );
}

/** The org diagram: nodes and edges derived from the document, laid out by ELK. */
export function DiagramCanvas(props: Props) {
  const { doc, lang, direction, layers, findings, handle, highlight, onUnitClick, readOnly } = props;
  const hidden = props.hidden ?? NO_HIDDEN;
  const selection = props.selection ?? NO_SELECTION;
  const rf = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const cardScale = props.cardScale ?? 1;
  const layout = useOrgLayout({ doc, direction, lang, hidden, loadId: props.loadId ?? 0, tidyId: props.tidyId ?? 0, sizeKey: String(cardScale) });
  const findingsByUnit = useMemo(() => worstByUnit(findings), [findings]);

  const flowInput = useMemo(
    () => ({ doc, lang, direction, layers, findingsByUnit, positions: layout.positions, stacked: layout.stacked, highlight, hidden, concealed: props.concealed, collapsed: props.collapsed }),
    [doc, lang, direction, layers, findingsByUnit, layout.positions, layout.stacked, highlight, hidden, props.concealed, props.collapsed],
  );
  const derivedNodes = useMemo(() => toNodes(flowInput), [flowInput]);
  // Unchanged edges keep their object too, so that React Flow draws again only those that changed.
  const drawnEdges = useRef(new Map<string, RelationEdge>());
  const edges = useMemo(() => {
    const prev = drawnEdges.current;
    const next = toEdges(flowInput).map((e) => {
      const p = prev.get(e.id);
      return p && sameEdge(p, e) ? p : e;
    });
    drawnEdges.current = new Map(next.map((e) => [e.id, e]));
    return next;
  }, [flowInput]);
  const [nodes, setNodes, onNodesChange] = useNodesState<UnitNode>(derivedNodes);

  useEffect(() => {
    // Keep React Flow's measurements; selection follows the editor's.
    const selected = new Set(selection);
    setNodes((prev) => {
      const old = new Map(prev.map((n) => [n.id, n]));
      return derivedNodes.map((n) => {
        const p = old.get(n.id);
        // Unchanged cards keep their object, so React Flow does not draw them again (a lesson's step
        // changes a few classes, not two hundred cards).
        if (p && p.selected === selected.has(n.id) && sameCard(p, n)) return p;
        const base = p ? { ...n, measured: p.measured } : n;
        return { ...base, selected: selected.has(n.id) };
      });
    });
  }, [derivedNodes, setNodes, selection]);

  // A fit asked for while a layout is on its way (just after leaving branch focus, say) waits for it:
  // the cards that are coming back still sit where nothing is drawn.
  const busy = layout.busy || !layout.ready;
  const busyRef = useRef(busy);
  busyRef.current = busy;
  const pendingFit = useRef<{ run: () => void; after: number } | null>(null);
  const generationRef = useRef(layout.generation);
  generationRef.current = layout.generation;
  /** Runs now, or once the layout on its way has landed; `nextLayout`: only after a layout newer than the current one. */
  const whenLaidOut = useCallback((run: () => void, nextLayout = false) => {
    if (busyRef.current || nextLayout) pendingFit.current = { run, after: nextLayout ? generationRef.current : -1 };
    else run();
  }, []);
  useEffect(() => {
    const pending = pendingFit.current;
    if (busy || !pending || layout.generation <= pending.after) return;
    pendingFit.current = null;
    requestAnimationFrame(() => pending.run());
  }, [busy, layout.generation]);
  const fitTopNow = useCallback(() => showTopOfHierarchy(rf, doc, wrapper.current), [rf, doc]);
  const fitTop = useCallback(() => whenLaidOut(fitTopNow), [whenLaidOut, fitTopNow]);
  const fitAll = useCallback(
    (opts?: { afterNextLayout?: boolean }) =>
      new Promise<number>((resolve) =>
        whenLaidOut(() => {
          void rf.fitView({ padding: 0.05, duration: 300 });
          const el = wrapper.current;
          const placed = rf.getNodes().filter((n) => n.position.x > -1e5);
          const bounds = placed.length > 0 ? rf.getNodesBounds(placed) : { width: 0, height: 0 };
          resolve(el ? fitZoom(bounds, el.clientWidth, el.clientHeight) : 1);
        }, opts?.afterNextLayout),
      ),
    [rf, whenLaidOut],
  );
  const onSelectionChange = props.onSelectionChange;
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const focusUnit = useCallback(
    (id: UnitId) => {
      const n = rf.getNode(id);
      if (!n) return;
      const w = n.measured?.width ?? 200;
      const h = n.measured?.height ?? 64;
      void rf.setCenter(n.position.x + w / 2, n.position.y + h / 2, { zoom: Math.max(rf.getZoom(), 1), duration: 400 });
      if (onSelectionChange) onSelectionChange([id]);
      else setNodes((prev) => prev.map((p) => ({ ...p, selected: p.id === id })));
    },
    [rf, setNodes, onSelectionChange],
  );
  const positions = useCallback(() => Object.fromEntries(rf.getNodes().map((n) => [n.id, n.position])), [rf]);
  const geometry = useCallback(
    () => rf.getNodes().map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.measured?.width ?? 200, height: n.measured?.height ?? 64 })),
    [rf],
  );
  const element = useCallback(() => wrapper.current, []);
  useImperativeHandle(handle, () => ({ fitAll, fitTop, focusUnit, positions, geometry, element }), [fitAll, fitTop, focusUnit, positions, geometry, element]);

  // A new document (or direction) starts from the top of the hierarchy, once its own layout has landed;
  // a language switch or an edit keeps the view.
  const lastFitted = useRef<string>('');
  const loadId = props.loadId ?? 0;
  useEffect(() => {
    const fitKey = `${loadId}|${direction}`;
    if (!layout.ready || layout.busy || layout.laidOutFor !== fitKey) return;
    if (lastFitted.current === fitKey) return;
    lastFitted.current = fitKey;
    requestAnimationFrame(() => fitTopNow());
  }, [layout.generation, layout.ready, layout.busy, layout.laidOutFor, loadId, direction, fitTopNow]);

  // Where each dragged card started, so that a drop under the minimap can put it back.
  const dragStart = useRef(new Map<UnitId, Position>());
  const onDropRefused = props.onDropRefused;

  const onMoved = props.onMoved;
  const onConnectUnits = props.onConnectUnits;
  return (
    <DiagramActions.Provider value={props.actions ?? null}>
      <div
        ref={wrapper}
        className={`diagram${layout.ready ? '' : ' is-measuring'}`}
        style={{ '--card-scale': cardScale } as CSSProperties}
        data-testid="diagram"
        data-layout={layout.busy ? 'busy' : 'ready'}
        data-generation={layout.generation}
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={(changes) => {
            onNodesChange(changes);
            // Only what the user did (click, box, pane click) changes the editor's selection; React Flow's
            // onSelectionChange also echoes the props we pass and would fight a selection made elsewhere.
            if (!onSelectionChange) return;
            const cur = selectionRef.current;
            const next = new Set(cur);
            let touched = false;
            for (const c of changes) {
              if (c.type !== 'select') continue;
              touched = true;
              if (c.selected) next.add(c.id);
              else next.delete(c.id);
            }
            if (touched && (next.size !== cur.length || cur.some((id) => !next.has(id)))) onSelectionChange([...next]);
          }}
          onNodeDragStart={(_e, _node, dragged) => {
            dragStart.current = new Map(dragged.map((n) => [n.id, { ...n.position }]));
          }}
          onNodeDragStop={(e, _node, dragged) => {
            if (droppedOnOverlay(e, wrapper.current)) {
              // Under the minimap or the zoom buttons a card could not be reached again: it goes back.
              const start = dragStart.current;
              setNodes((prev) => prev.map((n) => {
                const p = start.get(n.id);
                return p ? { ...n, position: p } : n;
              }));
              onDropRefused?.();
              return;
            }
            onMoved?.(dragged.map((n) => ({ id: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })));
          }}
          onConnectEnd={(event, state) => {
            // A connection dropped anywhere on a card (not only on a handle) makes the source that card's superior.
            const from = state.fromNode?.id;
            const to = state.toNode?.id ?? unitUnderPointer(event);
            if (from && to && from !== to) onConnectUnits?.(from, to);
          }}
          nodesConnectable={!readOnly && onConnectUnits !== undefined}
          nodesDraggable={!readOnly}
          elementsSelectable={!readOnly || onUnitClick !== undefined}
          onNodeClick={onUnitClick ? (_e, n) => onUnitClick(n.id) : undefined}
          selectionMode={SelectionMode.Partial}
          multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
          deleteKeyCode={null}
          minZoom={0.03}
          maxZoom={2.5}
          proOptions={{ hideAttribution: true }}
          // Large documents draw only what is on screen, so that panning 2,000 cards stays smooth;
          // the cards off screen are laid out with the default size.
          onlyRenderVisibleElements={nodes.length > LARGE_DOCUMENT}
        >
          <Background gap={24} color="#e2e8f0" />
          {(props.minimap ?? true) && nodes.length <= LARGE_DOCUMENT && <MiniMap pannable zoomable nodeColor={(n) => miniMapColor((n as UnitNode).data.unit.kind)} nodeStrokeWidth={2} />}
          <Controls showInteractive={false} fitViewOptions={{ padding: 0.05 }} />
        </ReactFlow>
      </div>
    </DiagramActions.Provider>
  );
}
