import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../models/law/types';
import { viewFromScreen, type ViewOnScreen } from '../../models/lessons/authoring';
import type { Lesson } from '../../models/lessons/types';
import { ensureLessonStrings, LESSON_STRINGS } from './i18n';

const inThree = (pick: (w: (typeof LESSON_STRINGS)['en']) => string, n?: number): LocalizedText => {
  const f = (s: string) => (n === undefined ? s : s.replace('{{n}}', String(n)));
  return { kk: f(pick(LESSON_STRINGS.kk)), ru: f(pick(LESSON_STRINGS.ru)), en: f(pick(LESSON_STRINGS.en)) };
};

/**
 * "Add this view as a stop", for the editor and the simulator: records what is on screen (the
 * caller's `screen()`, read at the click) into one of my lessons or a new one. The storage code is
 * loaded on the first click, so the screens that mount this button stay light.
 */
export function AddViewAsStop({ screen, title }: { screen: () => ViewOnScreen; title?: (n: number) => LocalizedText }) {
  ensureLessonStrings();
  const { t, i18n } = useTranslation('lessons');
  const [mine, setMine] = useState<Lesson[] | null>(null);
  const [into, setInto] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const lang = (i18n.language as 'kk' | 'ru' | 'en') ?? 'en';

  const openPicker = async () => {
    setStatus(null);
    try {
      const m = await import('./myLessons');
      const list = await m.loadMyLessons();
      setMine(list);
      setInto(list.at(-1)?.id ?? '');
    } catch (e) {
      setStatus({ ok: false, text: t('author.failed', { reason: String(e) }) });
    }
  };
  const add = async () => {
    const m = await import('./myLessons');
    const r = await m.addViewAsStop(viewFromScreen(screen()), into || undefined, {
      lessonTitle: inThree((w) => w.author.newLessonTitle),
      stopTitle: title ?? ((n) => inThree((w) => w.author.newStopTitle, n)),
    });
    setMine(null);
    setStatus(r.ok ? { ok: true, text: t('author.added', { n: r.stop, title: r.lesson.title[lang] ?? r.lesson.title.en }) } : { ok: false, text: t('author.failed', { reason: r.reason }) });
  };
  return (
    <span className="add-view-stop">
      {mine === null ? (
        <button type="button" onClick={() => void openPicker()} data-testid="add-view-as-stop">{t('author.addView')}</button>
      ) : (
        <span className="add-view-picker" role="group" aria-label={t('author.addView')}>
          <label>
            {t('author.addTo')}{' '}
            <select value={into} onChange={(e) => setInto(e.currentTarget.value)} data-testid="add-view-lesson">
              {mine.map((l) => (
                <option key={l.id} value={l.id}>{l.title[lang] ?? l.title.en}</option>
              ))}
              <option value="">{t('author.newLesson')}</option>
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void add()} data-testid="add-view-confirm">{t('author.add')}</button>
          <button type="button" onClick={() => setMine(null)}>{t('author.cancel')}</button>
        </span>
      )}
      {status && (
        <span role="status" className={status.ok ? 'muted' : 'lesson-error'} data-testid="add-view-status">{status.text}</span>
      )}
    </span>
  );
}

export default AddViewAsStop;
