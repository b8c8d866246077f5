import { useTranslation } from 'react-i18next';
import { LAW_EDITION } from '../models/law';
import type { Lang } from '../models/law/types';
import { OrgEditor } from './editor/OrgEditor';
import { LanguageSwitch } from './shell/LanguageSwitch';

export function App() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">⚖</span>
          <div>
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="header-right">
          <span className="edition" title={t('app.lawEdition')} data-testid="law-edition">{LAW_EDITION.label[lang]}</span>
          <LanguageSwitch />
        </div>
      </header>
      <OrgEditor />
    </div>
  );
}
