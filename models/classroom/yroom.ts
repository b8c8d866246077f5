/**
 * The room's Yjs document as plain data, and the server's operations applied to it. Only types
 * come from yjs here: the document is handed in, so this stays free of any runtime.
 *
 * Layout: maps `meta`, `session`, `students`, `presence`, `answers`, `seats` (one JSON value per
 * key) and the array `events` (the council run's accepted events, in order).
 */
import type * as Y from 'yjs';
import type { CouncilVoteEvent } from '../procedures/councilVote';
import type { MapName, Op } from './decide';
import type { RoomState } from './schema';

const MAPS: readonly MapName[] = ['meta', 'session', 'students', 'presence', 'answers', 'seats'];

function mapToObject(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

export function readRoom(doc: Y.Doc): RoomState {
  const m = (name: MapName) => mapToObject(doc.getMap<unknown>(name));
  return {
    meta: m('meta'),
    session: m('session'),
    students: m('students') as RoomState['students'],
    presence: m('presence') as RoomState['presence'],
    answers: m('answers') as RoomState['answers'],
    seats: m('seats') as RoomState['seats'],
    events: doc.getArray<CouncilVoteEvent>('events').toArray(),
  };
}

/** Applies the operations in one transaction (one update on the wire). */
export function applyOps(doc: Y.Doc, ops: readonly Op[], origin: unknown = 'classroom-server'): void {
  if (ops.length === 0) return;
  doc.transact(() => {
    for (const o of ops) {
      if (o.op === 'push') doc.getArray<CouncilVoteEvent>('events').push([o.event]);
      else if (o.op === 'clearEvents') {
        const a = doc.getArray<CouncilVoteEvent>('events');
        if (a.length > 0) a.delete(0, a.length);
      } else if (o.op === 'set') doc.getMap<unknown>(o.map).set(o.key, o.value);
      else doc.getMap<unknown>(o.map).delete(o.key);
    }
  }, origin);
}

/** Every top-level type this document uses (a client observing them sees every change). */
export const ROOM_TYPES = { maps: MAPS, array: 'events' } as const;
