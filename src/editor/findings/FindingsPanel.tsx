import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import type { Finding } from '../../../models/org/rules';
import type { UnitId } from '../../../models/org/types';
import { CitationView } from '../../law/CitationView';

interface Props {
  findings: readonly Finding[];
  lang: Lang;
  onFocus: (id: UnitId) => void;
}

/** The rules' findings, each with its article; a click shows the unit on the diagram. */
export function FindingsPanel({ findings, lang, onFocus }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel findings" aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title">
        {t('findings.title')} <span className="count" data-testid="findings-count">{findings.length}</span>
      </h2>
      {findings.length === 0 ? (
        <p className="muted" data-testid="findings-empty">{t('findings.none')}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((f, i) => {
            const target = f.units[0];
            return (
              <li key={`${f.code}-${i}`} className={`finding severity-${f.severity}`} data-code={f.code}>
                <button
                  type="button"
                  className="finding-button"
                  disabled={target === undefined}
                  onClick={() => target !== undefined && onFocus(target)}
                  title={t('findings.zoomTo')}
                >
                  <span className="finding-severity">{t(`findings.${f.severity}`)}</span>
                  <span className="finding-message">{f.message[lang]}</span>
                  <CitationView id={f.citation} lang={lang} className="citation" testId="finding-citation" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
