import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronsDownUp, ChevronsUpDown, Eye, PinOff } from 'lucide-react';
import { collapsedForLevel, treeDepth, unpinAll } from '../commands';
import { TEXT_SIZES } from '../store/editorStore';
import { useEditor, useEditorStore } from '../store/useEditor';
import { OVERVIEW_LEVEL } from '../projector/overview';
import '../projector/i18n';

/** The most "expand to level" buttons offered. */
const MAX_LEVELS = 5;

/**
 * The view menu: collapse all, expand all, expand to level N, a readable
 * overview, the card and text size, unpin all. A button that opens a panel
 * (Escape or a click elsewhere closes it).
 */
export function ViewMenu({ onOverview }: { onOverview: (level: number) => void }) {
  const { t } = useTranslation('view');
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const textSize = useEditor((s) => s.view.textSize);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const depth = useMemo(() => treeDepth(doc), [doc]);
  const pinned = useMemo(() => Object.values(doc.units).filter((u) => u.position !== undefined).length, [doc]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.view-toggle')?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  const levels = Array.from({ length: Math.min(MAX_LEVELS, Math.max(1, depth - 1)) }, (_, i) => i + 1);
  const say = (count: number) =>
    store.say({ kind: 'info', text: count === 0 ? tAll(t, 'noneUnpinned') : tAll(t, 'unpinned', { count }) });
  return (
    <div className="view-menu" ref={root}>
      <button
        type="button"
        className="view-toggle"
        aria-expanded={open}
        aria-haspopup="true"
        aria-controls="view-panel"
        onClick={() => setOpen((o) => !o)}
        data-testid="view-toggle"
        title={t('viewMenu')}
      >
        <Eye aria-hidden="true" size={16} />
        <span className="label-text">{t('view')}</span>
        <ChevronDown aria-hidden="true" size={14} />
      </button>
      {open && (
        <div className="view-panel" id="view-panel" role="group" aria-label={t('viewMenu')} data-testid="view-panel">
          <div className="view-row">
            <button type="button" onClick={() => store.setCollapsed(collapsedForLevel(doc, 1))} data-testid="collapse-all">
              <ChevronsDownUp aria-hidden="true" size={16} /> {t('collapseAll')}
            </button>
            <button type="button" onClick={() => store.setCollapsed(new Set())} data-testid="expand-all">
              <ChevronsUpDown aria-hidden="true" size={16} /> {t('expandAll')}
            </button>
          </div>
          <fieldset className="view-levels">
            <legend>{t('expandTo')}</legend>
            {levels.map((n) => (
              <button key={n} type="button" onClick={() => store.setCollapsed(collapsedForLevel(doc, n))} data-testid={`expand-level-${n}`} aria-label={t('level', { n })}>
                {n}
              </button>
            ))}
          </fieldset>
          {depth > OVERVIEW_LEVEL && (
            <button type="button" onClick={() => { setOpen(false); onOverview(OVERVIEW_LEVEL); }} data-testid="overview" title={t('overviewHint', { n: OVERVIEW_LEVEL })}>
              {t('overview')}
            </button>
          )}
          <fieldset className="view-sizes">
            <legend>{t('textSize')}</legend>
            {TEXT_SIZES.map((_, i) => (
              <label key={i} className={i === textSize ? 'is-chosen' : undefined}>
                <input type="radio" name="text-size" checked={i === textSize} onChange={() => store.setView({ textSize: i })} data-testid={`text-size-${i}`} />
                <span style={{ fontSize: `${12 + i * 2}px` }}>{t(`size${i}`)}</span>
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => { setOpen(false); say(unpinAll(store)); }} disabled={pinned === 0} data-testid="unpin-all" title={t('unpinAllHint', { count: pinned })}>
            <PinOff aria-hidden="true" size={16} /> {t('unpinAll')}{pinned > 0 ? ` (${pinned})` : ''}
          </button>
        </div>
      )}
    </div>
  );
}

/** A message in all three languages (the editor's message bar speaks the header language when shown). */
export function tAll(t: ReturnType<typeof useTranslation>['t'], key: string, opts: Record<string, unknown> = {}) {
  return { kk: t(key, { ...opts, lng: 'kk' }), ru: t(key, { ...opts, lng: 'ru' }), en: t(key, { ...opts, lng: 'en' }) };
}
