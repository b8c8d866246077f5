import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { cite, formatCitation } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { useEditor, useEditorStore } from './store/useEditor';

/** How long a message stays when nothing else happens. */
export const MESSAGE_MS = 9000;

/**
 * Why an edit was refused (with the article behind it) or what just happened,
 * in the user's language. It goes by itself after a few seconds, or at the
 * next click or key anywhere else; the close button takes it at once.
 */
export function EditorMessageBar({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const message = useEditor((s) => s.message);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!message) return;
    const clear = () => {
      if (store.getState().message === message) store.say(null);
    };
    const timer = setTimeout(clear, MESSAGE_MS);
    const onAction = (e: Event) => {
      if (bar.current?.contains(e.target as Node)) return;
      clear();
    };
    // From the next frame on: the click or key that caused the message is not "the next action".
    const start = requestAnimationFrame(() => {
      window.addEventListener('pointerdown', onAction, true);
      window.addEventListener('keydown', onAction, true);
    });
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(start);
      window.removeEventListener('pointerdown', onAction, true);
      window.removeEventListener('keydown', onAction, true);
    };
  }, [message, store]);
  if (!message) return null;
  return (
    <div ref={bar} className={`editor-message is-${message.kind}`} role="status" data-testid="editor-message">
      {message.kind === 'refused' && <strong>{t('editor.refused')}: </strong>}
      {message.text[lang]}
      {message.citation && (
        <>
          {' '}
          <cite className="citation" data-testid="editor-message-citation">{formatCitation(cite(message.citation), lang)}</cite>
        </>
      )}
      <button type="button" className="link" onClick={() => store.say(null)} aria-label={t('editor.close')} title={t('editor.close')}><X aria-hidden="true" size={16} /></button>
    </div>
  );
}
