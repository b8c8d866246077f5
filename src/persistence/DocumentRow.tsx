import { useState } from 'react';
import { Copy, Pencil, Trash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { documentName } from '../../models/org/documentName';
import type { DocumentMeta } from './records';

interface Props {
  doc: DocumentMeta;
  current: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One named document in the menu: open it, rename in place, duplicate, delete after a confirmation. */
export function DocumentRow({ doc, current, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const { t, i18n } = useTranslation('persistence');
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [draft, setDraft] = useState(doc.name);
  // In the reader's language when the name is a title the app knows (models/org/documentName.ts).
  const shown = documentName(doc.name, undefined, i18n.language as Lang);
  const when = new Date(doc.updatedAt).toLocaleString(i18n.language === 'kk' ? 'kk-KZ' : i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const commit = () => {
    setMode('view');
    if (draft.trim()) onRename(draft);
  };

  if (mode === 'rename') {
    return (
      <li className="doc-row" data-testid="doc-item" data-id={doc.id}>
        <input
          className="doc-rename"
          aria-label={t('renameTo')}
          data-testid="rename-input"
          value={draft}
          maxLength={120}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              e.stopPropagation();
              setMode('view');
            }
          }}
          onBlur={commit}
        />
      </li>
    );
  }
  if (mode === 'confirm') {
    return (
      <li className="doc-row doc-confirm" data-testid="doc-item" data-id={doc.id} role="alertdialog" aria-label={t('delete')}>
        <span>{t('confirmDelete', { name: shown })}</span>
        <span className="doc-actions">
          <button type="button" className="danger" data-testid="doc-confirm-delete" onClick={onDelete} autoFocus>{t('delete')}</button>
          <button type="button" onClick={() => setMode('view')}>{t('cancel')}</button>
        </span>
      </li>
    );
  }
  return (
    <li className={current ? 'doc-row current' : 'doc-row'} data-testid="doc-item" data-id={doc.id} aria-current={current ? 'true' : undefined}>
      <button type="button" className="doc-open" onClick={onOpen} data-testid="doc-open" title={t('open')}>
        <span className="doc-name" title={shown}>{shown}</span>
        <span className="doc-when">{t('edited', { when })}</span>
      </button>
      <span className="doc-actions">
        <button type="button" className="icon" onClick={() => { setDraft(doc.name); setMode('rename'); }} data-testid="doc-rename" title={t('rename')} aria-label={t('rename')}><Pencil aria-hidden="true" size={15} /></button>
        <button type="button" className="icon" onClick={onDuplicate} data-testid="doc-duplicate" title={t('duplicate')} aria-label={t('duplicate')}><Copy aria-hidden="true" size={15} /></button>
        <button type="button" className="icon" onClick={() => setMode('confirm')} data-testid="doc-delete" title={t('delete')} aria-label={t('delete')}><Trash aria-hidden="true" size={15} /></button>
      </span>
    </li>
  );
}
