import { readOrgBytes, readOrgText, refuse, type ReadResult } from './orgText';
import type { WorkerReply, WorkerRequest } from './parseWorker';

export { checkStoredDocument, readOrgBytes, readOrgText, type FileProblem, type ReadResult } from './orgText';

/** Beyond this a file is refused before it is read: 20 MB holds far more than the 20,000 units the schema allows. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

// ---- Reading state, for a "reading…" hint in the toolbar -----------------

export interface ReadingState {
  name: string;
  bytes: number;
}
let reading: ReadingState | null = null;
const readingListeners = new Set<() => void>();
function setReading(next: ReadingState | null) {
  reading = next;
  for (const l of readingListeners) l();
}
/** How long the last parse and validation took in the worker (ms); shown as a data attribute for tests and the bench. */
let lastWorkerMs: number | null = null;
export const readingStatus = {
  get: (): ReadingState | null => reading,
  lastWorkerMs: (): number | null => lastWorkerMs,
  subscribe: (listener: () => void): (() => void) => {
    readingListeners.add(listener);
    return () => readingListeners.delete(listener);
  },
};

// ---- The worker ------------------------------------------------------------


function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Parses and validates off the main thread, so a 10 MB file never freezes the
 * page. One short-lived worker per read: nothing is left behind if a read is
 * abandoned. Falls back to the main thread where workers are missing (tests).
 */
function readInWorker(request: WorkerRequest, transfer: Transferable[]): Promise<ReadResult> {
  const worker = createWorker();
  if (!worker) {
    return Promise.resolve('text' in request ? readOrgText(request.text) : readOrgBytes(request.bytes));
  }
  return new Promise<ReadResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      lastWorkerMs = e.data.ms;
      worker.terminate();
      resolve(e.data.result);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve(refuse('(file)', {
        kk: `Файлды оқу сәтсіз аяқталды: ${e.message}`,
        ru: `Не удалось прочитать файл: ${e.message}`,
        en: `The file could not be read: ${e.message}`,
      }));
    };
    worker.postMessage(request, transfer);
  });
}

// ---- Images with an embedded document (the export engineer's reader) -------

type EmbeddedReader = (bytes: Uint8Array, mimeType: string) => string | null;
// A glob import: present once src/export/embedded.ts exists, an empty map until then.
const embeddedModules = import.meta.glob<{ readEmbeddedDocument?: EmbeddedReader }>('../export/embedded.ts');

async function embeddedReader(): Promise<EmbeddedReader | null> {
  const load = Object.values(embeddedModules)[0];
  if (!load) return null;
  try {
    return (await load()).readEmbeddedDocument ?? null;
  } catch {
    return null;
  }
}

function imageType(file: File, head: Uint8Array): 'image/png' | 'image/svg+xml' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => head[i] === b) || file.type === 'image/png' || /\.png$/i.test(file.name)) return 'image/png';
  if (file.type === 'image/svg+xml' || /\.svg$/i.test(file.name)) return 'image/svg+xml';
  return null;
}

/**
 * Reads a `.prokuratura.json` file, or a PNG/SVG exported with the document
 * embedded. Never throws: a refusal lists what is wrong.
 */
export async function readOrgFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return refuse(file.name, {
      kk: `Файл көлемі ${mb(file.size)} МБ; ең көбі ${MAX_FILE_BYTES / MB} МБ ашуға болады.`,
      ru: `Размер файла ${mb(file.size)} МБ; открыть можно не больше ${MAX_FILE_BYTES / MB} МБ.`,
      en: `The file is ${mb(file.size)} MB; at most ${MAX_FILE_BYTES / MB} MB can be opened.`,
    });
  }
  setReading({ name: file.name, bytes: file.size });
  try {
    const buffer = await file.arrayBuffer();
    const bytes = new Uint8Array(buffer);
    const image = imageType(file, bytes.subarray(0, 8));
    if (image) {
      const read = await embeddedReader();
      if (!read) {
        return refuse(file.name, {
          kk: 'Суреттен құжатты ашу әзірге қолжетімсіз: .prokuratura.json файлын ашыңыз.',
          ru: 'Открыть документ из картинки пока нельзя: откройте файл .prokuratura.json.',
          en: 'Opening a document from an image is not available yet: open a .prokuratura.json file.',
        });
      }
      let text: string | null;
      try {
        text = read(bytes, image);
      } catch {
        text = null;
      }
      if (text === null) {
        return refuse(file.name, {
          kk: 'Бұл суретте Prokuratura Studio құжаты жоқ.',
          ru: 'В этой картинке нет документа Prokuratura Studio.',
          en: 'This image holds no Prokuratura Studio document.',
        });
      }
      return await readInWorker({ text }, []);
    }
    return await readInWorker({ bytes: buffer }, [buffer]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return refuse(file.name, { kk: `Файлды оқу мүмкін болмады: ${why}`, ru: `Не удалось прочитать файл: ${why}`, en: `The file could not be read: ${why}` });
  } finally {
    setReading(null);
  }
}
