import type { OrgDocument } from '../../models/org/types';
import { initialTab, stepTab, type TabCommand, type TabEvent, type TabMessage, type TabRole, type TabState } from './tabProtocol';

/** How long a tab waits for a document's lock before it follows the tab that holds it. */
export const BRIEF_LOCK_MS = 1500;
const CHANNEL = 'prokuratura-studio-documents';
const lockName = (docId: string) => `prokuratura-studio-document:${docId}`;

/** What a tab session needs from the persistence controller. */
export interface TabHost {
  /** The stored version of a document, or null. */
  readStored(docId: string): Promise<{ rev: number; doc: OrgDocument } | null>;
  /** Writes the document with its revision; resolves when written (or when it failed, reported elsewhere). */
  write(docId: string, rev: number, doc: OrgDocument): Promise<void>;
  /** Puts a version into the editor. */
  show(docId: string, rev: number, doc: OrgDocument): void;
  /** The tab's role for this document changed (the editor is read-only unless it is 'writer'). */
  roleChanged(docId: string, role: TabRole): void;
}

/** True where Web Locks and BroadcastChannel exist (secure contexts of current browsers). */
export function tabsSupported(): boolean {
  return typeof navigator !== 'undefined' && 'locks' in navigator && typeof BroadcastChannel !== 'undefined';
}

/**
 * One tab's hold on one open document: carries out the protocol's commands
 * (src/persistence/tabProtocol.ts) with Web Locks, the shared channel and the
 * controller's storage, one after another, so a `released` or `saved` is
 * never said before the write it follows.
 */
export class TabSession {
  private state: TabState<OrgDocument>;
  private chain: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;
  private request: AbortController | null = null;
  private leaving = false;

  constructor(
    tab: string,
    readonly docId: string,
    private readonly channel: TabChannel,
    private readonly host: TabHost,
    doc: OrgDocument,
    rev: number,
  ) {
    this.state = initialTab(tab, docId, doc, rev);
  }

  get role(): TabRole {
    return this.state.role;
  }

  /** The revision of the last save this tab wrote or saw. */
  get rev(): number {
    return this.state.rev;
  }

  /** Feeds the protocol one event; false when it refused an edit. */
  dispatch(e: TabEvent<OrgDocument>): boolean {
    const before = this.state.role;
    const r = stepTab(this.state, e);
    this.state = r.state;
    if (e.type === 'leave') this.leaving = true;
    for (const c of r.commands) this.run(c);
    if (r.state.role !== before) this.host.roleChanged(this.docId, r.state.role);
    return r.refused !== true;
  }

  /** Resolves when every command given so far is carried out. */
  settled(): Promise<void> {
    return this.chain;
  }

  private then(step: () => void | Promise<void>) {
    this.chain = this.chain.then(step).catch(() => undefined);
  }

  private run(c: TabCommand<OrgDocument>) {
    switch (c.type) {
      case 'requestLock':
        this.requestLock(c.patience);
        return;
      case 'releaseLock': {
        // A request still waiting is dropped now; a held lock goes after the writes before it,
        // so the next holder reads what this tab wrote.
        this.request?.abort();
        this.request = null;
        const release = this.release;
        this.release = null;
        if (this.leaving) release?.();
        else this.then(() => release?.());
        return;
      }
      case 'readStorage':
        this.then(async () => {
          const stored = await this.host.readStored(this.docId).catch(() => null);
          this.dispatch({ type: 'stored', rev: stored?.rev ?? 0, doc: stored?.doc ?? null });
        });
        return;
      case 'write':
        // Leaving (the page is going away): start the write now; IndexedDB keeps the order of transactions.
        if (this.leaving) void this.host.write(this.docId, c.rev, c.doc);
        else this.then(() => this.host.write(this.docId, c.rev, c.doc));
        return;
      case 'post':
        if (this.leaving) this.channel.post(c.message);
        else this.then(() => this.channel.post(c.message));
        return;
      case 'show':
        // At once, before the role change is told: a writer never edits an older version than it shows.
        this.host.show(this.docId, c.rev, c.doc);
        return;
    }
  }

  private requestLock(patience: 'brief' | 'queue') {
    const abort = new AbortController();
    this.request = abort;
    if (patience === 'queue') return this.waitForLock(abort, null);
    // First ask without waiting: a free lock is taken at once. Only when another tab holds it does the
    // brief wait start, so a main thread blocked for seconds (a slow laptop) never times out a lock no one held.
    navigator.locks
      .request(lockName(this.docId), { ifAvailable: true }, (lock) => {
        if (this.request !== abort) return undefined; // given up on meanwhile: let go at once
        if (lock === null) {
          this.waitForLock(abort, BRIEF_LOCK_MS);
          return undefined;
        }
        return this.hold();
      })
      .catch(() => undefined);
  }

  /** Waits for the lock, at most `patience` ms (null: in the queue for as long as it takes). */
  private waitForLock(abort: AbortController, patience: number | null) {
    let timedOut = false;
    const timer = patience !== null ? setTimeout(() => ((timedOut = true), abort.abort()), patience) : null;
    navigator.locks
      .request(lockName(this.docId), { signal: abort.signal }, () => {
        if (timer) clearTimeout(timer);
        if (this.request !== abort) return undefined; // given up on meanwhile: let go at once
        return this.hold();
      })
      .catch(() => {
        if (timer) clearTimeout(timer);
        if (timedOut && this.request === abort) {
          this.request = null;
          this.dispatch({ type: 'lockDenied' });
        }
      });
  }

  /** Holds the granted lock until the protocol lets it go. */
  private hold(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.release = resolve;
      this.dispatch({ type: 'lockGranted' });
    });
  }
}

/** The one channel a tab shares with the others; hands each message to the session of its document. */
export class TabChannel {
  private readonly bc = new BroadcastChannel(CHANNEL);
  private session: TabSession | null = null;

  constructor() {
    this.bc.onmessage = (e: MessageEvent<TabMessage<OrgDocument>>) => {
      const m = e.data;
      if (this.session && m && typeof m === 'object' && m.docId === this.session.docId) this.session.dispatch({ type: 'message', message: m });
    };
  }

  attach(session: TabSession | null) {
    this.session = session;
  }

  post(message: TabMessage<OrgDocument>) {
    this.bc.postMessage(message);
  }

  close() {
    this.bc.close();
  }
}
