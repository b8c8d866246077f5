import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_NOTICE, EDITIONS, type EditionId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { diffDocuments } from '../../models/org/editionDiff';
import { kindLabel } from '../../models/org/kinds';
import { kazakhstan2026Template, kazakhstanTemplate } from '../../models/org/templates';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { CitationView } from './CitationView';
import { consentPhrase } from '../../models/org/consent';
import { ensureLawStrings } from './i18n';
import { StatusMark } from './StatusMark';

type Mark = 'removed' | 'added' | 'changed' | 'same';

/** A text mark besides the colour, so that a projector in black and white still shows what changed. */
function MarkTag({ mark, lang }: { mark: Mark; lang: Lang }) {
  ensureLawStrings();
  const { t } = useTranslation('law', { lng: lang });
  if (mark === 'same') return null;
  return <span className={`change-tag tag-${mark}`} data-testid="change-tag" data-mark={mark}>{t(`compare.mark.${mark}`)}</span>;
}

/** The status marks of these changes of an edition (none for an edition without changes). */
function Marks({ edition, ids, lang }: { edition: EditionId; ids: readonly string[]; lang: Lang }) {
  const changes = EDITIONS[edition].changes ?? [];
  return <>{ids.map((id) => changes.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => <StatusMark key={c.id} change={c} lang={lang} />)}</>;
}

const TOP: readonly UnitId[] = ['president', 'senate', 'kurultai', 'gpo'];

/** The top of the system in one edition: the President, the parliament, the General Prosecutor's Office and the GP's appointment. */
function EditionDiagram({ doc, edition, marks, relationMark, lang }: {
  doc: OrgDocument; edition: EditionId; marks: Map<UnitId, Mark>; relationMark: Mark; lang: Lang;
}) {
  ensureLawStrings();
  const { t } = useTranslation('law', { lng: lang });
  const units = TOP.map((id) => doc.units[id]).filter((u) => u !== undefined);
  const appointment = doc.relations.find((r) => r.kind === 'appointment' && r.to === 'gpo');
  const consent = appointment?.consentOf !== undefined ? doc.units[appointment.consentOf] : undefined;
  const president = doc.units.president;
  const consentText = consent
    ? `${consentPhrase(consent, lang)}${edition === '2026' ? ` (${t('compare.consentOpen')})` : ''}`
    : t('compare.noConsent');
  return (
    <figure className="edition-diagram" data-testid={`edition-diagram-${edition}`} data-edition={edition}>
      <figcaption>{EDITIONS[edition].title[lang]}</figcaption>
      <div className="edition-units">
        {units.map((u) => {
          const mark = marks.get(u.id) ?? 'same';
          return (
            <div key={u.id} className={`edition-unit ${u.kind === 'generalOffice' ? 'ec-office' : 'ec-external'} mark-${mark}`} data-unit={u.id} data-mark={mark}>
              <span className="unit-kind">{kindLabel(u.kind)[lang]}</span>
              <strong>{u.name[lang]}</strong>
              <MarkTag mark={mark} lang={lang} />
            </div>
          );
        })}
      </div>
      <div className={`edition-relation mark-${relationMark}`} data-testid={`edition-appointment-${edition}`} data-mark={relationMark}>
        <div>
          <b>{president?.name[lang]}</b> → {t('compare.appoints')}
        </div>
        <div>{consentText}</div>
        {/* 2026's changes keep their status beside them: a reported change never reads as a fact. */}
        <div>{t(`compare.term.${edition}`)} <Marks edition={edition} ids={['gpTerm', 'gpOnce']} lang={lang} /></div>
        <div>{t(`compare.immunity.${edition}`)} <Marks edition={edition} ids={['gpImmunity']} lang={lang} /></div>
        <div className="muted">{doc.units.gpo?.name[lang]}: {t('compare.accountable')}</div>
        <MarkTag mark={relationMark} lang={lang} />
      </div>
    </figure>
  );
}

/**
 * "What changed in 2026": the same top of the system in both editions side by
 * side with the changed units and relations marked, and the list of changed
 * provisions with their status and source addresses (shown as text; the app
 * opens nothing).
 */
export function EditionCompare({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  ensureLawStrings();
  const { t } = useTranslation('law', { lng: lang });
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const [before, after, diff] = useMemo(() => {
    const a = kazakhstanTemplate();
    const b = kazakhstan2026Template();
    return [a, b, diffDocuments(a, b)] as const;
  }, []);
  const marksBefore = new Map<UnitId, Mark>(diff.removedUnits.map((id) => [id, 'removed']));
  const marksAfter = new Map<UnitId, Mark>(diff.addedUnits.map((id) => [id, 'added']));
  const appointmentChanged = diff.changedRelations.some((id) => id.startsWith('appointment:') && id.endsWith(':gpo'));
  if (appointmentChanged) marksAfter.set('gpo', 'changed');
  const changes = EDITIONS['2026'].changes;
  return (
    <dialog ref={ref} className="edition-compare" onClose={onClose} data-testid="edition-compare-view" aria-labelledby="edition-compare-title">
      <header className="edition-compare-head">
        <h2 id="edition-compare-title">{t('compare.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()} data-testid="edition-compare-close" autoFocus>{t('compare.close')}</button>
      </header>
      <p className="muted">{t('compare.intro')}</p>
      <ul className="edition-notices" data-testid="edition-notices">
        <li>{EDITIONS['2023'].notice[lang]}</li>
        <li>{EDITIONS['2026'].notice[lang]}</li>
        <li>{CALENDAR_NOTICE[lang]}</li>
      </ul>
      <h3>{t('compare.diagram')}</h3>
      <div className="edition-side-by-side">
        <EditionDiagram doc={before} edition="2023" marks={marksBefore} relationMark={appointmentChanged ? 'changed' : 'same'} lang={lang} />
        <EditionDiagram doc={after} edition="2026" marks={marksAfter} relationMark={appointmentChanged ? 'changed' : 'same'} lang={lang} />
      </div>
      <h3>{t('compare.changes')}</h3>
      <ol className="edition-changes" data-testid="edition-changes">
        {changes.map((c) => (
          <li key={c.id} data-change={c.id} data-status={c.status} className={`change-${c.status}`}>
            <div className="change-head">
              <strong>{c.title[lang]}</strong> <StatusMark change={c} lang={lang} />
            </div>
            {c.before && <div><span className="muted">{t('compare.before')}:</span> {c.before[lang]}</div>}
            <div><span className="muted">{t('compare.after')}:</span> {c.after[lang]}</div>
            {c.citation && <div><CitationView id={c.citation} lang={lang} /></div>}
            <div className="change-sources">
              <span className="muted">{t('compare.sources')}:</span>{' '}
              {c.sources.length === 0
                ? <span className="muted">{t('compare.noSources')}</span>
                : <ul>{c.sources.map((s) => <li key={s}><code className="source-url">{s}</code></li>)}</ul>}
            </div>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
