import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { useEditor, useEditorStore } from './store/useEditor';

/** Why an edit was refused, in the user's language; it stays until the next edit or a click. */
export function EditorMessageBar({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const message = useEditor((s) => s.message);
  if (!message) return null;
  return (
    <div className={`editor-message is-${message.kind}`} role="status" data-testid="editor-message">
      {message.kind === 'refused' && <strong>{t('editor.refused')}: </strong>}
      {message.text[lang]}
      <button type="button" className="link" onClick={() => store.say(null)} aria-label={t('editor.close')}>×</button>
    </div>
  );
}
