/**
 * Progress per trainee name, in an IndexedDB database of its own (not the documents' one):
 * store `trainees` keyed by name holds the attempts; `meta` remembers the last name used.
 */
import type { Attempt } from '../../models/practice';

const DB_NAME = 'prokuratura-practice';
const VERSION = 1;

export interface TraineeRecord {
  name: string;
  attempts: Attempt[];
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('trainees')) db.createObjectStore('trainees', { keyPath: 'name' });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB did not open'));
  });
}

function run<T>(store: string, mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const req = f(tx.objectStore(store));
        tx.oncomplete = () => { db.close(); resolve(req.result as T); };
        tx.onerror = () => { db.close(); reject(tx.error ?? new Error('IndexedDB transaction failed')); };
      }),
  );
}

export async function loadTrainee(name: string): Promise<TraineeRecord> {
  const r = await run<TraineeRecord | undefined>('trainees', 'readonly', (s) => s.get(name));
  return r ?? { name, attempts: [] };
}

export function saveTrainee(record: TraineeRecord): Promise<unknown> {
  return run('trainees', 'readwrite', (s) => s.put(record));
}

export async function lastTrainee(): Promise<string> {
  const r = await run<string | undefined>('meta', 'readonly', (s) => s.get('lastTrainee'));
  return typeof r === 'string' ? r : '';
}

export function setLastTrainee(name: string): Promise<unknown> {
  return run('meta', 'readwrite', (s) => s.put(name, 'lastTrainee'));
}
