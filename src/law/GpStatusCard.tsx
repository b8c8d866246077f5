import { useTranslation } from 'react-i18next';
import { EDITIONS, GP_STATUS, type EditionId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { CitationView } from './CitationView';
import { StatusMark } from './StatusMark';
import { ensureLawStrings } from './i18n';

/**
 * The General Prosecutor's status in the document's edition: term,
 * appointment, immunities, accountability; each line with its citation and
 * provenance, and in 2026 the status of the change it rests on.
 */
export function GpStatusCard({ edition, lang }: { edition: EditionId; lang: Lang }) {
  ensureLawStrings();
  const { t } = useTranslation('law', { lng: lang });
  const changes = EDITIONS[edition].changes;
  return (
    <section className="gp-card" data-testid="gp-card" data-edition={edition} aria-labelledby="gp-card-title">
      <h3 id="gp-card-title">{t('gp.title')} <span className="muted">({t('gp.edition', { edition })})</span></h3>
      <dl>
        {GP_STATUS[edition].map((line) => (
          <div key={line.aspect} className="gp-line" data-aspect={line.aspect} data-testid={`gp-${line.aspect}`}>
            <dt>{t(`gp.aspect.${line.aspect}`)}</dt>
            <dd>
              <span className="gp-text">{line.text[lang]}</span>{' '}
              {(line.changes ?? []).map((id) => {
                const c = changes.find((x) => x.id === id);
                return c ? <StatusMark key={id} change={c} lang={lang} /> : null;
              })}
              <div><CitationView id={line.citation} lang={lang} /></div>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
