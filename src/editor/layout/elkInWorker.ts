import type { ElkEngine } from '../../../models/layout';

let engine: Promise<ElkEngine> | undefined;

/**
 * ELK in a Web Worker, loaded lazily in its own chunk the first time a layout
 * is asked for: the page never freezes while it works, and the entry chunk
 * carries none of it.
 */
export function elkInWorker(): Promise<ElkEngine> {
  engine ??= import('elkjs/lib/elk-api.js').then(({ default: ELK }) => {
    const elk = new ELK({
      workerFactory: () => new Worker(new URL('elkjs/lib/elk-worker.min.js', import.meta.url)),
    });
    return { layout: (graph) => elk.layout(graph) };
  });
  return engine;
}
