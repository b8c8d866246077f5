import { useTranslation } from 'react-i18next';
import type { LayoutDirection } from '../../../models/layout';
import type { Lang } from '../../../models/law/types';
import { TEMPLATES } from '../../../models/org/templates';

interface Props {
  templateId: string;
  onTemplate: (id: string) => void;
  direction: LayoutDirection;
  onDirection: (d: LayoutDirection) => void;
  onFitAll: () => void;
  onFitTop: () => void;
  onOpen: (file: File) => void;
}

export function EditorToolbar(p: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
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
          accept=".json,application/json"
          data-testid="open-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onOpen(f);
            e.target.value = '';
          }}
        />
      </label>
      <label className="field">
        <span>{t('toolbar.direction')}</span>
        <select value={p.direction} onChange={(e) => p.onDirection(e.target.value as LayoutDirection)} data-testid="direction">
          <option value="DOWN">{t('toolbar.down')}</option>
          <option value="RIGHT">{t('toolbar.right')}</option>
        </select>
      </label>
      <button type="button" onClick={p.onFitTop} data-testid="fit-top">{t('toolbar.fitTop')}</button>
      <button type="button" onClick={p.onFitAll} data-testid="fit-all">{t('toolbar.fitAll')}</button>
    </div>
  );
}
