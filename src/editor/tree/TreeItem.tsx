import type { ReactNode } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TreeRow } from './rows';

export interface ItemView {
  row: TreeRow;
  name: string;
  kind: string;
  findings: number;
  severity: 'error' | 'warning' | 'info' | null;
  selected: boolean;
  active: boolean;
  /** The subtree: a `group` of child items when expanded. */
  children?: ReactNode;
  onToggle: (id: string) => void;
}

/** One `treeitem`: its line (chevron, name, kind, findings marker) and, when open, its `group` of children. */
function TreeItemView({ row, name, kind, findings, severity, selected, active, children, onToggle }: ItemView) {
  const { t } = useTranslation('navigation');
  const leaf = row.childCount === 0;
  return (
    <li
      role="treeitem"
      id={`tree-${row.id}`}
      data-row-id={row.id}
      data-testid="tree-item"
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={leaf ? undefined : row.expanded}
      aria-selected={row.group ? undefined : selected}
      aria-label={row.group ? name : `${name}, ${kind}${findings > 0 ? `, ${t('findings', { count: findings })}` : ''}`}
      tabIndex={active ? 0 : -1}
      className={`tree-item${row.group ? ' is-group' : ''}`}
    >
      <div className={`tree-line${selected ? ' is-selected' : ''}`} style={{ paddingLeft: 4 + (row.level - 1) * 12 }}>
        {leaf ? (
          <span className="tree-twisty" aria-hidden="true" />
        ) : (
          <span
            className="tree-twisty is-branch"
            aria-hidden="true"
            data-testid="tree-toggle"
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row.id);
            }}
          >
            {row.expanded ? <ChevronDown size={14} /> : <ChevronRight size={14} />}
          </span>
        )}
        <span className="tree-text" title={row.group ? name : `${name} — ${kind}`}>
          <span className="tree-name">{name}</span>
          {!row.group && kind !== name && <span className="tree-kind">{kind}</span>}
        </span>
        {row.group && <span className="tree-count" aria-hidden="true">{row.childCount}</span>}
        {findings > 0 && (
          <span className={`tree-finding severity-${severity ?? 'info'}`} data-testid="tree-finding" aria-hidden="true">
            {findings}
          </span>
        )}
      </div>
      {children && (
        <ul role="group" className="tree-group">
          {children}
        </ul>
      )}
    </li>
  );
}

export const TreeItem = TreeItemView;
