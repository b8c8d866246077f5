import i18next from 'i18next';
import type { Lang, LocalizedText } from '../../models/law/types';
import { toOrgFile, tryParseOrgFile } from '../../models/org/schema';
import { documentName, titleOf } from '../../models/org/documentName';
import { TEMPLATES } from '../../models/org/templates';
import type { OrgDocument } from '../../models/org/types';
import type { EditorStore } from '../editor/store/editorStore';
import { deleteRecord, getAllRaw, getRaw, patchRecord, putRecord, setMeta, getMeta } from './db';
import { fileNameFor, newRecordId, parseRecord, uniqueName, type DocumentMeta, type SkippedRecord, type StoredDocument } from './records';
import type { TabRole } from './tabProtocol';
import { TabChannel, TabSession, tabsSupported, type TabHost } from './tabs';

/** Autosave runs this long after the last change (the issue asks for under a second). */
export const SAVE_DELAY_MS = 300;
const LAST_OPEN = 'lastOpen';

export interface Restored {
  /** False when IndexedDB cannot be used (private mode, blocked): work is then not kept. */
  available: boolean;
  records: StoredDocument[];
  skipped: SkippedRecord[];
  lastOpen: string | null;
}

/** Reads every stored document once, at start; never rejects. */
export async function restoreAll(): Promise<Restored> {
  try {
    const [raw, last] = await Promise.all([getAllRaw(), getMeta(LAST_OPEN)]);
    const records: StoredDocument[] = [];
    const skipped: SkippedRecord[] = [];
    for (const { key, value } of raw) {
      const r = parseRecord(key, value);
      if (r.ok) records.push(r.record);
      else skipped.push(r.skipped);
    }
    records.sort((a, b) => b.updatedAt - a.updatedAt);
    return { available: true, records, skipped, lastOpen: typeof last === 'string' ? last : null };
  } catch {
    return { available: false, records: [], skipped: [], lastOpen: null };
  }
}

export interface PersistenceState {
  available: boolean;
  docs: readonly DocumentMeta[];
  currentId: string;
  /** A change not yet written. */
  pending: boolean;
  skipped: readonly SkippedRecord[];
  /** The last storage failure, shown in the menu. */
  error: LocalizedText | null;
  /** This tab's hold on the open document ('solo' where the browser has no Web Locks: it always edits). */
  tab: TabRole | 'solo';
}

const lang = (): Lang => (['kk', 'ru', 'en'].includes(i18next.language) ? (i18next.language as Lang) : 'kk');
const COPY: LocalizedText = { kk: 'көшірмесі', ru: 'копия', en: 'copy' };
const UNTITLED: LocalizedText = { kk: 'Атаусыз құжат', ru: 'Документ без названия', en: 'Untitled document' };
const IN_OTHER_TAB: LocalizedText = {
  kk: 'Бұл құжат басқа бетте өңделуде. Мұнда өңдеу үшін «Осы жерде өңдеу» батырмасын басыңыз.',
  ru: 'Этот документ редактируется в другой вкладке. Чтобы править здесь, нажмите «Редактировать здесь».',
  en: 'This document is being edited in another tab. Press "Edit here instead" to edit it here.',
};
const CHECKING_TABS: LocalizedText = {
  kk: 'Құжат басқа бетте ашық па, тексерілуде; бір сәттен кейін қайталаңыз.',
  ru: 'Проверяется, не открыт ли документ в другой вкладке; повторите через мгновение.',
  en: 'Checking whether another tab edits this document; try again in a moment.',
};

/** A document's name in the list: its template's title when it is one, else its own title. */
function suggestedName(doc: OrgDocument): string {
  const tpl = TEMPLATES.find((t) => t.id === doc.template);
  return (tpl?.title ?? doc.title)[lang()] || UNTITLED[lang()];
}

/**
 * Keeps the editor's work: named documents in IndexedDB, the open one saved
 * shortly after every change, the last open one brought back on start. A
 * document loaded by someone else (a template picked in the toolbar, a file
 * opened) becomes a new named document, so nothing kept is overwritten.
 */
export class PersistenceController {
  private state: PersistenceState;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingDoc: OrgDocument | null = null;
  private selfLoading = false;
  private writes: Promise<void> = Promise.resolve();
  private lastLoadId: number;
  private lastRevision: number;
  /** This tab's id on the shared channel; its hold on the open document. */
  private readonly tabId = newRecordId();
  private channel: TabChannel | null = null;
  private session: TabSession | null = null;
  private openRev = 0;
  private readonly tabHost: TabHost = {
    readStored: async (docId) => {
      await this.writes;
      const r = parseRecord(docId, await getRaw(docId));
      return r.ok ? { rev: r.record.rev ?? 0, doc: r.record.doc } : null;
    },
    write: (docId, rev, doc) => {
      // A document deleted meanwhile stays deleted.
      const m = this.state.docs.find((d) => d.id === docId);
      if (!m) return Promise.resolve();
      this.write({ ...m, doc, rev, updatedAt: Date.now() }, true);
      return this.writes;
    },
    show: (docId, _rev, doc) => {
      if (docId === this.state.currentId && doc !== this.store.getState().doc) this.load(doc);
    },
    roleChanged: (docId, role) => {
      if (docId !== this.state.currentId || role === 'gone') return;
      this.store.setReadOnly(role === 'writer' ? null : role === 'waiting' || role === 'acquired' ? CHECKING_TABS : IN_OTHER_TAB);
      this.set({ tab: role });
    },
  };

  constructor(
    private readonly store: EditorStore,
    restored: Restored,
  ) {
    const current = restored.records.find((r) => r.id === restored.lastOpen) ?? restored.records[0];
    if (current) {
      // Before the first paint: the store is fresh and nobody listens yet.
      this.load(current.doc);
      this.openRev = current.rev ?? 0;
      this.state = { available: restored.available, docs: restored.records.map(meta), currentId: current.id, pending: false, skipped: restored.skipped, error: null, tab: 'solo' };
    } else {
      // First run: the template the app started with becomes the first document.
      const doc = store.getState().doc;
      const first: DocumentMeta = { id: newRecordId(), name: uniqueName(suggestedName(doc), []), updatedAt: Date.now() };
      this.state = { available: restored.available, docs: [first], currentId: first.id, pending: false, skipped: restored.skipped, error: null, tab: 'solo' };
      this.write({ ...first, doc }, true);
    }
    this.lastLoadId = store.getState().loadId;
    this.lastRevision = store.getState().revision;
  }

  getState = (): PersistenceState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts listening to the editor; returns the stop function (an effect's cleanup). */
  start(): () => void {
    this.lastLoadId = this.store.getState().loadId;
    this.lastRevision = this.store.getState().revision;
    const off = this.store.subscribe(() => this.onStoreChange());
    // Two tabs, one document: only where the storage is real and the browser has Web Locks.
    if (this.state.available && tabsSupported()) this.channel = new TabChannel();
    this.beginSession();
    const leave = () => {
      void this.flush();
      this.endSession();
    };
    // Back from the back-forward cache: take up the document again.
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) this.beginSession();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void this.flush();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      off();
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onHidden);
      leave();
      this.channel?.close();
      this.channel = null;
    };
  }

  /** "Edit here instead": asks the tab that edits the open document to hand it over. */
  claim(): void {
    this.session?.dispatch({ type: 'claim' });
  }

  /** Takes up the open document: edits here if no other tab does, else follows that tab read-only. */
  private beginSession() {
    this.endSession();
    if (!this.channel) {
      this.store.setReadOnly(null);
      if (this.state.tab !== 'solo') this.set({ tab: 'solo' });
      return;
    }
    const session = new TabSession(this.tabId, this.state.currentId, this.channel, this.tabHost, this.store.getState().doc, this.openRev);
    this.session = session;
    this.channel.attach(session);
    this.store.setReadOnly(CHECKING_TABS);
    this.set({ tab: session.role });
    session.dispatch({ type: 'start' });
  }

  /** Lets go of the open document (its pending change saved first). */
  private endSession() {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.channel?.attach(null);
    session.dispatch({ type: 'leave' });
  }

  /** Writes the pending change now (before a switch, on leaving the page). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const doc = this.pendingDoc;
    this.pendingDoc = null;
    if (doc && this.session) {
      const session = this.session;
      session.dispatch({ type: 'saveDue' });
      return session
        .settled()
        .then(() => this.writes)
        .then(() => {
          if (!this.pendingDoc && this.state.pending) this.set({ pending: false });
        });
    }
    if (doc) {
      const m = this.current();
      if (m) this.write({ ...m, doc, updatedAt: Date.now() }, true);
    }
    return this.writes;
  }

  async switchTo(id: string): Promise<void> {
    if (id === this.state.currentId) return;
    await this.flush();
    const raw = await getRaw(id).catch(() => undefined);
    const r = parseRecord(id, raw);
    if (!r.ok) {
      this.set({ docs: this.state.docs.filter((d) => d.id !== id), skipped: [...this.state.skipped, r.skipped] });
      return;
    }
    this.open(r.record);
  }

  async createFromTemplate(templateId: string): Promise<void> {
    const tpl = TEMPLATES.find((t) => t.id === templateId);
    if (!tpl) return;
    await this.flush();
    const record: StoredDocument = { id: newRecordId(), name: this.freeName(tpl.title[lang()]), doc: tpl.build(), updatedAt: Date.now() };
    this.add(record);
  }

  async duplicate(id: string): Promise<void> {
    await this.flush();
    const source = await this.read(id);
    if (!source) return;
    const record: StoredDocument = { id: newRecordId(), name: this.freeName(`${source.name} (${COPY[lang()]})`), doc: source.doc, updatedAt: Date.now() };
    this.add(record);
  }

  async rename(id: string, name: string): Promise<void> {
    const m = this.state.docs.find((d) => d.id === id);
    const clean = uniqueName(name, this.state.docs.filter((d) => d.id !== id).map((d) => d.name));
    if (!m || clean === m.name) return;
    await this.flush();
    this.set({ docs: this.state.docs.map((d) => (d.id === id ? { ...d, name: clean } : d)) });
    if (!this.state.available) return;
    // The name alone, in one transaction: the document itself may be saved by another tab meanwhile.
    this.writes = this.writes.then(() => patchRecord(id, { name: clean })).then(() => undefined, (e: unknown) => this.fail(e));
  }

  async remove(id: string): Promise<void> {
    if (id === this.state.currentId) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.pendingDoc = null;
    }
    const docs = this.state.docs.filter((d) => d.id !== id);
    this.set({ docs });
    this.writes = this.writes.then(() => deleteRecord(id)).catch((e: unknown) => this.fail(e));
    if (id !== this.state.currentId) return;
    const next = docs[0];
    if (next) await this.switchToKnown(next.id);
    else await this.createFromTemplate(TEMPLATES[0]?.id ?? '');
  }

  /** Downloads the open document as `<name>.prokuratura.json`, in a stable order of keys. */
  saveToFile(): void {
    const file = toOrgFile(this.store.getState().doc);
    // Through the schema: keys come out in the schema's order, so saving an opened file gives the same bytes.
    const canonical = tryParseOrgFile(file);
    const text = `${JSON.stringify(canonical.ok ? canonical.value : file, null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    // The name the chip shows, in the reader's language (models/org/documentName.ts).
    const kept = this.current()?.name;
    a.download = fileNameFor(kept ? documentName(kept, this.store.getState().doc, lang()) : titleOf(this.store.getState().doc, lang()));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---- inside ----------------------------------------------------------------

  private current(): DocumentMeta | undefined {
    return this.state.docs.find((d) => d.id === this.state.currentId);
  }

  private freeName(base: string): string {
    return uniqueName(base, this.state.docs.map((d) => d.name));
  }

  private set(patch: Partial<PersistenceState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private load(doc: OrgDocument) {
    this.selfLoading = true;
    try {
      this.store.load(doc);
    } finally {
      this.selfLoading = false;
    }
  }

  private onStoreChange() {
    const s = this.store.getState();
    if (s.loadId !== this.lastLoadId) {
      this.lastLoadId = s.loadId;
      this.lastRevision = s.revision;
      if (!this.selfLoading) this.adopt(s.doc);
      return;
    }
    if (s.revision === this.lastRevision) return;
    this.lastRevision = s.revision;
    this.pendingDoc = s.doc;
    this.session?.dispatch({ type: 'edited', doc: s.doc });
    if (!this.state.pending) this.set({ pending: true });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** A document loaded from outside (template picker, Open…): kept as a new named document. */
  private adopt(doc: OrgDocument) {
    void this.flush();
    const record: StoredDocument = { id: newRecordId(), name: this.freeName(suggestedName(doc)), doc, updatedAt: Date.now() };
    this.endSession();
    this.set({ docs: [meta(record), ...this.state.docs], currentId: record.id });
    this.write(record, true);
    this.openRev = 0;
    this.rememberOpen(record.id);
    if (this.channel) this.beginSession();
  }

  private add(record: StoredDocument) {
    this.set({ docs: [meta(record), ...this.state.docs] });
    this.write(record, false);
    this.open(record);
  }

  private open(record: StoredDocument) {
    this.endSession();
    this.set({ currentId: record.id });
    this.load(record.doc);
    this.openRev = record.rev ?? 0;
    this.rememberOpen(record.id);
    if (this.channel) this.beginSession();
  }

  private async switchToKnown(id: string) {
    const source = await this.read(id);
    if (source) this.open(source);
  }

  /** The open document straight from the editor (it may be newer than storage), any other from storage. */
  private async read(id: string): Promise<StoredDocument | null> {
    const m = this.state.docs.find((d) => d.id === id);
    if (!m) return null;
    if (id === this.state.currentId) return { ...m, doc: this.store.getState().doc, rev: this.session?.rev ?? this.openRev };
    await this.writes;
    const r = parseRecord(id, await getRaw(id).catch(() => undefined));
    if (r.ok) return r.record;
    this.set({ docs: this.state.docs.filter((d) => d.id !== id), skipped: [...this.state.skipped, r.skipped] });
    return null;
  }

  private rememberOpen(id: string) {
    if (!this.state.available) return;
    this.writes = this.writes.then(() => setMeta(LAST_OPEN, id)).catch((e: unknown) => this.fail(e));
  }

  private write(record: StoredDocument, touch: boolean) {
    if (touch) this.set({ docs: this.state.docs.map((d) => (d.id === record.id ? { ...d, updatedAt: record.updatedAt } : d)) });
    if (!this.state.available) {
      this.set({ pending: false });
      return;
    }
    const plain: StoredDocument = { id: record.id, name: record.name, doc: record.doc, updatedAt: record.updatedAt };
    if (record.rev !== undefined) plain.rev = record.rev;
    this.writes = this.writes
      .then(() => putRecord(plain))
      .then(() => {
        if (!this.pendingDoc && this.state.pending) this.set({ pending: false });
        if (this.state.error) this.set({ error: null });
      })
      .catch((e: unknown) => this.fail(e));
  }

  private fail(e: unknown) {
    const why = e instanceof Error ? e.message : String(e);
    this.set({
      pending: false,
      error: { kk: `Сақтау сәтсіз аяқталды: ${why}`, ru: `Не удалось сохранить: ${why}`, en: `Saving failed: ${why}` },
    });
  }
}

function meta(r: StoredDocument): DocumentMeta {
  return { id: r.id, name: r.name, updatedAt: r.updatedAt };
}
