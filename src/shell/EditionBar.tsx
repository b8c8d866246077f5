import i18next from 'i18next';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_NOTICE, CALENDAR_SHORT, DEFAULT_EDITION, EDITION_IDS, EDITIONS, isEditionId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { parliamentEdits } from '../../models/org/parliament';
import { useEditor, useEditorStore } from '../editor/store/useEditor';
import { ensureLawStrings } from '../law/i18n';

/** "What changed in 2026" loads when it is opened, not with the app. */
const EditionCompare = lazy(() => import('../law/EditionCompare').then((m) => ({ default: m.EditionCompare })));

/**
 * The header's truthful notice, in two parts: which edition the open document
 * follows (with a switch, an undoable edit) and, separately, that the calendar
 * is current law. Each fact is a few words so the header keeps one row at a
 * projector's 1280 px in every language; the full notices are their tooltips
 * and open in "What changed in 2026".
 */
export function EditionBar({ lang }: { lang: Lang }) {
  ensureLawStrings();
  const { t } = useTranslation('law', { lng: lang });
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const edition = doc.edition ?? DEFAULT_EDITION;
  const fix = useMemo(() => parliamentEdits(doc), [doc]);
  const [comparing, setComparing] = useState(false);
  const info = EDITIONS[edition];
  return (
    <div className="edition-bar" data-testid="law-edition" data-edition={edition}>
      <div className="edition-row">
        <label className="edition-switch">
          <span className="visually-hidden">{t('edition.of')}</span>
          <select
            value={edition}
            data-testid="edition-select"
            aria-label={t('edition.of')}
            title={t('edition.of')}
            onChange={(e) => {
              const next = e.target.value;
              if (!isEditionId(next) || next === edition) return;
              if (store.edit({ type: 'document.setEdition', edition: next }, `edition ${next}`)) {
                const say = (l: Lang) => i18next.getFixedT(l, 'law')('edition.switched', { edition: next });
                store.say({ kind: 'info', text: { kk: say('kk'), ru: say('ru'), en: say('en') } });
              }
            }}
          >
            {EDITION_IDS.map((id) => <option key={id} value={id}>{t(`edition.option.${id}`)}</option>)}
          </select>
        </label>
        <button type="button" className="edition-compare-open" data-testid="edition-compare" onClick={() => setComparing(true)}>{t('edition.compare')}</button>
        {fix.length > 0 && (
          <button type="button" className="edition-fix" data-testid="edition-fix" onClick={() => store.transact(fix, `parliament of ${edition}`)}>
            {t(edition === '2026' ? 'edition.fixTo2026' : 'edition.fixTo2023')}
          </button>
        )}
      </div>
      {/* Both facts, each in a few words; the full notice on hover and in "What changed in 2026". */}
      <div className="edition-row edition-facts">
        <span className="edition-notice" data-testid="edition-notice" title={info.notice[lang]}>{info.short[lang]}</span>
        <span aria-hidden="true">·</span>
        <span className="calendar-notice" data-testid="calendar-notice" title={CALENDAR_NOTICE[lang]}>{CALENDAR_SHORT[lang]}</span>
      </div>
      {comparing && <Suspense fallback={null}><EditionCompare lang={lang} onClose={() => setComparing(false)} /></Suspense>}
    </div>
  );
}
