import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { Lesson, LessonIndex } from '../../models/lessons';
import type { OrgDocument } from '../../models/org/types';
import { isLessonHash, parseLessonHash } from './hash';
import './i18n';
import { LessonFileBar } from './LessonFileBar';
import { loadBuiltinLesson, loadLessonIndex } from './load';
import { Player } from './Player';
import { PresenterView } from './PresenterView';
import './lessons.css';

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; lesson: Lesson } | { state: 'error'; message: string };

/** The Lessons tab: pick a built-in lesson (or open one from a link) and play or present it. */
export function LessonsScreen({ lang, openDoc }: { lang: Lang; openDoc: OrgDocument }) {
  const { t } = useTranslation('lessons');
  const [link] = useState(() => (isLessonHash(window.location.hash) ? parseLessonHash(window.location.hash) : null));
  const [index, setIndex] = useState<LessonIndex | null>(null);
  const [lessonId, setLessonId] = useState<string>(link?.id ?? 'theme-1');
  const [stop, setStop] = useState(link?.stop ?? 0);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  /** A lesson opened from a file: played instead of the built-in one until another is picked. */
  const [opened, setOpened] = useState<Lesson | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadLessonIndex().then(
      (i) => !cancelled && setIndex(i),
      (e: unknown) => !cancelled && setLoaded({ state: 'error', message: String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!index) return;
    const entry = index.lessons.find((l) => l.id === lessonId);
    if (!entry) {
      setLoaded({ state: 'error', message: t('notFound', { id: lessonId }) });
      return;
    }
    let cancelled = false;
    setLoaded({ state: 'loading' });
    void loadBuiltinLesson(entry.file).then((r) => {
      if (cancelled) return;
      setLoaded(r.ok ? { state: 'ready', lesson: r.lesson } : { state: 'error', message: r.problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
    });
    return () => {
      cancelled = true;
    };
  }, [index, lessonId, t]);

  const pick = useCallback((id: string) => {
    setOpened(null);
    setLessonId(id);
    setStop(0);
  }, []);
  const openFile = useCallback((l: Lesson) => {
    setOpened(l);
    setStop(0);
  }, []);
  const playing: Lesson | null = opened ?? (loaded.state === 'ready' ? loaded.lesson : null);

  if (link?.presenter) {
    return loaded.state === 'ready' ? <PresenterView lesson={loaded.lesson} lang={lang} initialStop={link.stop} /> : <main className="loading" aria-busy="true" />;
  }
  return (
    <main className="lessons-screen" data-testid="lessons-screen">
      <aside className="lessons-list" aria-label={t('pick')}>
        <h2>{t('lessons')}</h2>
        <LessonFileBar lesson={playing} onOpen={openFile} />
        <ol>
          {index?.lessons.map((l) => (
            <li key={l.id}>
              <button type="button" aria-current={!opened && l.id === lessonId} data-lesson={l.id} onClick={() => pick(l.id)}>
                <span className="lesson-name">{l.title[lang]}</span>
                <span className="muted">{t('stops', { count: l.stops })}</span>
              </button>
            </li>
          ))}
        </ol>
        {playing && (
          <>
            <h2 data-testid="lesson-title">{playing.title[lang]}</h2>
            <ol className="lesson-stops" data-testid="stop-list">
              {playing.stops.map((s, i) => (
                <li key={s.id}>
                  <button type="button" aria-current={i === stop} onClick={() => setStop(i)}>
                    {i + 1}. {s.title[lang]}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </aside>
      {playing ? (
        <Player key={playing.id} lesson={playing} lang={lang} openDoc={openDoc} stop={stop} onStop={setStop} />
      ) : loaded.state === 'error' ? (
        <p className="lesson-error" role="alert">{t('loadFailed', { reason: loaded.message })}</p>
      ) : (
        <p className="muted lesson-loading" aria-busy="true">{t('loading')}</p>
      )}
    </main>
  );
}
