import { memo, useEffect, useMemo, useState } from 'react';
import { ReactFlow, ReactFlowProvider, Handle, Position, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import { cite, formatArticle } from '../../../models/law';
import type { Lang } from '../../../models/law/types';
import { getScheme, layoutScheme, schemeNodes, type SchemeLayout, type SchemeNode, type SchemeView } from '../../../models/lessons';
import { elkInWorker } from '../../editor/layout/elkInWorker';
import { manualLines } from '../citeText';
import { Camera } from './Camera';

interface SchemeData extends Record<string, unknown> {
  node: SchemeNode;
  lang: Lang;
  depth: number;
  lit: boolean;
  dim: boolean;
  /** Hangs in a column under its parent: its edge enters from the left. */
  stacked: boolean;
}
type SchemeFlowNode = Node<SchemeData, 'scheme'>;

const WIDTH = 280;
/** A card's height from its label: the ELK layout needs sizes before anything is drawn. */
function heightOf(label: string): number {
  return 54 + Math.ceil(label.length / 16) * 28;
}

function source(node: SchemeNode, lang: Lang): string {
  if (node.citation) return formatArticle(cite(node.citation).act, cite(node.citation).article, lang);
  if (node.seedLines) return manualLines(node.seedLines, lang);
  return '';
}

function SchemeCard({ data }: NodeProps<SchemeFlowNode>) {
  const { node, lang, depth, lit, dim, stacked } = data;
  return (
    <div className={`scheme-card depth-${Math.min(depth, 2)}${lit ? ' is-lit' : ''}${dim ? ' is-dim' : ''}`} data-scheme-node={node.id}>
      <Handle type="target" position={stacked ? Position.Left : Position.Top} className="unit-handle" isConnectable={false} />
      <div className="scheme-label">{node.label[lang]}</div>
      <div className="scheme-source">{source(node, lang)}</div>
      <Handle type="source" id="out" position={Position.Bottom} className="unit-handle" isConnectable={false} />
      <Handle type="source" id="stack" position={Position.Bottom} className="unit-handle scheme-stack-handle" isConnectable={false} />
    </div>
  );
}

const nodeTypes: NodeTypes = { scheme: memo(SchemeCard) };

/** A concept scheme: a small read-only tree laid out by ELK, the stop's nodes lit. */
export function SchemeStage({ view, lang, stopKey }: { view: SchemeView; lang: Lang; stopKey: string }) {
  const scheme = getScheme(view.scheme);
  const [laid, setLaid] = useState<{ key: string; layout: SchemeLayout } | null>(null);
  const layoutKey = `${view.scheme}|${lang}`;
  useEffect(() => {
    if (!scheme) return;
    let cancelled = false;
    const labels = new Map(schemeNodes(scheme).map((n) => [n.id, n.label[lang]]));
    void elkInWorker()
      .then((engine) => layoutScheme(scheme, engine, (id) => ({ width: WIDTH, height: heightOf(labels.get(id) ?? '') })))
      .then((layout) => {
        if (!cancelled) setLaid({ key: layoutKey, layout });
      });
    return () => {
      cancelled = true;
    };
  }, [scheme, lang, layoutKey]);

  const focus = useMemo(() => new Set(view.focus ?? []), [view.focus]);
  const nodes = useMemo<SchemeFlowNode[]>(() => {
    if (!scheme || !laid) return [];
    const depth = new Map<string, number>();
    const walk = (n: SchemeNode, d: number) => {
      depth.set(n.id, d);
      n.children?.forEach((c) => walk(c, d + 1));
    };
    walk(scheme.root, 0);
    return schemeNodes(scheme).map((n) => ({
      id: n.id,
      type: 'scheme',
      position: laid.layout.positions[n.id] ?? { x: 0, y: 0 },
      width: WIDTH,
      height: heightOf(n.label[lang]),
      data: { node: n, lang, depth: depth.get(n.id) ?? 0, lit: focus.has(n.id), dim: focus.size > 0 && !focus.has(n.id), stacked: laid.layout.stacked.has(n.id) },
      draggable: false,
      selectable: false,
    }));
  }, [scheme, laid, lang, focus]);
  const edges = useMemo(
    () =>
      (laid?.layout.edges ?? []).map((e) => ({
        ...e,
        type: 'smoothstep',
        sourceHandle: laid?.layout.stacked.has(e.target) ? 'stack' : 'out',
        selectable: false,
        className: focus.has(e.target) ? 'is-lit' : '',
      })),
    [laid, focus],
  );
  const target = useMemo(() => [...focus], [focus]);
  if (!scheme) return null;
  return (
    <div className="lesson-scheme" data-testid="stage-scheme" data-scheme={scheme.id}>
      <h3 className="scheme-title">{scheme.title[lang]}</h3>
      <ReactFlowProvider>
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false} elementsSelectable={false} minZoom={0.1} maxZoom={2} proOptions={{ hideAttribution: true }} />
        {laid && <Camera ids={target} stopKey={`${stopKey}|${laid.key}`} maxZoom={1.4} padding={0.12} />}
      </ReactFlowProvider>
    </div>
  );
}
