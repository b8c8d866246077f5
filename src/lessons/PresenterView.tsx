import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { Lesson } from '../../models/lessons';
import { openChannel } from './sync';

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/**
 * The presenter window: the current stop with its notes, the next stop, the time since presenting
 * began. It follows the projector window over a BroadcastChannel and can move it.
 */
export function PresenterView({ lesson, lang, initialStop }: { lesson: Lesson; lang: Lang; initialStop: number }) {
  const { t } = useTranslation('lessons');
  const [stop, setStop] = useState(initialStop);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [connected, setConnected] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);

  useEffect(() => {
    const ch = openChannel((m) => {
      if (m.lesson !== lesson.id || m.type !== 'state') return;
      setStop(m.stop);
      setStartedAt(m.startedAt);
      setConnected(true);
    });
    channel.current = ch;
    ch.post({ type: 'hello', lesson: lesson.id });
    return () => ch.close();
  }, [lesson.id]);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const go = (n: number) => {
    const next = Math.max(0, Math.min(n, lesson.stops.length - 1));
    setStop(next);
    channel.current?.post({ type: 'go', lesson: lesson.id, stop: next });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') go(stop + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(stop - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const cur = lesson.stops[stop];
  const next = lesson.stops[stop + 1];
  if (!cur) return null;
  return (
    <main className="presenter" data-testid="presenter" data-stop={stop + 1}>
      <header className="presenter-head">
        <h1>{t('presenter.title')}: {lesson.title[lang]}</h1>
        <span className="presenter-clock" data-testid="elapsed">
          {t('presenter.elapsed')} {startedAt ? clock(now - startedAt) : '00:00'}
        </span>
        {connected && <span className="muted">{t('presenter.connected')}</span>}
      </header>
      <section className="presenter-current">
        <p className="muted">{t('stop', { n: stop + 1, total: lesson.stops.length })}</p>
        <h2 data-testid="presenter-title">{cur.title[lang]}</h2>
        <p>{cur.text[lang]}</p>
        <h3>{t('presenter.notes')}</h3>
        <p data-testid="presenter-notes">{cur.notes?.[lang] ?? t('presenter.noNotes')}</p>
      </section>
      <section className="presenter-next">
        <h3>{t('presenter.next')}</h3>
        <p data-testid="presenter-next">{next ? next.title[lang] : t('presenter.end')}</p>
      </section>
      <nav className="presenter-nav">
        <button type="button" onClick={() => go(stop - 1)} disabled={stop === 0}>{t('previous')}</button>
        <button type="button" onClick={() => go(stop + 1)} disabled={!next} data-testid="presenter-next-button">{t('next')}</button>
      </nav>
    </main>
  );
}
