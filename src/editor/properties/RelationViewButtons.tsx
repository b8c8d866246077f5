import { useTranslation } from 'react-i18next';
import { Network, Users } from 'lucide-react';
import { appointees, appointmentChain, hasSeats } from '../../../models/org/relationViews';
import type { OrgDocument, UnitId } from '../../../models/org/types';
import { useEditorStore } from '../store/useEditor';
import '../projector/i18n';

/** The focused views a unit has: its council's members (of a council, or of the one it chairs), who appoints it. */
export function RelationViewButtons({ doc, unit }: { doc: OrgDocument; unit: UnitId }) {
  const { t } = useTranslation('view');
  const store = useEditorStore();
  const council = hasSeats(doc, unit) ? unit : undefined;
  const appointed = appointmentChain(doc, unit).length > 0 || appointees(doc, unit).length > 0;
  if (council === undefined && !appointed) return null;
  return (
    <div className="relation-view-buttons" role="group" aria-label={t('relationViews')}>
      {council !== undefined && (
        <button type="button" onClick={() => store.openRelationView({ kind: 'council', unit: council })} data-testid="open-council-view">
          <Users aria-hidden="true" size={15} /> {t('councilView')}
        </button>
      )}
      {appointed && (
        <button type="button" onClick={() => store.openRelationView({ kind: 'appointment', unit })} data-testid="open-appointment-view">
          <Network aria-hidden="true" size={15} /> {t('appointmentView')}
        </button>
      )}
    </div>
  );
}
