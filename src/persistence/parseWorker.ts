/// <reference lib="webworker" />
/**
 * Parses and validates an org file off the main thread (readOrgFile.ts).
 * Receives the raw bytes (transferred, not copied) or, for an image, the
 * embedded text; answers once with the result and the time it took.
 */
import { readOrgBytes, readOrgText, type ReadResult } from './orgText';

export type WorkerRequest = { bytes: ArrayBuffer } | { text: string };
export interface WorkerReply {
  result: ReadResult;
  ms: number;
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const started = performance.now();
  const result = 'text' in e.data ? readOrgText(e.data.text) : readOrgBytes(e.data.bytes);
  const reply: WorkerReply = { result, ms: Math.round(performance.now() - started) };
  self.postMessage(reply);
};
