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

function IconButton({ label, onClick, disabled, testId, icon }: { label: string; onClick: () => void; disabled?: boolean; testId: string; icon: string }) {
  return (
    <button type="button" className="icon-button" onClick={onClick} disabled={disabled} data-testid={testId} aria-label={label} title={label}>
      <span aria-hidden="true">{icon}</span>
    </button>
  );
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
        <select aria-label={t('toolbar.template')} title={t('toolbar.template')} value={p.templateId} onChange={(e) => p.onTemplate(e.target.value)} data-testid="template-picker">
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
      <div className="tool-group" role="group">
        <IconButton label={`${t('editor.undo')} (Ctrl+Z)`} onClick={() => store.undo()} disabled={!canUndo} testId="undo" icon="↶" />
        <IconButton label={`${t('editor.redo')} (Ctrl+Shift+Z)`} onClick={() => store.redo()} disabled={!canRedo} testId="redo" icon="↷" />
      </div>
      <div className="tool-group" role="group">
        <IconButton
          label={`${t('toolbar.direction')}: ${p.direction === 'DOWN' ? t('toolbar.down') : t('toolbar.right')}`}
          onClick={() => p.onDirection(p.direction === 'DOWN' ? 'RIGHT' : 'DOWN')}
          testId="direction"
          icon={p.direction === 'DOWN' ? '⇣' : '⇢'}
        />
        <IconButton label={t('toolbar.fitTop')} onClick={p.onFitTop} testId="fit-top" icon="⌂" />
        <IconButton label={t('toolbar.fitAll')} onClick={p.onFitAll} testId="fit-all" icon="⤢" />
        <button type="button" onClick={() => store.tidy()} data-testid="tidy">{t('toolbar.relayout')}</button>
      </div>
      <IconButton label={t('editor.shortcuts')} onClick={p.onHelp} testId="help" icon="?" />
    </div>
  );
}
