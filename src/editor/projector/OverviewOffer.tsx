import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { OVERVIEW_LEVEL } from './overview';
import './i18n';

/** After "Fit all" left every card too small to read: the offer of an overview, levels collapsed into counts. */
export function OverviewOffer({ onAccept, onDismiss }: { onAccept: () => void; onDismiss: () => void }) {
  const { t } = useTranslation('view');
  const { t: tc } = useTranslation();
  return (
    <div className="overview-offer" role="status" data-testid="overview-offer">
      <span>{t('overviewHint', { n: OVERVIEW_LEVEL })}</span>
      <button type="button" onClick={onAccept} data-testid="overview-accept">{t('overview')}</button>
      <button type="button" className="link" onClick={onDismiss} aria-label={tc('editor.close')} title={tc('editor.close')}><X aria-hidden="true" size={16} /></button>
    </div>
  );
}
