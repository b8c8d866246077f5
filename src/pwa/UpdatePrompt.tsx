import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { updates } from './updates';
import './i18n';
import '../styles/pwa.css';

/**
 * The service worker's news, in a corner: "a new version is ready" with
 * Update now / Later (never a reload on its own, never mid-lesson), or once
 * "works without a network" after the first install.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('pwa');
  const s = useSyncExternalStore(updates.subscribe, updates.get);
  if (s.needRefresh) {
    return (
      <div className="pwa-toast" role="status" data-testid="update-prompt">
        <p>
          <strong>{t('updateReady')}</strong> {t('updateHint')}
        </p>
        <div className="pwa-actions">
          <button type="button" className="primary" data-testid="update-now" onClick={() => void updates.update()}>
            {t('updateNow')}
          </button>
          <button type="button" onClick={() => updates.dismiss()}>
            {t('updateLater')}
          </button>
        </div>
      </div>
    );
  }
  if (s.offlineReady) {
    return (
      <div className="pwa-toast" role="status" data-testid="offline-ready">
        <p>{t('offlineReady')}</p>
        <div className="pwa-actions">
          <button type="button" onClick={() => updates.dismiss()}>
            {t('dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
