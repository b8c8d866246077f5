import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDbForTests, DB_NAME, DB_VERSION, getAllLessonsRaw, getAllRaw, getMeta, putLessonRecord } from '../../../src/persistence/db';

const g = globalThis as { indexedDB?: IDBFactory };
let before: IDBFactory | undefined;

beforeEach(() => {
  before = g.indexedDB;
  g.indexedDB = new IDBFactory();
  closeDbForTests();
});
afterEach(() => {
  closeDbForTests();
  if (before) g.indexedDB = before;
  else delete g.indexedDB;
});

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('request failed'));
  });
}

/** A database as version 1 of the app left it: documents and meta, no lessons store. */
async function makeV1(): Promise<void> {
  const open = g.indexedDB!.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('documents', { keyPath: 'id' });
    open.result.createObjectStore('meta');
  };
  const db = await req(open);
  const tx = db.transaction(['documents', 'meta'], 'readwrite');
  tx.objectStore('documents').put({ id: 'doc-1', name: 'Менің құжатым', updatedAt: 1, file: { format: 'prokuratura.org', version: 1 } });
  tx.objectStore('documents').put({ id: 'doc-2', name: 'Second', updatedAt: 2, file: { anything: [1, 2, 3] } });
  tx.objectStore('meta').put('doc-2', 'lastOpen');
  await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
  db.close();
}

describe('the IndexedDB upgrade to the lessons store', () => {
  it('is version 2', () => {
    expect(DB_VERSION).toBe(2);
  });

  it('upgrades a version-1 database with its documents and settings intact, and adds an empty lessons store', async () => {
    await makeV1();
    const docs = await getAllRaw();
    expect(docs.map((d) => d.value)).toEqual([
      { id: 'doc-1', name: 'Менің құжатым', updatedAt: 1, file: { format: 'prokuratura.org', version: 1 } },
      { id: 'doc-2', name: 'Second', updatedAt: 2, file: { anything: [1, 2, 3] } },
    ]);
    expect(await getMeta('lastOpen')).toBe('doc-2');
    expect(await getAllLessonsRaw()).toEqual([]);
    await putLessonRecord({ id: 'l1' });
    expect(await getAllLessonsRaw()).toEqual([{ id: 'l1' }]);
    expect((await getAllRaw()).length).toBe(2);
  });

  it('creates every store in a fresh database', async () => {
    expect(await getAllRaw()).toEqual([]);
    expect(await getAllLessonsRaw()).toEqual([]);
  });
});
