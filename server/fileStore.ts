/**
 * Room documents as files: one `<name>.ydoc` (the Yjs state as one update) per document under
 * the data directory. A write goes to a temporary file that is then renamed over the old one,
 * so a crash mid-write leaves the previous state, never half of a new one.
 */
import { mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FileStore {
  read(documentName: string): Promise<Uint8Array | null>;
  write(documentName: string, state: Uint8Array): Promise<void>;
  /** Resolves when every write started so far has landed. */
  flush(): Promise<void>;
}

/** `room/ABC234` -> `room_ABC234.ydoc`; any character outside [A-Za-z0-9-] becomes `_`. */
export function fileNameOf(documentName: string): string {
  return `${documentName.replace(/[^A-Za-z0-9-]/g, '_')}.ydoc`;
}

export function createFileStore(dir: string): FileStore {
  mkdirSync(dir, { recursive: true });
  /** One queue per document, so two writes of the same file never interleave. */
  const queues = new Map<string, Promise<void>>();
  let seq = 0;
  return {
    async read(documentName) {
      try {
        return new Uint8Array(await readFile(join(dir, fileNameOf(documentName))));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    write(documentName, state) {
      const file = join(dir, fileNameOf(documentName));
      const prev = queues.get(file) ?? Promise.resolve();
      const next = prev.then(async () => {
        const tmp = `${file}.${process.pid}.${++seq}.tmp`;
        await writeFile(tmp, state);
        await rename(tmp, file);
      });
      queues.set(file, next.catch(() => undefined));
      return next;
    },
    async flush() {
      await Promise.all([...queues.values()]);
    },
  };
}
