/**
 * The projector window and the presenter window talk over a BroadcastChannel: same origin, same
 * machine, no server. The projector says where it stands; the presenter window may ask it to move.
 */
export type SyncMessage =
  | { type: 'state'; lesson: string; stop: number; startedAt: number }
  | { type: 'go'; lesson: string; stop: number }
  | { type: 'hello'; lesson: string };

export const CHANNEL = 'prokuratura.lessons';

export function openChannel(onMessage: (m: SyncMessage) => void): { post: (m: SyncMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent<SyncMessage>) => {
    const m = e.data;
    if (m && typeof m === 'object' && typeof m.type === 'string' && typeof m.lesson === 'string') onMessage(m);
  };
  return { post: (m) => ch.postMessage(m), close: () => ch.close() };
}
