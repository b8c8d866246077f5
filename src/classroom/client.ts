/**
 * The sync layer of the live classroom, without React: one Hocuspocus provider per room, the
 * room read from its Yjs document, and messages to the server with their answers. The same
 * class runs in the browser, in the Node tests and in the bench (pass `WebSocketPolyfill`).
 *
 * A message sent while the connection is down waits in an outbox and goes out again when the
 * room has synced, so a reconnect loses no answer and no vote.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { readRoom } from '../../models/classroom/yroom';
import { emptyRoom, roomDocName, type ClientMessage, type RoomState, type ServerReply, type Token } from '../../models/classroom/schema';

export type ConnectionStatus = 'connecting' | 'connected' | 'lost' | 'refused';

export interface ClassroomClientOptions {
  /** ws:// or wss:// URL of the classroom server's sync endpoint. */
  url: string;
  code: string;
  token: Token;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  WebSocketPolyfill?: any;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type OutgoingMessage = DistributiveOmit<ClientMessage, 'ref'>;

interface Pending {
  msg: ClientMessage;
  resolve: (r: ServerReply) => void;
}

/** The sync endpoint of the server this page came from (same origin). */
export function sameOriginUrl(loc: { protocol: string; host: string }): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/classroom`;
}

export class ClassroomClient {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly listeners = new Set<() => void>();
  private readonly replyListeners = new Set<(r: ServerReply) => void>();
  private readonly pending = new Map<string, Pending>();
  private nextRef = 1;
  private snapshot: RoomState = emptyRoom();
  status: ConnectionStatus = 'connecting';
  synced = false;

  constructor(opts: ClassroomClientOptions) {
    this.socket = new HocuspocusProviderWebsocket({
      url: opts.url,
      ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill as unknown } : {}),
      // Keep trying while a class is on: a server restart is a pause, not the end.
      maxAttempts: 0,
      delay: 500,
      minDelay: 250,
      maxDelay: 4000,
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: roomDocName(opts.code),
      document: this.doc,
      token: JSON.stringify(opts.token),
      onStateless: ({ payload }) => this.onReply(payload),
      onSynced: () => {
        this.synced = true;
        this.setStatus('connected');
        this.flush();
      },
      onStatus: ({ status }) => {
        if (status === WebSocketStatus.Disconnected) this.onLost();
      },
      // A server that goes away is seen as a close (the status event does not always follow).
      onClose: () => this.onLost(),
      onAuthenticationFailed: () => this.setStatus('refused'),
    });
    this.provider.attach();
    this.doc.on('update', () => {
      this.snapshot = readRoom(this.doc);
      this.emit();
    });
  }

  /** The room as last synced (a new object after every change, so React can compare it). */
  get room(): RoomState {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every reply of the server, including refusals of messages sent without waiting. */
  onServerReply(listener: (r: ServerReply) => void): () => void {
    this.replyListeners.add(listener);
    return () => this.replyListeners.delete(listener);
  }

  /** Sends a message; resolves with the server's ack or refusal (after a reconnect if need be). */
  send(msg: OutgoingMessage): Promise<ServerReply> {
    const ref = `r${this.nextRef++}`;
    const full = { ...msg, ref } as ClientMessage;
    return new Promise((resolve) => {
      this.pending.set(ref, { msg: full, resolve });
      if (this.synced) this.provider.sendStateless(JSON.stringify(full));
    });
  }

  /** Sends raw text as it is, without waiting (tests use it for malformed and forbidden input). */
  sendRaw(payload: string): void {
    this.provider.sendStateless(payload);
  }

  /** Messages not yet answered by the server. */
  get outbox(): number {
    return this.pending.size;
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
    this.listeners.clear();
  }

  private flush() {
    for (const p of this.pending.values()) this.provider.sendStateless(JSON.stringify(p.msg));
  }

  private onReply(payload: string) {
    let r: ServerReply;
    try {
      r = JSON.parse(payload) as ServerReply;
    } catch {
      return;
    }
    if (r.ref !== undefined) {
      const p = this.pending.get(r.ref);
      if (p) {
        this.pending.delete(r.ref);
        p.resolve(r);
      }
    }
    for (const l of this.replyListeners) l(r);
  }

  private onLost() {
    this.synced = false;
    if (this.status !== 'refused') this.setStatus('lost');
  }

  private setStatus(s: ConnectionStatus) {
    if (this.status === s) return;
    this.status = s;
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l();
  }
}
