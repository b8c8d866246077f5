import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { DEFAULT_EDITION } from '../../../models/law/editions';
import { kindLabel } from '../../../models/org/kinds';
import { GpStatusCard } from '../../law/GpStatusCard';
import { useEditor, useEditorStore } from '../store/useEditor';
import { RelationsEditor } from './RelationsEditor';
import { TextTriplet } from './TextTriplet';
import { UnitActions } from './UnitActions';
import { UnitFields } from './UnitFields';
import { RelationViewButtons } from './RelationViewButtons';

/** The selected unit: names, head, notes, kind, place in the tree, relations. */
export function PropertiesPanel({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const unit = selection.length === 1 && selection[0] !== undefined ? doc.units[selection[0]] : undefined;
  return (
    <section className="panel properties" data-testid="properties" aria-labelledby="properties-title">
      <h2 id="properties-title">{t('editor.properties')}</h2>
      {selection.length === 0 && <p className="muted">{t('editor.nothingSelected')}</p>}
      {selection.length > 1 && (
        <>
          <p>{t('editor.selectedMany', { count: selection.length })}</p>
          <UnitActions ids={selection} lang={lang} />
        </>
      )}
      {unit && (
        <div key={unit.id} data-unit={unit.id}>
          <p className="unit-kind-line">{kindLabel(unit.kind)[lang]} · <code>{unit.id}</code></p>
          <UnitActions ids={[unit.id]} lang={lang} />
          <RelationViewButtons doc={doc} unit={unit.id} />
          <TextTriplet label={t('editor.names')} value={unit.name} lang={lang} testId="name" onCommit={(name) => store.edit({ type: 'unit.rename', id: unit.id, name })} />
          <UnitFields doc={doc} unit={unit} lang={lang} />
          <TextTriplet label={t('editor.head')} value={unit.head} lang={lang} testId="head" onCommit={(head) => store.edit({ type: 'unit.setHead', id: unit.id, head })} />
          <label className="notes">
            <span>{t('editor.notes')}</span>
            <textarea
              defaultValue={unit.notes ?? ''}
              data-testid="notes"
              rows={3}
              onBlur={(e) => {
                const notes = e.target.value;
                if (notes !== (unit.notes ?? '')) store.edit({ type: 'unit.setNotes', id: unit.id, ...(notes ? { notes } : {}) });
              }}
            />
          </label>
          {unit.kind === 'generalOffice' && <GpStatusCard edition={doc.edition ?? DEFAULT_EDITION} lang={lang} />}
          <RelationsEditor doc={doc} unit={unit} lang={lang} />
        </div>
      )}
    </section>
  );
}
