import { useTranslation } from 'react-i18next';
import { cite, isCitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { getQuestion, type LessonStop } from '../../models/lessons';
import { citationText } from './citeText';

/** The stop's title, what the teacher says, the law behind it and the review questions it answers. */
export function Caption({ stop, lang, index, total }: { stop: LessonStop; lang: Lang; index: number; total: number }) {
  const { t } = useTranslation('lessons');
  return (
    <section className="lesson-caption" aria-live="polite">
      <div className="caption-head">
        <h2 data-testid="stop-title">{stop.title[lang]}</h2>
        <span className="caption-count" data-testid="stop-count">{t('stop', { n: index + 1, total })}</span>
      </div>
      <p className="caption-text">{stop.text[lang]}</p>
      {stop.citations.length > 0 && (
        <p className="caption-law">
          {stop.citations.filter(isCitationId).map((id) => {
            const c = cite(id);
            return (
              <span key={id} className="caption-cite" data-citation={id} title={c.label[lang]}>
                {citationText(c, lang)}
              </span>
            );
          })}
        </p>
      )}
      {(stop.questions?.length ?? 0) > 0 && (
        <ul className="caption-questions" aria-label={t('questions')}>
          {stop.questions?.map((id) => {
            const q = getQuestion(id);
            return q ? (
              <li key={id} data-question={id}>
                <span className="q-number">{q.theme}.{q.number}</span> {q.text[lang]}
              </li>
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
}
