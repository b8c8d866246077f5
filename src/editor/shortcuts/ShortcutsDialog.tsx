import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp } from 'lucide-react';
import { SHORTCUTS } from './keymap';

/** Arrow keys as icons (arrow glyphs are not in every font); their names stay for screen readers. */
const ARROWS = { ArrowUp, ArrowDown, ArrowLeft, ArrowRight } as const;

function Keys({ keys }: { keys: string }) {
  const parts = keys.split(' ');
  if (!parts.every((k) => k in ARROWS)) return <kbd>{keys}</kbd>;
  return (
    <>
      {parts.map((k) => {
        const Icon = ARROWS[k as keyof typeof ARROWS];
        return <kbd key={k} role="img" aria-label={k}><Icon aria-hidden="true" size={13} /></kbd>;
      })}
    </>
  );
}

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
              <td><Keys keys={s.keys} /></td>
              <td>{s.does[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => ref.current?.close()} autoFocus>{t('editor.close')}</button>
    </dialog>
  );
}
