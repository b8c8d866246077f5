import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../models/law/types';
import { rememberLanguage } from '../i18n';

const LABELS: Record<Lang, string> = { kk: 'Қаз', ru: 'Рус', en: 'Eng' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('app.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          data-lang={l}
          aria-pressed={i18n.language === l}
          onClick={() => {
            rememberLanguage(l);
            void i18n.changeLanguage(l);
          }}
        >
          {LABELS[l]}
        </button>
      ))}
    </div>
  );
}
