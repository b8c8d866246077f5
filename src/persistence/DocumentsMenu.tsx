import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ChevronDown, Folders, Save } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { TEMPLATES } from '../../models/org/templates';
import { storagePersistence } from '../pwa/storagePersistence';
import '../pwa/i18n';
import { useEditorStore } from '../editor/store/useEditor';
import { DocumentRow } from './DocumentRow';
import { readingStatus } from './readOrgFile';
import { fileNameFor } from './records';
import { useDocumentName } from './useDocumentName';
import { persistenceFor, usePersistenceState } from './usePersistence';
import './i18n';
import '../styles/persistence.css';

const STORAGE_TEXT = { asking: 'storageAsking', persisted: 'storagePersisted', bestEffort: 'storageBestEffort', unknown: 'storageUnknown' } as const;

/**
 * The documents menu in the toolbar: the open document's name and save state,
 * the list of kept documents (open, rename, duplicate, delete), a new one from
 * a template, and "Save file".
 */
export function DocumentsMenu() {
  const { t, i18n } = useTranslation('persistence');
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const state = usePersistenceState(store);
  const controller = persistenceFor(store);
  const reading = useSyncExternalStore(readingStatus.subscribe, readingStatus.get);
  const kept = useSyncExternalStore(storagePersistence.subscribe, storagePersistence.get);
  const { t: tp } = useTranslation('pwa');
  const shownName = useDocumentName(store);
  const [open, setOpen] = useState(false);
  const [templateId, setTemplateId] = useState<string>(TEMPLATES[0]?.id ?? '');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    // Captured first: Escape closes the menu and nothing else (the editor would clear its selection).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  if (!state || !controller) return null;
  // The chip, the exported title and the file name say the same name, in the reader's language.
  const name = shownName;
  const status = !state.available ? t('notKept') : state.pending ? t('saving') : t('saved');

  return (
    <div className="documents" ref={root} data-last-read-ms={readingStatus.lastWorkerMs() ?? undefined} data-tab={state.tab}>
      <button
        type="button"
        className="documents-toggle"
        data-testid="documents-toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('current', { name })}
        onClick={() => setOpen((o) => !o)}
      >
        <Folders aria-hidden="true" size={16} />
        <span className="documents-name" data-testid="document-name">{name}</span>
        <span className={`save-dot ${state.available ? (state.pending ? 'pending' : 'saved') : 'off'}`} data-testid="save-status" data-state={!state.available ? 'off' : state.pending ? 'pending' : 'saved'} title={status} aria-label={status} />
        <ChevronDown aria-hidden="true" size={14} />
      </button>
      <button type="button" data-testid="save-file" onClick={() => controller.saveToFile()} title={t('saveFileTitle', { file: fileNameFor(name) })} aria-label={t('saveFile')}>
        <Save aria-hidden="true" size={16} />
        <span className="label-text">{t('saveFile')}</span>
      </button>
      {(state.tab === 'follower' || state.tab === 'claiming') && (
        <div className="tab-banner" role="status" data-testid="tab-banner" data-state={state.tab}>
          <p>{t('otherTab')}</p>
          {state.tab === 'follower' ? (
            <button type="button" className="primary" data-testid="edit-here" onClick={() => controller.claim()}>
              {t('editHere')}
            </button>
          ) : (
            <span className="muted">{t('claiming')}</span>
          )}
        </div>
      )}
      {reading && (
        <span className="file-reading" data-testid="file-reading" role="status">
          {t('reading', { name: reading.name })}
        </span>
      )}
      {open && (
        <div className="documents-menu" role="dialog" aria-label={t('documents')} data-testid="documents-menu">
          <div className="documents-head">
            <h2>{t('list')}</h2>
            <span className="muted">{status}</span>
          </div>
          <p className="documents-storage muted" data-testid="storage-persistence" data-state={kept}>
            {tp('storageLabel')}: {tp(STORAGE_TEXT[kept])}
          </p>
          {state.error && <p className="documents-error" role="alert">{state.error[lang]}</p>}
          <ul className="documents-list">
            {state.docs.map((d) => (
              <DocumentRow
                key={d.id}
                doc={d}
                current={d.id === state.currentId}
                onOpen={() => {
                  void controller.switchTo(d.id);
                  setOpen(false);
                }}
                onRename={(n) => void controller.rename(d.id, n)}
                onDuplicate={() => void controller.duplicate(d.id)}
                onDelete={() => void controller.remove(d.id)}
              />
            ))}
          </ul>
          <div className="documents-new">
            <label className="field">
              <span>{t('newFrom')}</span>
              <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="new-doc-template">
                {TEMPLATES.map((tpl) => (
                  <option key={tpl.id} value={tpl.id}>{tpl.title[lang]}</option>
                ))}
              </select>
            </label>
            <button type="button" data-testid="new-doc" onClick={() => void controller.createFromTemplate(templateId).then(() => setOpen(false))}>
              {t('create')}
            </button>
          </div>
          {state.skipped.length > 0 && (
            <div className="documents-skipped" role="alert" data-testid="storage-problems">
              <p>{t('skipped', { count: state.skipped.length })}</p>
              <ul>
                {state.skipped.slice(0, 5).map((s) => (
                  <li key={s.key}>
                    <code>{s.key}</code>: {s.problems.slice(0, 3).map((p) => `${p.path} — ${typeof p.message === 'string' ? p.message : p.message[lang]}`).join('; ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
