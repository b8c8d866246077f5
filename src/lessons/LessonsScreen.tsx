import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { duplicateLesson, moveStop, moveStopBy, type Lesson, type LessonIndex } from '../../models/lessons';
import { AuthorPanel } from './AuthorPanel';
import { ensureLessonStrings, LESSON_STRINGS } from './i18n';
import { deleteMyLesson, loadMyLessons, MY_LESSONS_CHANGED, saveMyLesson } from './myLessons';
import type { OrgDocument } from '../../models/org/types';
import { isLessonHash, parseLessonHash } from './hash';
import { Handout } from './Handout';
import { LessonFileBar } from './LessonFileBar';
import { loadBuiltinLesson, loadLessonIndex } from './load';
import { Player } from './Player';
import { PresenterView } from './PresenterView';
import './lessons.css';

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; lesson: Lesson } | { state: 'error'; message: string };

/** The Lessons tab: pick a built-in lesson (or open one from a link) and play or present it. */
ensureLessonStrings();

export function LessonsScreen({ lang, openDoc }: { lang: Lang; openDoc: OrgDocument }) {
  const { t } = useTranslation('lessons');
  const [link] = useState(() => (isLessonHash(window.location.hash) ? parseLessonHash(window.location.hash) : null));
  const [index, setIndex] = useState<LessonIndex | null>(null);
  const [lessonId, setLessonId] = useState<string>(link?.id ?? 'theme-1');
  const [stop, setStop] = useState(link?.stop ?? 0);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  /** A lesson opened from a file: played instead of the built-in one until another is picked. */
  const [opened, setOpened] = useState<Lesson | null>(null);
  /** My lessons (IndexedDB), and the one played, if any. */
  const [mine, setMine] = useState<Lesson[]>([]);
  const [ownId, setOwnId] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [printing, setPrinting] = useState(false);
  const donePrinting = useCallback(() => setPrinting(false), []);
  const dragFrom = useRef<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    const reload = () => void loadMyLessons().then((l) => !cancelled && setMine(l), () => undefined);
    reload();
    window.addEventListener(MY_LESSONS_CHANGED, reload);
    return () => {
      cancelled = true;
      window.removeEventListener(MY_LESSONS_CHANGED, reload);
    };
  }, []);

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
    setOwnId(null);
    setLessonId(id);
    setStop(0);
  }, []);
  const openFile = useCallback((l: Lesson) => {
    setOwnId(null);
    setOpened(l);
    setStop(0);
  }, []);
  const own = ownId ? (mine.find((l) => l.id === ownId) ?? null) : null;
  const playing: Lesson | null = own ?? opened ?? (loaded.state === 'ready' ? loaded.lesson : null);

  /** An edit of my lesson: shown at once, kept (autosaved) when it is a valid lesson. */
  const update = useCallback(
    (next: Lesson) => {
      setMine((list) => list.map((l) => (l.id === next.id ? next : l)));
      setStop((s) => Math.min(s, next.stops.length - 1));
      void saveMyLesson(next, false).then((r) => setSaveStatus(r.ok ? null : { ok: false, text: t('author.invalid', { reason: r.reason }) }));
    },
    [t],
  );
  const copy = useCallback(
    (l: Lesson) => {
      const words = { kk: LESSON_STRINGS.kk.author.copyWord, ru: LESSON_STRINGS.ru.author.copyWord, en: LESSON_STRINGS.en.author.copyWord };
      const taken = new Set([...mine.map((m) => m.id), ...(index?.lessons.map((x) => x.id) ?? [])]);
      const c = duplicateLesson(l, taken, words);
      setMine((list) => [...list, c]);
      setOwnId(c.id);
      setOpened(null);
      void saveMyLesson(c, false);
    },
    [mine, index],
  );
  const pickOwn = useCallback((id: string) => {
    setOpened(null);
    setOwnId(id);
    setStop(0);
  }, []);
  const moveTo = (from: number, to: number) => {
    if (!own) return;
    const next = moveStop(own, from, to);
    if (next === own) return;
    update(next);
    setStop(to);
  };
  const onStopKey = (e: React.KeyboardEvent, i: number) => {
    if (!own || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    const next = moveStopBy(own, i, delta);
    if (next === own) return;
    const id = own.stops[i]?.id;
    update(next);
    setStop(i + delta);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-stop-id="${id}"]`)?.focus());
  };

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
        <h2>{t('author.mine')}</h2>
        {mine.length === 0 ? (
          <p className="muted">{t('author.none')}</p>
        ) : (
          <ol data-testid="my-lessons">
            {mine.map((l) => (
              <li key={l.id}>
                <button type="button" aria-current={l.id === ownId} data-my-lesson={l.id} onClick={() => pickOwn(l.id)}>
                  <span className="lesson-name">{l.title[lang]}</span>
                  <span className="muted">{t('stops', { count: l.stops.length })}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {playing && (
          <>
            <h2 data-testid="lesson-title">{playing.title[lang]}</h2>
            {!own && (
              <button type="button" onClick={() => copy(playing)} data-testid="copy-lesson">{t('author.copy')}</button>
            )}
            <button type="button" onClick={() => setPrinting(true)} data-testid="print-handout">{t('handout.print')}</button>
            {printing && <Handout lesson={playing} lang={lang} onDone={donePrinting} />}
            <ol className="lesson-stops" data-testid="stop-list" data-own={own ? 'true' : 'false'}>
              {playing.stops.map((s, i) => (
                <li
                  key={s.id}
                  draggable={own !== null}
                  onDragStart={(e) => {
                    dragFrom.current = i;
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragOver={(e) => own && e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    if (dragFrom.current !== null) moveTo(dragFrom.current, i);
                    dragFrom.current = null;
                  }}
                >
                  <button type="button" aria-current={i === stop} data-stop-id={s.id} onClick={() => setStop(i)} onKeyDown={(e) => onStopKey(e, i)}>
                    {i + 1}. {s.title[lang]}
                  </button>
                </li>
              ))}
            </ol>
            {own && (
              <AuthorPanel
                lesson={own}
                index={Math.max(0, Math.min(stop, own.stops.length - 1))}
                onChange={update}
                status={saveStatus}
                onDeleteLesson={() => {
                  setOwnId(null);
                  setMine((list) => list.filter((l) => l.id !== own.id));
                  void deleteMyLesson(own.id);
                }}
              />
            )}
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
