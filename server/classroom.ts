/**
 * The classroom server: one Node process that serves the built app and a Yjs sync endpoint
 * (Hocuspocus 3.4.4; 4.x needs Node 22, this machine and the schools' have Node 20) on the same
 * origin, keeps every room's document in files under the data directory, and optionally shares
 * rooms with other classroom servers over Redis.
 *
 * Every client connects read-only: the server drops any Yjs update a client sends. Clients
 * change the room by stateless messages; the server checks each one (size, schema, throttle,
 * role in models/classroom/decide.ts) and applies the result to the document itself.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server, type connectedPayload, type Document, type Extension, type onAuthenticatePayload, type onDisconnectPayload, type onStatelessPayload } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import {
  applyOps,
  applyOpsToState,
  clientMessageSchema,
  createThrottle,
  decide,
  LIMITS,
  presenceOps,
  readRoom,
  roomCodeOf,
  tokenSchema,
  type Identity,
  type Op,
  type ServerReply,
  type Throttle,
} from '../models/classroom';
import { createFileStore } from './fileStore';
import { lanAddresses } from './lan';
import { serveStatic } from './static';

export interface ClassroomServerOptions {
  port: number;
  /** Address to listen on (all interfaces by default, so phones on the LAN reach it). */
  host?: string;
  dataDir: string;
  /** The built app (dist/); without it only the sync endpoint answers. */
  distDir?: string;
  redis?: { host: string; port: number };
  /** Messages a connection may burst, then send per second. */
  throttle?: { capacity: number; perSecond: number };
  /** ms between a change and its write to disk. */
  storeDebounce?: number;
  log?: (line: string) => void;
}

export interface ClassroomServer {
  port: number;
  server: Server;
  stop(): Promise<void>;
}

interface ConnectionContext {
  identity: Identity;
  studentId?: string;
  throttle: Throttle;
  /** The name shown in the server log for refusals (never the secrets). */
  who: string;
}

/** Hocuspocus wants hooks that return promises; ours are synchronous (a throw still refuses). */
function asHook<A, R>(f: (a: A) => R): (a: A) => Promise<R> {
  return (a) => new Promise((resolve) => resolve(f(a)));
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export async function startClassroomServer(opts: ClassroomServerOptions): Promise<ClassroomServer> {
  const log = opts.log ?? (() => undefined);
  const store = createFileStore(opts.dataDir);
  /** Live connections per room and student on this server (attendance is seated and connected). */
  const connections = new Map<string, Map<string, number>>();

  const count = (doc: string, student: string, delta: number): number => {
    let m = connections.get(doc);
    if (!m) {
      m = new Map<string, number>();
      connections.set(doc, m);
    }
    const n = Math.max(0, (m.get(student) ?? 0) + delta);
    if (n === 0) m.delete(student);
    else m.set(student, n);
    return n;
  };

  const commit = (document: Document, ops: Op[], context: unknown) => {
    if (ops.length === 0) return;
    applyOps(document, ops);
    // Writes made by the server itself are not stored by Hocuspocus unless asked to.
    void server.hocuspocus.storeDocumentHooks(document, {
      clientsCount: document.getConnectionsCount(),
      context,
      document,
      documentName: document.name,
      instance: server.hocuspocus,
      requestHeaders: {},
      requestParameters: new URLSearchParams(),
      socketId: 'server',
    });
  };

  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => store.read(documentName),
      store: async ({ documentName, state }) => store.write(documentName, state),
    }),
  ];
  if (opts.redis) {
    // ioredis in subscriber mode refuses CLIENT SETINFO; without this nothing syncs (stack-notes.md).
    extensions.push(new Redis({ host: opts.redis.host, port: opts.redis.port, options: { disableClientInfo: true } }));
  }

  const server: Server = new Server({
    port: opts.port,
    address: opts.host ?? '0.0.0.0',
    quiet: true,
    stopOnSignals: false,
    debounce: opts.storeDebounce ?? 200,
    maxDebounce: 1000,
    extensions,

    onAuthenticate: asHook(({ token, documentName, connectionConfig, context }: onAuthenticatePayload) => {
      if (roomCodeOf(documentName) === null) throw new Error('no such room');
      let raw: unknown;
      try {
        raw = JSON.parse(token);
      } catch {
        throw new Error('bad token');
      }
      const parsed = tokenSchema.safeParse(raw);
      if (!parsed.success) throw new Error('bad token');
      // Nobody writes the document directly: every change is a message the server checks.
      connectionConfig.readOnly = true;
      const t = parsed.data;
      const ctx = context as Partial<ConnectionContext>;
      ctx.identity = t.role === 'teacher' ? { role: 'teacher', keyHash: sha256(t.key) } : { role: 'student', id: t.id, secretHash: sha256(t.secret) };
      if (t.role === 'student') ctx.studentId = t.id;
      ctx.throttle = createThrottle(opts.throttle);
      ctx.who = t.role === 'teacher' ? 'teacher' : t.id;
      return ctx;
    }),

    connected: asHook(({ context, connection }: connectedPayload) => {
      const ctx = context as ConnectionContext;
      if (!ctx.studentId) return;
      const n = count(connection.document.name, ctx.studentId, +1);
      if (n === 1) commit(connection.document, presenceOps(readRoom(connection.document), ctx.studentId, true), context);
    }),

    onDisconnect: asHook(({ context, document }: onDisconnectPayload) => {
      const ctx = context as Partial<ConnectionContext>;
      if (!ctx.studentId) return;
      const n = count(document.name, ctx.studentId, -1);
      if (n === 0) commit(document, presenceOps(readRoom(document), ctx.studentId, false), context);
    }),

    onStateless: asHook(({ connection, document, payload }: onStatelessPayload) => {
      const ctx = connection.context as ConnectionContext;
      const reply = (r: ServerReply) => connection.sendStateless(JSON.stringify(r));
      const limit = ctx.identity.role === 'teacher' ? LIMITS.teacherMessageBytes : LIMITS.studentMessageBytes;
      const pass = ctx.throttle.take(Date.now());
      if (pass !== 'pass') {
        // Said once per burst, not once per dropped message.
        if (pass === 'first') reply({ type: 'refused', request: 'unknown', code: 'throttled' });
        return;
      }
      const refusedBefore = ctx.throttle.drainRefused();
      if (refusedBefore > 0) log(`${ctx.who}: ${refusedBefore} messages throttled`);
      if (Buffer.byteLength(payload, 'utf8') > limit) {
        reply({ type: 'refused', request: 'unknown', code: 'messageTooLarge', values: { limit } });
        return;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(payload);
      } catch {
        reply({ type: 'refused', request: 'unknown', code: 'messageInvalid' });
        return;
      }
      const ref = typeof (raw as { ref?: unknown })?.ref === 'string' ? (raw as { ref: string }).ref.slice(0, 40) : undefined;
      const request = typeof (raw as { type?: unknown })?.type === 'string' ? (raw as { type: string }).type.slice(0, 40) : 'unknown';
      const parsed = clientMessageSchema.safeParse(raw);
      if (!parsed.success) {
        reply({ type: 'refused', request, ...(ref ? { ref } : {}), code: 'messageInvalid', values: { issue: parsed.error.issues[0]?.message ?? '' } });
        return;
      }
      const msg = parsed.data;
      const room = readRoom(document);
      const decision = decide(room, ctx.identity, msg, Date.now());
      if (!decision.ok) {
        log(`${ctx.who}: ${msg.type} refused: ${decision.code}`);
        reply({ type: 'refused', request, ...(ref ? { ref } : {}), code: decision.code, ...(decision.values ? { values: decision.values } : {}) });
        return;
      }
      let ops = decision.ops;
      // A student who joins while connected is present from that moment.
      if (msg.type === 'student.join' && ctx.studentId && (connections.get(document.name)?.get(ctx.studentId) ?? 0) > 0) {
        ops = [...ops, ...presenceOps(applyOpsToState(room, ops), ctx.studentId, true)];
      }
      commit(document, ops, connection.context);
      reply({ type: 'ack', request, ...(ref ? { ref } : {}) });
    }),
  });

  // The same origin serves the app: replace Hocuspocus's welcome text with the built files.
  server.httpServer.removeAllListeners('request');
  server.httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.split('?')[0] === '/classroom-info.json') {
      // The teacher's page on localhost asks where phones on the network should go.
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ addresses: lanAddresses(), port: server.address.port }));
    } else if (opts.distDir) serveStatic(opts.distDir, req, res);
    else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The classroom server was started without the built app (run npm run build).');
    }
  });

  await server.listen();
  const port = server.address.port;
  return {
    port,
    server,
    async stop() {
      await server.destroy();
      await store.flush();
      // Hocuspocus closes the documents but leaves the sockets open; a stopped server drops them,
      // as an ended process would, so clients see the loss and reconnect.
      for (const ws of server.webSocketServer.clients) ws.terminate();
      server.httpServer.closeAllConnections();
    },
  };
}
