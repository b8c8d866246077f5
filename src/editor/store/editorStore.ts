import type { CitationId } from '../../../models/law';
import type { LocalizedText } from '../../../models/law/types';
import { canRedo, canUndo, emptyHistory, record, redo, transact, undo, type History } from '../../../models/org/history';
import type { OrgEdit } from '../../../models/org/operations';
import type { OrgDocument, UnitId } from '../../../models/org/types';

export interface EditorMessage {
  kind: 'refused' | 'info';
  text: LocalizedText;
  /** The article behind a refusal, when the rule names one. */
  citation?: CitationId;
}

/** How the diagram is looked at (not history, not the document): the projector's settings. */
export interface ViewSettings {
  /** Focus mode for a projector: side panels and the minimap away, the canvas takes the screen. */
  presenting: boolean;
  minimap: boolean;
  /** Card and font size step, 0 (normal) to TEXT_SIZES.length - 1. */
  textSize: number;
}

/** The card and font scale of each text size step. */
export const TEXT_SIZES: readonly number[] = [1, 1.2, 1.45, 1.75];

/** A focused view of one unit's relations, opened from its panel. */
export type RelationView = { kind: 'council' | 'appointment'; unit: UnitId };

export interface EditorState {
  doc: OrgDocument;
  history: History;
  /** Not history: selecting never makes an undo step. */
  selection: readonly UnitId[];
  /** Not history: collapsed subtrees are a way of looking. */
  collapsed: ReadonlySet<UnitId>;
  message: EditorMessage | null;
  /** Not history: show only this unit's branch (its superiors and subordinates), or everything when null. */
  focus: UnitId | null;
  /** Not history: the branches copied for pasting (their roots). */
  clipboard: readonly UnitId[];
  /** Bumped when a different document is loaded (the canvas lays it out afresh and fits the view). */
  loadId: number;
  /** Bumped by every change of the document, edits, undo and redo alike (autosave listens to it). */
  revision: number;
  /** Bumped by "tidy up": re-run ELK over everything that is not pinned. */
  tidyId: number;
  /** Not history: why the document may not be changed here (another tab edits it), or null. */
  readOnly: LocalizedText | null;
  /** Units the user asked to delete with their subordinates: the inline question is open for them. */
  pendingDelete: readonly UnitId[] | null;
  view: ViewSettings;
  relationView: RelationView | null;
}

export interface EditorStore {
  getState: () => EditorState;
  subscribe: (listener: () => void) => () => void;
  /** Applies one edit as one undo step; a refused edit leaves everything and shows why. Returns the created ids, or null when refused. */
  edit(edit: OrgEdit, label?: string): string[] | null;
  /** Several edits as one undo step (a paste, a drag of many units), all or nothing. */
  transact(edits: readonly OrgEdit[], label: string): string[] | null;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  select(ids: readonly UnitId[]): void;
  toggleCollapsed(id: UnitId): void;
  setCollapsed(ids: ReadonlySet<UnitId>): void;
  /** Opens another document: a fresh history. */
  load(doc: OrgDocument): void;
  tidy(): void;
  say(message: EditorMessage | null): void;
  setFocus(id: UnitId | null): void;
  copy(ids: readonly UnitId[]): void;
  /** Refuses every edit, undo and redo with this reason until called with null (src/persistence/tabs.ts). */
  setReadOnly(reason: LocalizedText | null): void;
  /** Opens (ids) or closes (null) the question before deleting a subtree. */
  askDelete(ids: readonly UnitId[] | null): void;
  setView(patch: Partial<ViewSettings>): void;
  openRelationView(view: RelationView | null): void;
}

export const DEFAULT_VIEW: ViewSettings = { presenting: false, minimap: true, textSize: 0 };

/**
 * The editor's single source of truth: the document, its undo history
 * (immer patches, see models/org/history.ts) and the view state around it.
 * A plain store read through useSyncExternalStore: no framework inside.
 */
export function createEditorStore(initial: OrgDocument, view: ViewSettings = DEFAULT_VIEW): EditorStore {
  let state: EditorState = {
    doc: initial,
    history: emptyHistory(),
    selection: [],
    collapsed: new Set(),
    message: null,
    focus: null,
    clipboard: [],
    loadId: 1,
    revision: 0,
    tidyId: 0,
    readOnly: null,
    pendingDelete: null,
    view,
    relationView: null,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<EditorState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const refuseReadOnly = (): boolean => {
    if (!state.readOnly) return false;
    set({ message: { kind: 'refused', text: state.readOnly } });
    return true;
  };
  const existing = (ids: readonly UnitId[], doc: OrgDocument) => ids.filter((id) => doc.units[id] !== undefined);

  const store: EditorStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(edit, label) {
      return store.transact([edit], label ?? edit.type);
    },
    transact(edits, label) {
      if (edits.length === 0) return [];
      if (refuseReadOnly()) return null;
      const r = transact(state.doc, edits, label);
      if (!r.ok) {
        set({ message: { kind: 'refused', text: r.message, ...(r.citation ? { citation: r.citation } : {}) } });
        return null;
      }
      set({
        doc: r.doc,
        history: record(state.history, r.entry),
        selection: existing(state.selection, r.doc),
        message: null,
        pendingDelete: null,
        revision: state.revision + 1,
      });
      return r.created;
    },
    undo() {
      if (refuseReadOnly()) return false;
      const r = undo(state.history, state.doc);
      if (!r) return false;
      set({ doc: r.doc, history: r.history, selection: existing(state.selection, r.doc), message: null, revision: state.revision + 1 });
      return true;
    },
    redo() {
      if (refuseReadOnly()) return false;
      const r = redo(state.history, state.doc);
      if (!r) return false;
      set({ doc: r.doc, history: r.history, selection: existing(state.selection, r.doc), message: null, revision: state.revision + 1 });
      return true;
    },
    canUndo: () => canUndo(state.history),
    canRedo: () => canRedo(state.history),
    select(ids) {
      const same = ids.length === state.selection.length && ids.every((id, i) => state.selection[i] === id);
      // A new selection closes a delete question about the old one.
      if (!same) set({ selection: existing(ids, state.doc), pendingDelete: null });
    },
    toggleCollapsed(id) {
      const next = new Set(state.collapsed);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      set({ collapsed: next });
    },
    setCollapsed(ids) {
      set({ collapsed: new Set(ids) });
    },
    load(doc) {
      set({ doc, history: emptyHistory(), selection: [], collapsed: new Set(), focus: null, message: null, pendingDelete: null, relationView: null, loadId: state.loadId + 1, revision: state.revision + 1 });
    },
    tidy() {
      set({ tidyId: state.tidyId + 1 });
    },
    say(message) {
      set({ message });
    },
    copy(ids) {
      set({ clipboard: existing(ids, state.doc) });
    },
    setReadOnly(reason) {
      if (reason !== state.readOnly) set({ readOnly: reason, message: reason === null && state.message?.text === state.readOnly ? null : state.message });
    },
    setFocus(id) {
      set({ focus: id !== null && state.doc.units[id] ? id : null });
    },
    askDelete(ids) {
      set({ pendingDelete: ids === null ? null : existing(ids, state.doc) });
    },
    setView(patch) {
      const next = { ...state.view, ...patch };
      next.textSize = Math.max(0, Math.min(TEXT_SIZES.length - 1, Math.round(next.textSize)));
      set({ view: next });
    },
    openRelationView(view) {
      set({ relationView: view !== null && state.doc.units[view.unit] ? view : null });
    },
  };
  return store;
}
