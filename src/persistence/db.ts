/**
 * A few promises over the plain IndexedDB API: one database, a `documents`
 * store keyed by id, a `lessons` store (teachers' own lessons, keyed by id)
 * and a `meta` store for small settings (the last open document). Nothing
 * here knows what a document or a lesson is; they are parsed on the way in.
 */
export const DB_NAME = 'prokuratura-studio';
/** 1: documents and meta. 2: the lessons store besides them (documents kept as they were). */
export const DB_VERSION = 2;
const DOCS = 'documents';
const META = 'meta';
const LESSONS = 'lessons';

/**
 * Brings a database of any older version up to DB_VERSION, step by step. Only ever adds stores:
 * the records of an older version stay exactly as they were.
 */
export function upgradeDb(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    if (!db.objectStoreNames.contains(DOCS)) db.createObjectStore(DOCS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  }
  if (oldVersion < 2) {
    if (!db.objectStoreNames.contains(LESSONS)) db.createObjectStore(LESSONS, { keyPath: 'id' });
  }
}

/** One IndexedDB request as a promise (shared with the runs' own database, src/persistence/runs.ts). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction has committed; rejects when it failed or was aborted. */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

export function openDb(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = (e) => upgradeDb(req.result, e.oldVersion);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab opening a newer version: let it, and open afresh next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/** Every stored record, unparsed (they are checked on the way in). */
export async function getAllRaw(): Promise<{ key: IDBValidKey; value: unknown }[]> {
  const db = await openDb();
  const tx = db.transaction(DOCS, 'readonly');
  const store = tx.objectStore(DOCS);
  const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
  return keys.map((key, i) => ({ key, value: values[i] as unknown }));
}

export async function getRaw(id: string): Promise<unknown> {
  const db = await openDb();
  return request(db.transaction(DOCS, 'readonly').objectStore(DOCS).get(id));
}

export async function putRecord(record: { id: string }): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(DOCS, 'readwrite');
  tx.objectStore(DOCS).put(record);
  await done(tx);
}

export async function deleteRecord(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(DOCS, 'readwrite');
  tx.objectStore(DOCS).delete(id);
  await done(tx);
}

export async function getMeta(key: string): Promise<unknown> {
  const db = await openDb();
  return request(db.transaction(META, 'readonly').objectStore(META).get(key));
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(META, 'readwrite');
  tx.objectStore(META).put(value, key);
  await done(tx);
}

/**
 * Changes one field of a stored record inside one transaction, so a save by
 * another tab in between is never overwritten with an older document.
 * Resolves false when there is no such record.
 */
export async function patchRecord(id: string, patch: Record<string, unknown>): Promise<boolean> {
  const db = await openDb();
  const tx = db.transaction(DOCS, 'readwrite');
  const store = tx.objectStore(DOCS);
  const found: unknown = await request(store.get(id));
  const ok = found !== undefined && found !== null && typeof found === 'object';
  if (ok) store.put({ ...found, ...patch });
  await done(tx);
  return ok;
}

/** Every stored lesson record, unparsed (the caller checks each one). */
export async function getAllLessonsRaw(): Promise<unknown[]> {
  const db = await openDb();
  return request(db.transaction(LESSONS, 'readonly').objectStore(LESSONS).getAll());
}

export async function putLessonRecord(record: { id: string }): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(LESSONS, 'readwrite');
  tx.objectStore(LESSONS).put(record);
  await done(tx);
}

export async function deleteLessonRecord(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(LESSONS, 'readwrite');
  tx.objectStore(LESSONS).delete(id);
  await done(tx);
}

/** Forgets the open connection (tests open the database afresh). */
export function closeDbForTests(): void {
  void opening?.then((db) => db.close()).catch(() => undefined);
  opening = null;
}
