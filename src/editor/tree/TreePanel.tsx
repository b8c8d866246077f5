import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ChevronsLeft, Focus, ListTree } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { kindLabel } from '../../../models/org/kinds';
import { childrenIndex } from '../../../models/org/queries';
import { validate } from '../../../models/org/rules';
import type { UnitId } from '../../../models/org/types';
import { useDiagramHandleRef } from '../diagram/DiagramHandleContext';
import { useEditor, useEditorStore } from '../store/useEditor';
import './i18n';
import '../../styles/tree.css';
import { revealUnit } from './reveal';
import { EXTERNALS_ROW, subtreeEnds, treeRows, type TreeRow } from './rows';
import { TreeNode, type TreeModel } from './TreeNodes';
import { useTreeKeys } from './useTreeKeys';

const OPEN_KEY = 'prokuratura.tree.open';
const rank = { error: 3, warning: 2, info: 1 } as const;

/**
 * The hierarchy as an ARIA tree beside the canvas. Expanding and collapsing
 * here is the canvas's collapse (one `collapsed` set in the store), the
 * selection is the canvas's selection, and choosing a unit centres it.
 */
export function TreePanel({ lang }: { lang: Lang }) {
  const { t } = useTranslation('navigation');
  const store = useEditorStore();
  const handleRef = useDiagramHandleRef();
  // Deferred: a large document's rows render in the background, in slices, instead of one long task
  // that would hold up the canvas (2,000 rows).
  const doc = useDeferredValue(useEditor((s) => s.doc));
  const collapsed = useDeferredValue(useEditor((s) => s.collapsed));
  const focus = useDeferredValue(useEditor((s) => s.focus));
  const selection = useEditor((s) => s.selection);
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) !== '0');
  const [externalsOpen, setExternalsOpen] = useState(true);
  const [activeId, setActiveId] = useState<UnitId | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const wantFocus = useRef(false);

  const index = useMemo(() => childrenIndex(doc), [doc]);
  const findings = useMemo(() => {
    const m = new Map<UnitId, { count: number; severity: 'error' | 'warning' | 'info' }>();
    for (const f of validate(doc)) {
      for (const id of new Set(f.units)) {
        const cur = m.get(id);
        m.set(id, { count: (cur?.count ?? 0) + 1, severity: cur && rank[cur.severity] >= rank[f.severity] ? cur.severity : f.severity });
      }
    }
    return m;
  }, [doc]);
  const rows = useMemo(() => treeRows({ doc, collapsed, focus, externalsOpen, index }), [doc, collapsed, focus, externalsOpen, index]);

  const toggle = useCallback(
    (id: UnitId) => (id === EXTERNALS_ROW ? setExternalsOpen((o) => !o) : store.toggleCollapsed(id)),
    [store],
  );
  const model = useMemo<TreeModel>(() => {
    const name = (r: TreeRow) => (r.group ? t('externals') : (doc.units[r.id]?.name[lang] ?? r.id));
    const kind = (r: TreeRow) => {
      const u = doc.units[r.id];
      return u ? kindLabel(u.kind)[lang] : '';
    };
    return {
      rows,
      end: subtreeEnds(rows),
      rowIndex: new Map(rows.map((r, i) => [r.id, i])),
      names: rows.map(name),
      kinds: rows.map(kind),
      findings,
      onToggle: toggle,
    };
  }, [rows, doc, lang, findings, toggle, t]);
  const selected = useMemo(() => new Set(selection), [selection]);

  // The roving tab stop: the active row if it is shown, else the selected unit, else the first row.
  const activeIndex = (() => {
    const a = activeId !== null ? model.rowIndex.get(activeId) : undefined;
    if (a !== undefined) return a;
    const s = selection[0] !== undefined ? model.rowIndex.get(selection[0]) : undefined;
    return s ?? (rows.length > 0 ? 0 : -1);
  })();
  const active = rows[activeIndex]?.id ?? null;

  // The canvas selected something: the tree follows (without taking the keyboard focus), once the
  // unit has a row (a search may open its superiors first). Other changes of the rows leave the tab stop alone.
  const follow = useRef<UnitId | null>(null);
  useEffect(() => {
    follow.current = selection[0] ?? null;
  }, [selection]);
  useEffect(() => {
    const id = follow.current;
    if (id !== null && model.rowIndex.has(id)) {
      follow.current = null;
      setActiveId(id);
    }
  }, [selection, model]);

  useEffect(() => {
    if (active === null) return;
    const el = treeRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(active)}"]`);
    if (!el) return;
    if (wantFocus.current) {
      wantFocus.current = false;
      el.focus({ preventScroll: true });
    }
    const line = el.querySelector<HTMLElement>('.tree-line') ?? el;
    line.scrollIntoView({ block: 'nearest' });
  }, [active, model]);

  const handle = useCallback(() => handleRef?.current ?? null, [handleRef]);
  const activate = useCallback((row: TreeRow) => {
    setActiveId(row.id);
    if (!row.group) revealUnit(store, handle, row.id);
  }, [store, handle]);
  const moveTo = useCallback((id: UnitId) => {
    wantFocus.current = true;
    setActiveId(id);
  }, []);
  const expandSiblings = useCallback((row: TreeRow) => {
    const siblings = rows.filter((r) => r.parent === row.parent && r.childCount > 0);
    if (siblings.some((r) => r.id === EXTERNALS_ROW)) setExternalsOpen(true);
    const next = new Set(collapsed);
    for (const r of siblings) next.delete(r.id);
    store.setCollapsed(next);
  }, [rows, collapsed, store]);
  const onKeyDown = useTreeKeys({ rows, names: model.names, activeIndex, moveTo, toggle, expandSiblings, activate });

  const setPanel = (o: boolean) => {
    setOpen(o);
    localStorage.setItem(OPEN_KEY, o ? '1' : '0');
  };
  const one = selection.length === 1 ? selection[0] : undefined;
  const canFocus = one !== undefined && doc.units[one] !== undefined && !rows.find((r) => r.id === one && r.parent === EXTERNALS_ROW);

  if (!open) {
    return (
      <nav className="tree-panel is-closed" aria-label={t('tree')}>
        <button type="button" className="tree-open" onClick={() => setPanel(true)} aria-expanded={false} title={t('show')} aria-label={t('show')} data-testid="tree-panel-toggle">
          <ListTree aria-hidden="true" size={18} />
        </button>
      </nav>
    );
  }
  return (
    <nav className="tree-panel" aria-label={t('tree')} data-testid="tree-panel">
      <div className="tree-head">
        <h2 id="tree-title">{t('tree')}</h2>
        <button
          type="button"
          className="tree-action"
          disabled={!canFocus}
          onClick={() => {
            if (one === undefined) return;
            store.setFocus(one);
            revealUnit(store, handle, one);
          }}
          title={t('focusBranchHint')}
          data-testid="focus-branch"
        >
          <Focus aria-hidden="true" size={14} /> {t('focusBranch')}
        </button>
        <button type="button" className="tree-close" onClick={() => setPanel(false)} aria-expanded={true} aria-controls="tree-panel-body" title={t('hide')} aria-label={t('hide')} data-testid="tree-panel-toggle">
          <ChevronsLeft aria-hidden="true" size={16} />
        </button>
      </div>
      {focus !== null && doc.units[focus] && (
        <div className="tree-focus" role="status">
          <span className="tree-focus-name">{t('focused', { name: doc.units[focus].name[lang] })}</span>
          <button type="button" className="tree-action" onClick={() => store.setFocus(null)} data-testid="tree-focus-clear">{t('showAll')}</button>
        </div>
      )}
      <ul
        id="tree-panel-body"
        ref={treeRef}
        role="tree"
        aria-labelledby="tree-title"
        aria-multiselectable={true}
        className="tree"
        data-testid="tree"
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const id = (e.target as HTMLElement).dataset.rowId;
          if (id !== undefined && id !== activeId) setActiveId(id);
        }}
        onClick={(e) => {
          const li = (e.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
          const id = li?.dataset.rowId;
          const row = id !== undefined ? rows[model.rowIndex.get(id) ?? -1] : undefined;
          if (row?.group) toggle(row.id);
          else if (row) activate(row);
        }}
      >
        {model.rows.map((r, i) => (r.level === 1 ? <TreeNode key={r.id} model={model} index={i} selected={selected} activeId={active} /> : null))}
      </ul>
    </nav>
  );
}
