import { useTranslation } from 'react-i18next';
import { documentName, titleOf } from '../../models/org/documentName';
import type { Lang } from '../../models/law/types';
import type { EditorStore } from '../editor/store/editorStore';
import { useEditor } from '../editor/store/useEditor';
import { persistenceFor, usePersistenceState } from './usePersistence';

/** The open document's name in a language: the kept name (see models/org/documentName.ts), or its title when nothing is kept. */
export function currentDocumentName(store: EditorStore, lang: Lang): string {
  const doc = store.getState().doc;
  const state = persistenceFor(store)?.getState();
  const kept = state?.docs.find((d) => d.id === state.currentId)?.name;
  return kept ? documentName(kept, doc, lang) : titleOf(doc, lang);
}

/** The same, as React state: the chip, the export title and the file names all read this. */
export function useDocumentName(store: EditorStore): string {
  const { i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const doc = useEditor((s) => s.doc);
  const state = usePersistenceState(store);
  const kept = state?.docs.find((d) => d.id === state.currentId)?.name;
  return kept ? documentName(kept, doc, lang) : titleOf(doc, lang);
}
