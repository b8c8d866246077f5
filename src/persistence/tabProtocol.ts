/**
 * One document open in several tabs: who may edit, and how the others follow.
 * Pure (no DOM, no timers): a tab's state, the events it hears and the
 * commands it gives. src/persistence/tabs.ts carries the commands out with Web
 * Locks, BroadcastChannel and IndexedDB; test/src/persistence/tabProtocol.test.ts
 * drives many tabs through random interleavings of edits, saves, closes and
 * reloads against a simulated lock, channel and store.
 *
 * The rules:
 * - Only the holder of the document's lock edits and saves it (a writer);
 *   every other tab is a follower: read-only, it shows each version the
 *   writer saves (`saved` messages carry the document and its revision).
 * - A tab that gets the lock first reads the stored version and only then
 *   edits, so it always builds on the last save.
 * - "Edit here instead": a follower asks the writer to hand over and queues
 *   for the lock; the writer saves what it has, says `released` and lets go.
 * - A writer that leaves (close, reload, another document) saves first, says
 *   `bye` and lets go; the followers then try for the lock.
 * - A new writer says `writing`; a claimer whose request came before it held
 *   the lock asks again, so a claim is never left waiting.
 * Revisions grow by one per save; a follower ignores anything older than what
 * it shows, so messages from two writers in any order never go backwards.
 */

export type TabRole =
  /** Asked for the lock, not yet answered: read-only. */
  | 'waiting'
  /** Holds the lock, reading the stored version: read-only until it arrives. */
  | 'acquired'
  /** Holds the lock and edits. */
  | 'writer'
  /** Another tab edits; this one shows its saves. */
  | 'follower'
  /** Asked the writer to hand over; queued for the lock. */
  | 'claiming'
  /** Left (closed, reloaded, switched to another document). */
  | 'gone';

export type TabMessage<D> =
  | { type: 'saved'; docId: string; from: string; rev: number; doc: D }
  | { type: 'handover'; docId: string; from: string }
  | { type: 'released'; docId: string; from: string }
  | { type: 'bye'; docId: string; from: string }
  /** A tab has just become the writer (a claimer whose request came too early asks it again). */
  | { type: 'writing'; docId: string; from: string };

export type TabEvent<D> =
  | { type: 'start' }
  | { type: 'lockGranted' }
  /** A brief request for the lock timed out: someone else holds it. */
  | { type: 'lockDenied' }
  /** The answer to `readStorage`: the stored version (null when nothing is stored). */
  | { type: 'stored'; rev: number; doc: D | null }
  /** The editor changed the document (accepted only from a writer). */
  | { type: 'edited'; doc: D }
  /** Time to write the pending change (the autosave's delay is over, or a flush). */
  | { type: 'saveDue' }
  | { type: 'message'; message: TabMessage<D> }
  /** The user pressed "edit here instead". */
  | { type: 'claim' }
  | { type: 'leave' };

export type TabCommand<D> =
  /** `brief`: give up after a short wait (lockDenied); `queue`: wait as long as it takes. */
  | { type: 'requestLock'; patience: 'brief' | 'queue' }
  /** Let go of the lock, or of a request still waiting. */
  | { type: 'releaseLock' }
  | { type: 'readStorage' }
  | { type: 'write'; rev: number; doc: D }
  | { type: 'post'; message: TabMessage<D> }
  /** Put this version into the editor (read-only unless the role is writer). */
  | { type: 'show'; rev: number; doc: D };

export interface TabState<D> {
  tab: string;
  docId: string;
  role: TabRole;
  /** The version this tab shows (null before anything is read). */
  doc: D | null;
  /** The revision of the last save this tab wrote or saw. */
  rev: number;
  /** A writer's change not yet written. */
  dirty: boolean;
  /** A handover was asked while the lock was still being taken: hand over once ready. */
  handoverAsked: boolean;
}

export interface TabStep<D> {
  state: TabState<D>;
  commands: TabCommand<D>[];
  /** True when an `edited` event came to a tab that may not edit (the editor must refuse it). */
  refused?: boolean;
}

export function initialTab<D>(tab: string, docId: string, doc: D | null = null, rev = 0): TabState<D> {
  return { tab, docId, role: 'waiting', doc, rev, dirty: false, handoverAsked: false };
}

/** Edits are allowed only to the writer. */
export function canEdit(state: TabState<unknown>): boolean {
  return state.role === 'writer';
}

/** True for the roles that hold the lock. */
export function holdsLock(state: TabState<unknown>): boolean {
  return state.role === 'writer' || state.role === 'acquired';
}

function save<D>(s: TabState<D>): { state: TabState<D>; commands: TabCommand<D>[] } {
  if (!s.dirty || s.doc === null) return { state: s, commands: [] };
  const rev = s.rev + 1;
  return {
    state: { ...s, rev, dirty: false },
    commands: [
      { type: 'write', rev, doc: s.doc },
      { type: 'post', message: { type: 'saved', docId: s.docId, from: s.tab, rev, doc: s.doc } },
    ],
  };
}

/** Saves what is pending, says `word` and lets go of the lock. */
function letGo<D>(s: TabState<D>, word: 'released' | 'bye', role: TabRole): TabStep<D> {
  const saved = save(s);
  return {
    state: { ...saved.state, role, handoverAsked: false },
    commands: [...saved.commands, { type: 'post', message: { type: word, docId: s.docId, from: s.tab } }, { type: 'releaseLock' }],
  };
}

export function stepTab<D>(s: TabState<D>, e: TabEvent<D>): TabStep<D> {
  const same: TabStep<D> = { state: s, commands: [] };
  if (s.role === 'gone') return e.type === 'edited' ? { ...same, refused: true } : same;
  switch (e.type) {
    case 'start':
      return s.role === 'waiting' ? { state: s, commands: [{ type: 'requestLock', patience: 'brief' }] } : same;
    case 'lockGranted':
      if (s.role !== 'waiting' && s.role !== 'claiming') return same;
      return { state: { ...s, role: 'acquired' }, commands: [{ type: 'readStorage' }] };
    case 'lockDenied':
      if (s.role !== 'waiting') return same;
      return { state: { ...s, role: 'follower' }, commands: [{ type: 'readStorage' }] };
    case 'stored': {
      const newer = e.doc !== null && (e.rev > s.rev || s.doc === null);
      const shown: TabState<D> = newer ? { ...s, doc: e.doc, rev: e.rev } : s;
      const show: TabCommand<D>[] = newer && e.doc !== null ? [{ type: 'show', rev: e.rev, doc: e.doc }] : [];
      if (s.role === 'acquired') {
        // Never below what is stored: a later writer continues from the stored revision.
        const ready: TabState<D> = { ...shown, role: 'writer', rev: Math.max(shown.rev, e.rev) };
        if (s.handoverAsked) {
          const gone = letGo(ready, 'released', 'follower');
          return { state: gone.state, commands: [...show, ...gone.commands] };
        }
        return { state: ready, commands: [...show, { type: 'post', message: { type: 'writing', docId: s.docId, from: s.tab } }] };
      }
      if (s.role === 'follower' || s.role === 'claiming' || s.role === 'waiting') return { state: shown, commands: show };
      return same;
    }
    case 'edited':
      if (s.role !== 'writer') return { ...same, refused: true };
      return { state: { ...s, doc: e.doc, dirty: true }, commands: [] };
    case 'saveDue': {
      if (s.role !== 'writer') return same;
      return save(s);
    }
    case 'message': {
      const m = e.message;
      if (m.docId !== s.docId || m.from === s.tab) return same;
      switch (m.type) {
        case 'saved':
          if (holdsLock(s) || m.rev <= s.rev) return same;
          return { state: { ...s, doc: m.doc, rev: m.rev }, commands: [{ type: 'show', rev: m.rev, doc: m.doc }] };
        case 'handover':
          if (s.role === 'writer') return letGo(s, 'released', 'follower');
          if (s.role === 'acquired') return { state: { ...s, handoverAsked: true }, commands: [] };
          return same;
        case 'released':
        case 'bye':
          // The lock may be free: a follower tries for it (a claimer is already queued).
          if (s.role === 'follower') return { state: { ...s, role: 'waiting' }, commands: [{ type: 'requestLock', patience: 'brief' }] };
          return same;
        case 'writing':
          // Our handover request reached nobody who could answer it (the new writer was still queued): ask again.
          if (s.role === 'claiming') return { state: s, commands: [{ type: 'post', message: { type: 'handover', docId: s.docId, from: s.tab } }] };
          return same;
      }
      return same;
    }
    case 'claim':
      if (s.role !== 'follower' && s.role !== 'waiting') return same;
      return {
        state: { ...s, role: 'claiming' },
        commands: [
          // From waiting: drop the brief request, and read what is stored (nothing may be shown yet).
          ...(s.role === 'waiting' ? [{ type: 'releaseLock' } as const, { type: 'readStorage' } as const] : []),
          { type: 'post', message: { type: 'handover', docId: s.docId, from: s.tab } },
          { type: 'requestLock', patience: 'queue' },
        ],
      };
    case 'leave':
      if (s.role === 'writer') return letGo(s, 'bye', 'gone');
      if (s.role === 'acquired') return { state: { ...s, role: 'gone' }, commands: [{ type: 'post', message: { type: 'bye', docId: s.docId, from: s.tab } }, { type: 'releaseLock' }] };
      return { state: { ...s, role: 'gone' }, commands: [{ type: 'releaseLock' }] };
  }
  return same;
}
