/**
 * Asks the browser once to keep our storage (`navigator.storage.persist()`),
 * so the documents in IndexedDB are not evicted when the disk fills up, and
 * tells the documents menu the answer. "Once": the request is made only if
 * the storage is not persisted already and we have not asked before; on every
 * later start the answer is read with `persisted()`, which asks nothing.
 */
export type StorageAnswer = 'asking' | 'persisted' | 'bestEffort' | 'unknown';

const ASKED_KEY = 'prokuratura.persistAsked';

let answer: StorageAnswer = 'asking';
const listeners = new Set<() => void>();

function set(next: StorageAnswer) {
  answer = next;
  for (const l of listeners) l();
}

export const storagePersistence = {
  get: (): StorageAnswer => answer,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function askedBefore(): boolean {
  try {
    return localStorage.getItem(ASKED_KEY) === '1';
  } catch {
    return true; // no localStorage: do not keep asking
  }
}

function rememberAsked() {
  try {
    localStorage.setItem(ASKED_KEY, '1');
  } catch {
    // nothing to remember it in
  }
}

let started = false;

/** Reads (and once, asks for) persistent storage; never rejects. */
export async function requestPersistentStorage(): Promise<StorageAnswer> {
  if (started) return answer;
  started = true;
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage || typeof storage.persisted !== 'function') {
    set('unknown');
    return answer;
  }
  try {
    let kept = await storage.persisted();
    if (!kept && typeof storage.persist === 'function' && !askedBefore()) {
      rememberAsked();
      kept = await storage.persist();
    }
    set(kept ? 'persisted' : 'bestEffort');
  } catch {
    set('unknown');
  }
  return answer;
}
