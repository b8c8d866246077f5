import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { useDiagramHandleRef } from '../editor/diagram/DiagramHandleContext';
import { useEditor, useEditorStore } from '../editor/store/useEditor';
import type { Paper } from './browser';
import { exportAs, printDiagram, visibleLayers, type ExportFormat, type ExportInput } from './exportActions';
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
  const menu = useRef<HTMLDetailsElement>(null);
  const [onlySelection, setOnlySelection] = useState(false);
  const [paper, setPaper] = useState<Paper>('A4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const scopeSelection = onlySelection && selectionCount > 0;

  useEffect(() => {
    // Close on a click elsewhere, as menus do.
    const onDown = (e: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);

  const input = (): ExportInput | null => {
    const { doc, selection } = store.getState();
    const geometry = handleRef?.current?.geometry() ?? [];
    if (geometry.length === 0) return null;
    return { doc, geometry, lang, layers: visibleLayers(), selection: scopeSelection ? selection : [] };
  };

  const run = async (format: ExportFormat) => {
    const data = input();
    if (!data) return setStatus({ kind: 'failed', reason: t('nothing') });
    setStatus({ kind: 'busy' });
    try {
      const file = await exportAs(format, data);
      setStatus({ kind: 'done', file });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  const print = () => {
    const data = input();
    if (!data) return setStatus({ kind: 'failed', reason: t('nothing') });
    if (menu.current) menu.current.open = false;
    printDiagram(data, paper);
  };

  return (
    <details
      className="export-menu"
      ref={menu}
      data-testid="export-menu"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button" data-testid="export-toggle">⤓ {t('export')}</summary>
      <div className="export-panel" role="group" aria-label={t('title')}>
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
          <button type="button" onClick={print} data-testid="export-print">🖶 {t('print')}</button>
        </div>
        <p className="export-note">{t('layersNote')}</p>
        <p className="export-status" role="status" data-testid="export-status" data-state={status.kind}>
          {status.kind === 'busy' && t('working')}
          {status.kind === 'done' && t('done', { file: status.file })}
          {status.kind === 'failed' && t('failed', { reason: status.reason })}
        </p>
      </div>
    </details>
  );
}
