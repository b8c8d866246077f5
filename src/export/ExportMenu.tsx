import { useEffect, useRef, useState } from 'react';
import { ChevronDown } from 'lucide-react';
import { ImageDown, Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { useDiagramHandleRef } from '../editor/diagram/DiagramHandleContext';
import { useEditor, useEditorStore } from '../editor/store/useEditor';
import { currentDocumentName } from '../persistence/useDocumentName';
import type { Paper } from './browser';
import { visibleLayers, withSubtrees, type ExportFormat, type ExportInput, type PrintLayout } from './selection';

/** The builders (SVG, PNG, draw.io, print sheets) load on the first export, not with the app. */
const actions = () => import('./exportActions');
import './i18n';
import '../styles/export.css';
import '../styles/print.css';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'json', 'drawio'];
type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; reason: string };

/**
 * The toolbar's export menu: PNG, SVG, the org file, draw.io and print, of
 * the whole diagram or only the selection. A native <details> dropdown, so it
 * opens with Enter/Space; Escape closes it and returns focus.
 */
export function ExportMenu() {
  const { t, i18n } = useTranslation('export');
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const selectionCount = useEditor((s) => s.selection.length);
  const handleRef = useDiagramHandleRef();
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [onlySelection, setOnlySelection] = useState(false);
  const [paper, setPaper] = useState<Paper>('A4');
  const [layout, setLayout] = useState<PrintLayout>('fit');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const scopeSelection = onlySelection && selectionCount > 0;

  useEffect(() => {
    // Close on a click elsewhere, as menus do.
    const onDown = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);

  const input = (): ExportInput | null => {
    const { doc, selection } = store.getState();
    const geometry = handleRef?.current?.geometry() ?? [];
    if (geometry.length === 0) return null;
    return { doc, geometry, lang, layers: visibleLayers(), selection: scopeSelection ? withSubtrees(doc, selection) : [], title: currentDocumentName(store, lang) };
  };

  const run = async (format: ExportFormat) => {
    const data = input();
    if (!data) return setStatus({ kind: 'failed', reason: t('nothing') });
    setStatus({ kind: 'busy' });
    try {
      const file = await (await actions()).exportAs(format, data);
      setStatus({ kind: 'done', file });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  const print = async () => {
    const data = input();
    if (!data) return setStatus({ kind: 'failed', reason: t('nothing') });
    setOpen(false);
    const { printDiagram } = await actions();
    printDiagram(data, paper, layout, {
      page: (n, total) => t('page', { n, total }),
      tile: (row, col) => t('tileOf', { row, col }),
      overlap: t('overlap'),
    });
  };

  return (
    <div
      className="export-menu"
      ref={menu}
      data-testid="export-menu"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        menu.current?.querySelector<HTMLButtonElement>('.export-toggle')?.focus();
      }}
    >
      <button type="button" className="export-toggle" aria-expanded={open} aria-controls="export-panel" onClick={() => { setOpen((o) => !o); void actions(); }} data-testid="export-toggle" title={t('title')} aria-label={t('export')}>
        <ImageDown aria-hidden="true" size={16} />
        <span className="label-text">{t('export')}</span>
        <ChevronDown aria-hidden="true" size={14} />
      </button>
      {open && (
      <div className="export-panel" id="export-panel" role="group" aria-label={t('title')}>
        <fieldset className="export-scope">
          <legend>{t('scope')}</legend>
          <label>
            <input type="radio" name="export-scope" checked={!scopeSelection} onChange={() => setOnlySelection(false)} data-testid="export-whole" />
            {t('whole')}
          </label>
          <label className={selectionCount === 0 ? 'muted' : undefined}>
            <input
              type="radio"
              name="export-scope"
              checked={scopeSelection}
              disabled={selectionCount === 0}
              onChange={() => setOnlySelection(true)}
              data-testid="export-selection"
            />
            {selectionCount > 0 ? t('selection', { count: selectionCount }) : t('noSelection')}
          </label>
        </fieldset>
        <div className="export-actions">
          {FORMATS.map((f) => (
            <button key={f} type="button" data-testid={`export-${f}`} disabled={status.kind === 'busy'} onClick={() => void run(f)}>
              <span className="export-name">{t(f)}</span>
              <span className="export-hint">{t(`${f}Hint`)}</span>
            </button>
          ))}
        </div>
        <div className="export-print-row">
          <label className="field">
            <span>{t('paper')}</span>
            <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} data-testid="export-paper">
              <option value="A4">{t('a4')}</option>
              <option value="A3">{t('a3')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('layout')}</span>
            <select value={layout} onChange={(e) => setLayout(e.target.value as PrintLayout)} data-testid="export-print-layout">
              <option value="fit">{t('layoutFit')}</option>
              <option value="tiles">{t('layoutTiles')}</option>
              <option value="branches">{t('layoutBranches')}</option>
            </select>
          </label>
          <button type="button" onClick={() => void print()} data-testid="export-print"><Printer aria-hidden="true" size={16} /> {t('print')}</button>
        </div>
        <p className="export-note">{t('layersNote')}</p>
        <p className="export-status" role="status" data-testid="export-status" data-state={status.kind}>
          {status.kind === 'busy' && t('working')}
          {status.kind === 'done' && t('done', { file: status.file })}
          {status.kind === 'failed' && t('failed', { reason: status.reason })}
        </p>
      </div>
      )}
    </div>
  );
}
