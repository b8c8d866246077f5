import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canEdit, holdsLock, initialTab, stepTab, type TabCommand, type TabEvent, type TabMessage, type TabState } from '../../../src/persistence/tabProtocol';

/**
 * Many tabs on one document against a simulated world: a Web Lock (one holder,
 * a FIFO queue, brief requests that time out), a BroadcastChannel (in order
 * per sender, any order between senders), and a store that keeps the last
 * write. A document is the list of edit ids it contains, so "lost" is exact.
 */
type Doc = readonly number[];
const DOC = 'doc-1';

interface Tab {
  state: TabState<Doc>;
  /** Messages waiting for this tab, per sender (BroadcastChannel keeps each sender's order). */
  inbox: Map<string, TabMessage<Doc>[]>;
  /** Answers of the lock and the store, in the order they were asked. */
  own: ({ type: 'lockGranted' } | { type: 'read' })[];
  shown: Doc | null;
}

class World {
  tabs = new Map<string, Tab>();
  holder: string | null = null;
  queue: { tab: string; patience: 'brief' | 'queue' }[] = [];
  stored: { rev: number; doc: Doc } = { rev: 0, doc: [] };
  accepted = new Set<number>();
  lostInCrash = new Set<number>();
  nextTab = 0;
  nextEdit = 1;

  alive(): string[] {
    return [...this.tabs.keys()];
  }

  open(): string {
    const id = `t${this.nextTab++}`;
    this.tabs.set(id, { state: initialTab<Doc>(id, DOC), inbox: new Map(), own: [], shown: null });
    this.dispatch(id, { type: 'start' });
    return id;
  }

  dispatch(id: string, e: TabEvent<Doc>): boolean {
    const tab = this.tabs.get(id);
    if (!tab) return false;
    const r = stepTab(tab.state, e);
    tab.state = r.state;
    for (const c of r.commands) this.run(id, c);
    this.check();
    return r.refused !== true;
  }

  private grant(id: string) {
    this.holder = id;
    this.tabs.get(id)?.own.push({ type: 'lockGranted' });
  }

  private release(id: string) {
    this.queue = this.queue.filter((q) => q.tab !== id);
    const tab = this.tabs.get(id);
    if (tab) tab.own = tab.own.filter((o) => o.type !== 'lockGranted');
    if (this.holder !== id) return;
    this.holder = null;
    const next = this.queue.shift();
    if (next) this.grant(next.tab);
  }

  private run(id: string, c: TabCommand<Doc>) {
    const tab = this.tabs.get(id);
    if (!tab) return;
    switch (c.type) {
      case 'requestLock':
        if (this.holder === null && this.queue.length === 0) this.grant(id);
        else this.queue.push({ tab: id, patience: c.patience });
        return;
      case 'releaseLock':
        this.release(id);
        return;
      case 'readStorage':
        tab.own.push({ type: 'read' });
        return;
      case 'write':
        // At most one writer: only the lock's holder ever writes.
        expect(this.holder, `${id} writes without the lock`).toBe(id);
        expect(c.rev).toBeGreaterThan(this.stored.rev);
        // Nothing saved is lost: every write continues the stored version.
        expect(c.doc.slice(0, this.stored.doc.length), 'a write drops a saved edit').toEqual(this.stored.doc);
        this.stored = { rev: c.rev, doc: c.doc };
        return;
      case 'post':
        for (const [other, t] of this.tabs) {
          if (other === id) continue;
          const q = t.inbox.get(id) ?? [];
          q.push(c.message);
          t.inbox.set(id, q);
        }
        return;
      case 'show':
        tab.shown = c.doc;
        return;
    }
  }

  check() {
    const holders = [...this.tabs.values()].filter((t) => holdsLock(t.state));
    expect(holders.length, 'at most one writer').toBeLessThanOrEqual(1);
    for (const h of holders) expect(this.holder).toBe(h.state.tab);
  }

  edit(id: string) {
    const tab = this.tabs.get(id);
    if (!tab) return;
    const n = this.nextEdit++;
    const writer = canEdit(tab.state);
    const ok = this.dispatch(id, { type: 'edited', doc: [...(tab.state.doc ?? []), n] });
    expect(ok).toBe(writer);
    if (ok) this.accepted.add(n);
  }

  /** Delivers one pending thing to a tab: its own next answer, or the next message of the `pick`th sender. */
  deliver(id: string, pick: number): boolean {
    const tab = this.tabs.get(id);
    if (!tab) return false;
    const senders = [...tab.inbox.entries()].filter(([, q]) => q.length > 0);
    const choices = senders.length + (tab.own.length > 0 ? 1 : 0);
    if (choices === 0) return false;
    const k = pick % choices;
    if (k === senders.length) {
      const next = tab.own.shift();
      if (next?.type === 'lockGranted') this.dispatch(id, { type: 'lockGranted' });
      else this.dispatch(id, { type: 'stored', rev: this.stored.rev, doc: this.stored.doc });
      return true;
    }
    const message = senders[k]?.[1].shift();
    if (message) this.dispatch(id, { type: 'message', message });
    return true;
  }

  timeout(id: string): boolean {
    const waiting = this.queue.find((q) => q.tab === id && q.patience === 'brief');
    if (!waiting) return false;
    this.queue = this.queue.filter((q) => q !== waiting);
    this.dispatch(id, { type: 'lockDenied' });
    return true;
  }

  close(id: string) {
    if (!this.tabs.has(id)) return;
    this.dispatch(id, { type: 'leave' });
    this.die(id);
  }

  /** Gone without a word (the tab crashed or was killed): what it had not written is lost, nothing else. */
  crash(id: string) {
    const tab = this.tabs.get(id);
    if (!tab) return;
    if (tab.state.dirty) for (const n of tab.state.doc ?? []) if (!this.stored.doc.includes(n)) this.lostInCrash.add(n);
    this.die(id);
  }

  private die(id: string) {
    this.release(id);
    this.tabs.delete(id);
  }

  /** Delivers everything and lets every brief request time out, until nothing moves. */
  settle() {
    for (let round = 0; round < 10_000; round++) {
      let moved = false;
      for (const id of this.alive()) {
        while (this.deliver(id, 0)) moved = true;
      }
      if (!moved) for (const id of this.alive()) if (this.timeout(id)) moved = true;
      if (!moved) return;
    }
    throw new Error('the tabs never settle');
  }
}

type Action =
  | { type: 'open' }
  | { type: 'edit' | 'save' | 'claim' | 'close' | 'reload' | 'crash' | 'timeout'; tab: number }
  | { type: 'deliver'; tab: number; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.constant({ type: 'open' as const }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('edit' as const), tab: fc.nat(7) }), weight: 6 },
  { arbitrary: fc.record({ type: fc.constant('save' as const), tab: fc.nat(7) }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('claim' as const), tab: fc.nat(7) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('close' as const), tab: fc.nat(7) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('reload' as const), tab: fc.nat(7) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('crash' as const), tab: fc.nat(7) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('timeout' as const), tab: fc.nat(7) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('deliver' as const), tab: fc.nat(7), pick: fc.nat(7) }), weight: 10 },
);

function play(actions: readonly Action[]): World {
  const w = new World();
  w.open();
  for (const a of actions) {
    const ids = w.alive();
    if (a.type === 'open') {
      if (ids.length < 4) w.open();
      continue;
    }
    const id = ids.length > 0 ? ids[a.tab % ids.length] : undefined;
    if (!id) {
      w.open();
      continue;
    }
    switch (a.type) {
      case 'edit':
        w.edit(id);
        break;
      case 'save':
        w.dispatch(id, { type: 'saveDue' });
        break;
      case 'claim':
        w.dispatch(id, { type: 'claim' });
        break;
      case 'close':
        w.close(id);
        break;
      case 'reload':
        w.close(id);
        w.open();
        break;
      case 'crash':
        w.crash(id);
        break;
      case 'timeout':
        w.timeout(id);
        break;
      case 'deliver':
        w.deliver(id, a.pick);
        break;
    }
  }
  return w;
}

describe('two tabs on one document: the lock and follow protocol', () => {
  it('random interleavings of edits, saves, claims, closes, reloads and crashes: one writer, nothing saved lost, followers see the last save', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 150, size: 'max' }), (actions) => {
        const w = play(actions);
        w.settle();
        // Quiet now: nobody is left waiting or claiming, and every follower shows what is stored.
        for (const t of w.tabs.values()) {
          expect(['writer', 'follower'], `${t.state.tab} is stuck`).toContain(t.state.role);
          if (t.state.role === 'follower' || t.state.role === 'claiming') expect(t.state.doc ?? []).toEqual(w.stored.doc);
        }
        // Everyone leaves properly: every accepted edit is stored, but for those a crash took before they were written.
        for (const id of w.alive()) w.close(id);
        for (const n of w.accepted) if (!w.lostInCrash.has(n)) expect(w.stored.doc, `edit ${n}`).toContain(n);
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('a follower refuses edits, and "edit here instead" moves the pen with the writer\'s pending edit saved first', () => {
    const w = new World();
    const a = w.open();
    w.settle();
    const b = w.open();
    w.settle();
    expect(w.tabs.get(a)?.state.role).toBe('writer');
    expect(w.tabs.get(b)?.state.role).toBe('follower');
    w.edit(a); // pending, not yet written
    w.edit(b); // refused
    expect(w.accepted).toEqual(new Set([1]));
    w.dispatch(b, { type: 'claim' });
    w.settle();
    expect(w.tabs.get(a)?.state.role).toBe('follower');
    expect(w.tabs.get(b)?.state.role).toBe('writer');
    expect(w.stored.doc).toEqual([1]);
    expect(w.tabs.get(b)?.shown).toEqual([1]);
    w.edit(b);
    w.dispatch(b, { type: 'saveDue' });
    w.settle();
    expect(w.tabs.get(a)?.shown).toEqual([1, 3]);
  });

  it('when the writer closes, a follower takes the pen and continues from the last save', () => {
    const w = new World();
    const a = w.open();
    w.settle();
    const b = w.open();
    w.settle();
    w.edit(a);
    w.close(a);
    w.settle();
    expect(w.tabs.get(b)?.state.role).toBe('writer');
    w.edit(b);
    w.close(b);
    expect(w.stored.doc).toEqual([1, 2]);
  });

  it('a reloaded tab continues from the last save, not from what it had before', () => {
    const w = new World();
    const a = w.open();
    w.settle();
    w.edit(a);
    w.close(a);
    const b = w.open();
    w.settle();
    w.edit(b);
    w.dispatch(b, { type: 'saveDue' });
    expect(w.stored.doc).toEqual([1, 2]);
  });

  it('messages of an older writer that arrive late never take a follower back', () => {
    let s = initialTab<Doc>('f', DOC);
    s = stepTab(s, { type: 'lockDenied' }).state;
    s = stepTab(s, { type: 'message', message: { type: 'saved', docId: DOC, from: 'b', rev: 3, doc: [1, 2, 3] } }).state;
    const late = stepTab(s, { type: 'message', message: { type: 'saved', docId: DOC, from: 'a', rev: 2, doc: [1, 2] } });
    expect(late.commands).toEqual([]);
    expect(late.state.doc).toEqual([1, 2, 3]);
  });
});
