import { memo } from 'react';
import type { UnitId } from '../../../models/org/types';
import type { TreeRow } from './rows';
import { TreeItem } from './TreeItem';

/** Everything about the rows that changes only with the document, the collapsed set or the language. */
export interface TreeModel {
  rows: readonly TreeRow[];
  /** end[i]: one past the last row of row i's subtree. */
  end: readonly number[];
  rowIndex: ReadonlyMap<UnitId, number>;
  names: readonly string[];
  kinds: readonly string[];
  findings: ReadonlyMap<UnitId, { count: number; severity: 'error' | 'warning' | 'info' }>;
  onToggle: (id: UnitId) => void;
}

interface NodeProps {
  model: TreeModel;
  index: number;
  selected: ReadonlySet<UnitId>;
  activeId: UnitId | null;
}

/** The rows i+1 … end[i]-1 that sit directly under row i (its children, skipping their subtrees). */
function childIndexes(model: TreeModel, i: number): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < (model.end[i] ?? i + 1); k = model.end[k] ?? k + 1) out.push(k);
  return out;
}

function TreeNodeView({ model, index, selected, activeId }: NodeProps) {
  const row = model.rows[index];
  if (!row) return null;
  const f = model.findings.get(row.id);
  const kids = row.expanded ? childIndexes(model, index) : [];
  return (
    <TreeItem
      row={row}
      name={model.names[index] ?? row.id}
      kind={model.kinds[index] ?? ''}
      findings={f?.count ?? 0}
      severity={f?.severity ?? null}
      selected={selected.has(row.id)}
      active={activeId === row.id}
      onToggle={model.onToggle}
    >
      {kids.length > 0 ? kids.map((k) => <TreeNode key={model.rows[k]?.id ?? k} model={model} index={k} selected={selected} activeId={activeId} />) : undefined}
    </TreeItem>
  );
}

/**
 * A subtree re-renders only when the rows changed or when the selection or
 * the roving focus moved inside it: moving through 2,000 rows touches two
 * branches, not the whole tree.
 */
function sameSubtree(a: NodeProps, b: NodeProps): boolean {
  if (a.model !== b.model || a.index !== b.index) return false;
  const from = a.index;
  const to = a.model.end[from] ?? from + 1;
  const inside = (id: UnitId | null) => {
    if (id === null) return false;
    const i = a.model.rowIndex.get(id);
    return i !== undefined && i >= from && i < to;
  };
  if (a.activeId !== b.activeId && (inside(a.activeId) || inside(b.activeId))) return false;
  if (a.selected !== b.selected) {
    for (const id of a.selected) if (!b.selected.has(id) && inside(id)) return false;
    for (const id of b.selected) if (!a.selected.has(id) && inside(id)) return false;
  }
  return true;
}

export const TreeNode = memo(TreeNodeView, sameSubtree);
