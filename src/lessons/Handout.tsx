import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { lineRange } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { getQuestion, type Lesson } from '../../models/lessons';
import { ensureLessonStrings } from './i18n';

/**
 * A lesson on paper: its stops in order with their texts and the review questions they answer, each
 * question with where the manual asks it, on A4 portrait in the reader's language. Shown only in print,
 * and only while `body.printing-handout` is set (nothing else of the page is printed then).
 */
export function Handout({ lesson, lang, onDone }: { lesson: Lesson; lang: Lang; onDone: () => void }) {
  ensureLessonStrings();
  const { t } = useTranslation('lessons', { lng: lang });
  useEffect(() => {
    document.body.classList.add('printing-handout');
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    // Print once the handout is in the page.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-handout');
    };
  }, [onDone]);
  return createPortal(
    <article className="lesson-handout" data-testid="handout" lang={lang}>
      <header>
        <p className="handout-kind">{t('handout.heading')}</p>
        <h1>{lesson.title[lang]}</h1>
      </header>
      <ol className="handout-stops">
        {lesson.stops.map((s, i) => {
          const questions = (s.questions ?? []).map(getQuestion).filter((q) => q !== undefined);
          return (
            <li key={s.id} data-testid="handout-stop">
              <h2>{t('handout.stop', { n: i + 1 })}. {s.title[lang]}</h2>
              <p>{s.text[lang]}</p>
              {questions.length > 0 && (
                <div className="handout-questions">
                  <h3>{t('handout.questions')}</h3>
                  <ul>
                    {questions.map((q) => (
                      <li key={q.id} data-question={q.id}>
                        {q.theme}.{q.number}. {q.text[lang]} <span className="handout-source">({t('handout.manual', { lines: lineRange(q.seedLines) })})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </article>,
    document.body,
  );
}
