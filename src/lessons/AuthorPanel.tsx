import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../models/law/types';
import { editLessonTitle, editStopText, removeStop, type EditableField, type Lesson } from '../../models/lessons';

const LANG_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Edits one of my lessons: its title and the current stop's title, text and notes in kk/ru/en; deletes a stop. */
export function AuthorPanel({ lesson, index, onChange, onDeleteLesson, status }: { lesson: Lesson; index: number; onChange: (l: Lesson) => void; onDeleteLesson: () => void; status: { ok: boolean; text: string } | null }) {
  const { t } = useTranslation('lessons');
  const stop = lesson.stops[index];
  const field = (f: EditableField, lang: Lang, multiline: boolean) => {
    const value = stop?.[f]?.[lang] ?? '';
    const label = `${t(f === 'title' ? 'author.stopTitle' : f === 'text' ? 'author.stopText' : 'author.stopNotes')} (${LANG_NAMES[lang]})`;
    const set = (v: string) => onChange(editStopText(lesson, index, f, lang, v));
    return multiline ? (
      <label key={`${f}-${lang}`} className="author-field">
        <span>{label}</span>
        <textarea rows={2} value={value} onChange={(e) => set(e.currentTarget.value)} data-testid={`author-${f}-${lang}`} />
      </label>
    ) : (
      <label key={`${f}-${lang}`} className="author-field">
        <span>{label}</span>
        <input type="text" value={value} onChange={(e) => set(e.currentTarget.value)} data-testid={`author-${f}-${lang}`} />
      </label>
    );
  };
  return (
    <section className="author-panel" aria-label={t('author.edit')} data-testid="author-panel">
      <h3>{t('author.edit')}</h3>
      <p className={status && !status.ok ? 'lesson-error' : 'muted'} role="status" data-testid="author-status">{status?.text ?? t('author.saved')}</p>
      {LANGS.map((lang) => (
        <label key={`lt-${lang}`} className="author-field">
          <span>{t('author.lessonTitle')} ({LANG_NAMES[lang]})</span>
          <input type="text" value={lesson.title[lang]} onChange={(e) => onChange(editLessonTitle(lesson, lang, e.currentTarget.value))} data-testid={`author-lesson-title-${lang}`} />
        </label>
      ))}
      {stop && (
        <>
          {LANGS.map((lang) => field('title', lang, false))}
          {LANGS.map((lang) => field('text', lang, true))}
          {LANGS.map((lang) => field('notes', lang, true))}
          <p className="muted">{t('author.reorder')}</p>
          <div className="author-actions">
            <button type="button" onClick={() => onChange(removeStop(lesson, index))} disabled={lesson.stops.length <= 1} data-testid="author-delete-stop">{t('author.deleteStop')}</button>
            <button type="button" onClick={onDeleteLesson} data-testid="author-delete-lesson">{t('author.deleteLesson')}</button>
          </div>
        </>
      )}
    </section>
  );
}
