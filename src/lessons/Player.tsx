import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { Lesson } from '../../models/lessons';
import type { OrgDocument } from '../../models/org/types';
import { Caption } from './Caption';
import { lessonHash } from './hash';
import { Ink, type PointerTool } from './Ink';
import { Stage } from './Stage';
import { openChannel, type SyncMessage } from './sync';

interface Props {
  lesson: Lesson;
  lang: Lang;
  openDoc: OrgDocument;
  stop: number;
  /** Takes the stop or how to get there from the current one (presses quicker than a render add up). */
  onStop: (next: (current: number) => number) => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/**
 * Plays a lesson: the stage of the current stop and its caption. Keys a clicker sends step through
 * it; presenting fills the screen with the projector theme and nothing but the stage.
 */
export function Player({ lesson, lang, openDoc, stop, onStop }: Props) {
  const { t } = useTranslation('lessons');
  const total = lesson.stops.length;
  const index = Math.max(0, Math.min(stop, total - 1));
  const current = lesson.stops[index];
  const [presenting, setPresenting] = useState(false);
  const [blank, setBlank] = useState(false);
  const [tool, setTool] = useState<PointerTool>('none');
  const [clearId, setClearId] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const startedAt = useRef(Date.now());
  // A step is a transition: React renders the next stop in slices and lets the browser paint in
  // between, instead of one long task for the whole diagram.
  const go = useCallback(
    (n: number | ((current: number) => number)) =>
      startTransition(() => onStop((cur) => Math.max(0, Math.min(typeof n === 'function' ? n(Math.max(0, Math.min(cur, total - 1))) : n, total - 1)))),
    [onStop, total],
  );

  // The link always says where we are (#lesson=<id>&stop=<n>), without adding history entries.
  useEffect(() => {
    const hash = lessonHash(lesson.id, index);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [lesson.id, index]);

  // The presenter window follows: tell it where we stand, and obey its "go".
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);
  const here = useRef({ lesson: lesson.id, stop: index });
  here.current = { lesson: lesson.id, stop: index };
  useEffect(() => {
    const ch = openChannel((m: SyncMessage) => {
      if (m.lesson !== here.current.lesson) return;
      if (m.type === 'go') go(m.stop);
      if (m.type === 'hello') ch.post({ type: 'state', lesson: here.current.lesson, stop: here.current.stop, startedAt: startedAt.current });
    });
    channel.current = ch;
    return () => ch.close();
  }, [go]);
  useEffect(() => {
    channel.current?.post({ type: 'state', lesson: lesson.id, stop: index, startedAt: startedAt.current });
  }, [lesson.id, index]);

  const present = useCallback(() => {
    setPresenting(true);
    startedAt.current = Date.now();
    root.current?.requestFullscreen?.().catch(() => undefined); // refused (no user gesture, a test): the overlay still fills the window
  }, []);
  const leave = useCallback(() => {
    setPresenting(false);
    setBlank(false);
    setTool('none');
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  useEffect(() => {
    const onFs = () => {
      if (!document.fullscreenElement) setPresenting((p) => (p ? false : p));
    };
    document.addEventListener('fullscreenchange', onFs);
    return () => document.removeEventListener('fullscreenchange', onFs);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const k = e.key;
      let handled = true;
      if (k === 'ArrowRight' || k === 'PageDown' || (k === ' ' && !e.shiftKey)) go((i) => i + 1);
      else if (k === 'ArrowLeft' || k === 'PageUp' || (k === ' ' && e.shiftKey)) go((i) => i - 1);
      else if (k === 'Home') go(0);
      else if (k === 'End') go(total - 1);
      else if (k === 'b' || k === 'B' || k === '.') setBlank((b) => !b);
      else if (k === 'l' || k === 'L') setTool((x) => (x === 'laser' ? 'none' : 'laser'));
      else if (k === 'd' || k === 'D') setTool((x) => (x === 'ink' ? 'none' : 'ink'));
      else if (k === 'c' || k === 'C') setClearId((n) => n + 1);
      else if (k === 'Escape' && presenting) leave();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, total, presenting, leave]);

  if (!current) return null;
  const stopKey = `${lesson.id}:${current.id}`;
  return (
    <div ref={root} className={`lesson-player${presenting ? ' is-presenting projector' : ''}`} data-testid="lesson-player" data-stop={index + 1} data-presenting={presenting}>
      {!presenting && (
        <div className="lesson-bar">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} data-testid="stop-prev">{t('previous')}</button>
          <button type="button" onClick={() => go(index + 1)} disabled={index === total - 1} data-testid="stop-next">{t('next')}</button>
          <button type="button" className="primary" onClick={present} data-testid="present">{t('present')}</button>
          <button type="button" onClick={() => window.open(lessonHash(lesson.id, index, true), 'prokuratura-presenter', 'width=960,height=640')} data-testid="open-presenter">
            {t('presenterWindow')}
          </button>
          <button type="button" aria-pressed={tool === 'laser'} onClick={() => setTool((x) => (x === 'laser' ? 'none' : 'laser'))}>{t('laser')}</button>
          <button type="button" aria-pressed={tool === 'ink'} onClick={() => setTool((x) => (x === 'ink' ? 'none' : 'ink'))}>{t('ink')}</button>
          <button type="button" onClick={() => setClearId((n) => n + 1)}>{t('clearInk')}</button>
          <span className="muted lesson-keys">{t('keys')}</span>
        </div>
      )}
      <div className="lesson-stage" data-view={current.view.kind}>
        <Stage stop={current} lang={lang} openDoc={openDoc} stopKey={stopKey} />
        <Ink tool={tool} clearKey={`${stopKey}|${clearId}`} />
      </div>
      <Caption stop={current} lang={lang} index={index} total={total} />
      {presenting && (
        <button type="button" className="lesson-exit" onClick={leave} aria-label={t('exitPresent')} title={t('exitPresent')}>
          Esc
        </button>
      )}
      {blank && (
        <div className="lesson-blank" data-testid="blank" role="status" aria-label={t('blank')} onClick={() => setBlank(false)} />
      )}
    </div>
  );
}
