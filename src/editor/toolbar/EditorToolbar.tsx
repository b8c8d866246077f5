import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ArrowDown,
  ArrowRight,
  FolderOpen,
  House,
  Keyboard,
  Map as MapIcon,
  MapMinus,
  Maximize,
  Maximize2,
  Minimize,
  Presentation,
  Redo2,
  Sparkles,
  Undo2,
  X,
  type LucideIcon,
} from 'lucide-react';
import type { LayoutDirection } from '../../../models/layout';
import type { Lang } from '../../../models/law/types';
import { TEMPLATES } from '../../../models/org/templates';
import { useEditor, useEditorStore } from '../store/useEditor';
import { ToolbarSlots } from './ToolbarSlots';
import { ViewMenu } from './ViewMenu';
import { enterFullscreen, useFullscreen } from '../projector/useFullscreen';
import '../projector/i18n';

interface Props {
  templateId: string;
  onTemplate: (id: string) => void;
  direction: LayoutDirection;
  onDirection: (d: LayoutDirection) => void;
  onFitAll: () => void;
  onFitTop: () => void;
  onOpen: (file: File) => void;
  onHelp: () => void;
  onTidy: () => void;
  onOverview: (level: number) => void;
}

export function IconButton({ label, onClick, disabled, testId, icon: Icon, pressed, children }: {
  label: string; onClick: () => void; disabled?: boolean; testId: string; icon: LucideIcon; pressed?: boolean; children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
      aria-label={label}
      title={label}
      {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
    >
      <Icon aria-hidden="true" size={18} />
      {children}
    </button>
  );
}

export function EditorToolbar(p: Props) {
  const { t, i18n } = useTranslation();
  const { t: tv } = useTranslation('view');
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const view = useEditor((s) => s.view);
  const fileInput = useRef<HTMLInputElement>(null);
  const fullscreen = useFullscreen();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('app.title')} data-testid="toolbar">
      <label className="field toolbar-template">
        <select aria-label={t('toolbar.template')} title={t('toolbar.template')} value={p.templateId} onChange={(e) => p.onTemplate(e.target.value)} data-testid="template-picker">
          {p.templateId === '' && <option value="">—</option>}
          {TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>{tpl.title[lang]}</option>
          ))}
        </select>
      </label>
      <button type="button" className="file-open-button" onClick={() => fileInput.current?.click()} data-testid="open-button" title={t('file.open')} aria-label={t('file.open')}>
        <FolderOpen aria-hidden="true" size={16} />
        <span className="label-text">{t('file.open')}</span>
      </button>
      <input
        ref={fileInput}
        className="file-open-input"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept=".json,application/json,.png,image/png,.svg,image/svg+xml"
        data-testid="open-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) p.onOpen(f);
          e.target.value = '';
        }}
      />
      <ToolbarSlots />
      <div className="tool-group" role="group" aria-label={`${t('editor.undo')} / ${t('editor.redo')}`}>
        <IconButton label={`${t('editor.undo')} (Ctrl+Z)`} onClick={() => store.undo()} disabled={!canUndo} testId="undo" icon={Undo2} />
        <IconButton label={`${t('editor.redo')} (Ctrl+Shift+Z)`} onClick={() => store.redo()} disabled={!canRedo} testId="redo" icon={Redo2} />
      </div>
      <div className="tool-group" role="group" aria-label={tv('view')}>
        <IconButton
          label={`${t('toolbar.direction')}: ${p.direction === 'DOWN' ? t('toolbar.down') : t('toolbar.right')}`}
          onClick={() => p.onDirection(p.direction === 'DOWN' ? 'RIGHT' : 'DOWN')}
          testId="direction"
          icon={p.direction === 'DOWN' ? ArrowDown : ArrowRight}
        />
        <IconButton label={t('toolbar.fitTop')} onClick={p.onFitTop} testId="fit-top" icon={House} />
        <IconButton label={t('toolbar.fitAll')} onClick={p.onFitAll} testId="fit-all" icon={Maximize2} />
        <button type="button" onClick={p.onTidy} data-testid="tidy" title={t('toolbar.relayout')} aria-label={t('toolbar.relayout')}>
          <Sparkles aria-hidden="true" size={16} />
          <span className="label-text">{t('toolbar.relayout')}</span>
        </button>
        <ViewMenu onOverview={p.onOverview} />
      </div>
      <div className="tool-group" role="group" aria-label={tv('present')}>
        <IconButton
          label={view.minimap ? tv('minimapHide') : tv('minimapShow')}
          onClick={() => store.setView({ minimap: !view.minimap })}
          testId="minimap-toggle"
          icon={view.minimap ? MapMinus : MapIcon}
          pressed={view.minimap}
        />
        <IconButton
          label={view.presenting ? tv('presentExit') : tv('present')}
          onClick={() => {
            // Focus mode hides the minimap (the toggle beside brings it back) and asks for full screen.
            if (!view.presenting) void enterFullscreen();
            store.setView(view.presenting ? { presenting: false, minimap: true } : { presenting: true, minimap: false });
          }}
          testId="present"
          icon={view.presenting ? X : Presentation}
          pressed={view.presenting}
        />
        {fullscreen.supported && (
          <IconButton
            label={fullscreen.active ? tv('fullscreenExit') : tv('fullscreen')}
            onClick={() => fullscreen.toggle()}
            testId="fullscreen"
            icon={fullscreen.active ? Minimize : Maximize}
            pressed={fullscreen.active}
          />
        )}
      </div>
      <IconButton label={`${t('editor.shortcuts')} (?)`} onClick={p.onHelp} testId="help" icon={Keyboard} />
    </div>
  );
}
