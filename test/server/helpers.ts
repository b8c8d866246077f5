import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { hexFrom, roomCodeFrom, type RoomState, type Token } from '../../models/classroom';
import { startClassroomServer, type ClassroomServerOptions } from '../../server/classroom';
import { ClassroomClient } from '../../src/classroom/client';

/** Ports 18400–18499 are this suite's; each file takes its own slice. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'classroom-'));
}

export function newCode(): string {
  return roomCodeFrom(randomBytes(6));
}

export function teacherToken(): Token {
  return { role: 'teacher', key: hexFrom(randomBytes(16)) };
}

export function studentToken(): Extract<Token, { role: 'student' }> {
  return { role: 'student', id: `s-${hexFrom(randomBytes(6))}`, secret: hexFrom(randomBytes(16)) };
}

export function startServer(port: number, dataDir: string, extra: Partial<ClassroomServerOptions> = {}) {
  return startClassroomServer({ port, host: '127.0.0.1', dataDir, storeDebounce: 20, ...extra });
}

export function connect(port: number, code: string, token: Token): ClassroomClient {
  return new ClassroomClient({ url: `ws://127.0.0.1:${port}/classroom`, code, token, WebSocketPolyfill: WebSocket });
}

/** Resolves once the client's room satisfies `pred` (checked on every change; the test's timeout bounds it). */
export function until(client: ClassroomClient, pred: (room: RoomState) => boolean): Promise<RoomState> {
  return new Promise((resolve) => {
    if (client.synced && pred(client.room)) {
      resolve(client.room);
      return;
    }
    const off = client.subscribe(() => {
      if (client.synced && pred(client.room)) {
        off();
        resolve(client.room);
      }
    });
  });
}

export function untilStatus(client: ClassroomClient, status: ClassroomClient['status']): Promise<void> {
  return new Promise((resolve) => {
    if (client.status === status) return resolve();
    const off = client.subscribe(() => {
      if (client.status === status) {
        off();
        resolve();
      }
    });
  });
}

/** A six-member transport council (quorum 4 of 6), as in public/scenarios/council-casting-vote.json. */
export const COUNCIL_INPUT = {
  startDate: '2025-09-11',
  body: {
    kind: 'coordinationCouncil' as const,
    level: 'transport' as const,
    chairId: 'transport-chief',
    permanentMembers: ['transport-chief', 'agency-mvd-transport', 'agency-knb-transport', 'agency-railways', 'agency-civil-aviation', 'agency-customs'],
  },
};
