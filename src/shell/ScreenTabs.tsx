import { useTranslation } from 'react-i18next';

export type Screen = 'diagram' | 'simulator' | 'lessons' | 'practice' | 'classroom';

export function ScreenTabs({ screen, onScreen }: { screen: Screen; onScreen: (s: Screen) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="screen-tabs" role="tablist" aria-label={t('app.title')}>
      {(['diagram', 'simulator', 'lessons', 'practice', 'classroom'] as const).map((s) => (
        <button key={s} type="button" role="tab" aria-selected={screen === s} data-screen={s} onClick={() => onScreen(s)}>
          {t(`nav.${s}`)}
        </button>
      ))}
    </nav>
  );
}
