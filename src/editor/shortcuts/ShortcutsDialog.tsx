import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { SHORTCUTS } from './keymap';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="shortcuts" onClose={onClose} data-testid="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('editor.shortcuts')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td><kbd>{s.keys}</kbd></td>
              <td>{s.does[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => ref.current?.close()} autoFocus>{t('editor.close')}</button>
    </dialog>
  );
}
