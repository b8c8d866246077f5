import { useTranslation } from 'react-i18next';
import type { LayoutDirection } from '../../../models/layout';
import type { Lang } from '../../../models/law/types';
import { TEMPLATES } from '../../../models/org/templates';
import { useEditor, useEditorStore } from '../store/useEditor';
import { ToolbarSlots } from './ToolbarSlots';

interface Props {
  templateId: string;
  onTemplate: (id: string) => void;
  direction: LayoutDirection;
  onDirection: (d: LayoutDirection) => void;
  onFitAll: () => void;
  onFitTop: () => void;
  onOpen: (file: File) => void;
  onHelp: () => void;
}

export function EditorToolbar(p: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('app.title')}>
      <label className="field">
        <span>{t('toolbar.template')}</span>
        <select value={p.templateId} onChange={(e) => p.onTemplate(e.target.value)} data-testid="template-picker">
          {p.templateId === '' && <option value="">—</option>}
          {TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>{tpl.title[lang]}</option>
          ))}
        </select>
      </label>
      <label className="file-open">
        <span className="button">{t('file.open')}</span>
        <input
          type="file"
          accept=".json,application/json,.png,image/png,.svg,image/svg+xml"
          data-testid="open-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onOpen(f);
            e.target.value = '';
          }}
        />
      </label>
      <ToolbarSlots />
      <span className="sep" />
      <button type="button" onClick={() => store.undo()} disabled={!canUndo} data-testid="undo" title="Ctrl+Z">↶ {t('editor.undo')}</button>
      <button type="button" onClick={() => store.redo()} disabled={!canRedo} data-testid="redo" title="Ctrl+Shift+Z">↷ {t('editor.redo')}</button>
      <span className="sep" />
      <select value={p.direction} onChange={(e) => p.onDirection(e.target.value as LayoutDirection)} data-testid="direction" aria-label={t('toolbar.direction')}>
        <option value="DOWN">{t('toolbar.down')}</option>
        <option value="RIGHT">{t('toolbar.right')}</option>
      </select>
      <button type="button" onClick={() => store.tidy()} data-testid="tidy">{t('toolbar.relayout')}</button>
      <button type="button" onClick={p.onFitTop} data-testid="fit-top">{t('toolbar.fitTop')}</button>
      <button type="button" onClick={p.onFitAll} data-testid="fit-all">{t('toolbar.fitAll')}</button>
      <button type="button" onClick={p.onHelp} data-testid="help" aria-label={t('editor.shortcuts')} title={t('editor.shortcuts')}>?</button>
    </div>
  );
}
