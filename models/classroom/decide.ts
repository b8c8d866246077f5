/**
 * Who may write what in a room, as one pure function: the server calls it for every message
 * with the room as it stands and the sender's identity, and applies the operations it returns
 * to the room's Yjs document. Nothing else writes the document.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { PROCEDURES } from '../procedures';
import { initialSnapshot, step } from '../procedures/core';
import type { CouncilVoteContext } from '../procedures/councilVote';
import type { CouncilVoteEvent } from '../procedures/councilVote';
import {
  answerKey,
  LIMITS,
  type ClientMessage,
  type Identity,
  type Presence,
  type RefusalCode,
  type RoomState,
  type StudentMessage,
  type TeacherMessage,
} from './schema';

/** The maps of the room document; `events` is its one array. */
export type MapName = 'meta' | 'session' | 'students' | 'presence' | 'answers' | 'seats';
export type Op =
  | { op: 'set'; map: MapName; key: string; value: unknown }
  | { op: 'delete'; map: MapName; key: string }
  | { op: 'push'; event: CouncilVoteEvent }
  | { op: 'clearEvents' };

export type Decision =
  | { ok: true; ops: Op[] }
  | { ok: false; code: RefusalCode; values?: Record<string, string | number | boolean | null> };

const refuse = (code: RefusalCode, values?: Record<string, string | number | boolean | null>): Decision => (values ? { ok: false, code, values } : { ok: false, code });

function councilDef() {
  const def = PROCEDURES.councilVote;
  if (!def) throw new Error('councilVote is not registered');
  return def;
}

/**
 * Snapshots of recent runs, step by step, so that a message that extends a run by one event
 * replays one step, not the whole meeting (a class of forty votes in turn). Pure: a cache of a
 * pure fold, keyed by the run's input and events.
 */
const runCache = new Map<string, { keys: string[]; snapshots: AnyMachineSnapshot[] }>();
const RUN_CACHE_SIZE = 32;

/** The council run's snapshot after its events (null while no council is open). */
export function councilSnapshot(room: RoomState): AnyMachineSnapshot | null {
  const council = room.session.council;
  if (!council) return null;
  const def = councilDef();
  const inputKey = JSON.stringify(council.input);
  const keys = room.events.map((e) => JSON.stringify(e));
  let entry = runCache.get(inputKey);
  if (!entry) {
    entry = { keys: [], snapshots: [initialSnapshot(def, council.input)] };
    if (runCache.size >= RUN_CACHE_SIZE) runCache.delete(runCache.keys().next().value!);
    runCache.set(inputKey, entry);
  }
  let common = 0;
  while (common < keys.length && common < entry.keys.length && keys[common] === entry.keys[common]) common++;
  entry.keys.length = common;
  entry.snapshots.length = common + 1;
  let snapshot = entry.snapshots[common];
  for (let i = common; i < room.events.length; i++) {
    snapshot = step(def, snapshot, room.events[i]).snapshot;
    entry.keys.push(keys[i]);
    entry.snapshots.push(snapshot);
  }
  return snapshot;
}

export function councilContext(room: RoomState): CouncilVoteContext | null {
  return (councilSnapshot(room)?.context as CouncilVoteContext | undefined) ?? null;
}

/** The member ids a student may sit in: the permanent members and the invited participants. */
export function seatsOf(room: RoomState): string[] {
  const body = room.session.council?.input.body;
  return body ? [...body.permanentMembers, ...(body.invited ?? [])] : [];
}

export function seatOf(room: RoomState, studentId: string): string | undefined {
  return Object.entries(room.seats).find(([, s]) => s === studentId)?.[0];
}

/**
 * Appends events in order, each checked by the procedure (explain() and the machine) against the
 * run so far; stops at the first refused one. `room.events` is not changed.
 */
function appendChecked(room: RoomState, events: CouncilVoteEvent[]): { ops: Op[]; refused?: { code: string; values?: Record<string, string | number | boolean | null> } } {
  const council = room.session.council;
  if (!council) return { ops: [], refused: { code: 'noCouncil' } };
  const def = councilDef();
  let snapshot = councilSnapshot(room)!;
  const ops: Op[] = [];
  let count = room.events.length;
  for (const event of events) {
    if (count >= LIMITS.councilEvents) return { ops, refused: { code: 'tooManyEvents' } };
    const r = step(def, snapshot, event);
    if (!r.verdict.ok) return { ops, refused: { code: r.verdict.code, ...(r.verdict.values ? { values: r.verdict.values } : {}) } };
    snapshot = r.snapshot;
    ops.push({ op: 'push', event });
    count += 1;
  }
  return { ops };
}

/** The room after some operations (the same fold the Yjs document does; used to chain checks). */
export function applyOpsToState(room: RoomState, ops: readonly Op[]): RoomState {
  const next: RoomState = {
    meta: { ...room.meta },
    session: { ...room.session },
    events: [...room.events],
    students: { ...room.students },
    presence: { ...room.presence },
    answers: { ...room.answers },
    seats: { ...room.seats },
  };
  for (const o of ops) {
    if (o.op === 'push') next.events.push(o.event);
    else if (o.op === 'clearEvents') next.events = [];
    else {
      const map = next[o.map] as Record<string, unknown>;
      if (o.op === 'set') map[o.key] = o.value;
      else delete map[o.key];
    }
  }
  return next;
}

/**
 * Attendance is who has taken a seat and is connected: for every seated member whose presence in
 * the run differs, an `attendance.mark` the run accepts now (none while the machine takes none,
 * e.g. before the session is convened).
 */
export function attendanceOps(room: RoomState): Op[] {
  const ctx = councilContext(room);
  if (!ctx) return [];
  const wanted: CouncilVoteEvent[] = [];
  for (const [memberId, studentId] of Object.entries(room.seats)) {
    const connected = room.presence[studentId]?.connected === true;
    const present = ctx.present.includes(memberId);
    if (connected !== present) wanted.push({ type: 'attendance.mark', memberId, present: connected });
  }
  const ops: Op[] = [];
  let state = room;
  for (const e of wanted) {
    const r = appendChecked(state, [e]);
    if (r.refused) continue;
    ops.push(...r.ops);
    state = applyOpsToState(state, r.ops);
  }
  return ops;
}

/** A student's connection came or went (the server counts its connections). */
export function presenceOps(room: RoomState, studentId: string, connected: boolean): Op[] {
  if (!room.students[studentId]) return [];
  const before: Presence = room.presence[studentId] ?? { connected: false, following: true };
  if (before.connected === connected) return [];
  const ops: Op[] = [{ op: 'set', map: 'presence', key: studentId, value: { ...before, connected } }];
  return [...ops, ...attendanceOps(applyOpsToState(room, ops))];
}

/**
 * The server's answer to one message: the operations to apply, or a refusal with a code.
 * @example decide(room, { role: 'student', id, secretHash }, { type: 'position.set', position }) // { ok: false, code: 'teacherOnly' }
 */
export function decide(room: RoomState, who: Identity, msg: ClientMessage, now: number): Decision {
  if (isTeacherMessage(msg)) {
    if (who.role !== 'teacher') return refuse('teacherOnly', { request: msg.type });
    const claim = room.meta.teacherKeyHash;
    if (claim !== undefined && claim !== who.keyHash) return refuse('wrongTeacherKey');
    const claimOps: Op[] = claim === undefined ? [{ op: 'set', map: 'meta', key: 'teacherKeyHash', value: who.keyHash }] : [];
    const d = decideTeacher(claim === undefined ? applyOpsToState(room, claimOps) : room, msg, now);
    return d.ok ? { ok: true, ops: [...claimOps, ...d.ops] } : d;
  }
  if (who.role !== 'student') return refuse('studentOnly', { request: msg.type });
  if (room.meta.teacherKeyHash === undefined) return refuse('roomNotStarted');
  return decideStudent(room, who, msg, now);
}

function isTeacherMessage(msg: ClientMessage): msg is TeacherMessage {
  return ['session.start', 'position.set', 'question.open', 'question.close', 'question.reveal', 'council.open', 'council.append', 'council.end'].includes(msg.type);
}

function decideTeacher(room: RoomState, msg: TeacherMessage, now: number): Decision {
  switch (msg.type) {
    case 'session.start':
      return { ok: true, ops: room.session.startedAt === undefined ? [{ op: 'set', map: 'session', key: 'startedAt', value: now }] : [] };
    case 'position.set':
      return { ok: true, ops: [{ op: 'set', map: 'session', key: 'position', value: msg.position }] };
    case 'question.open':
      return {
        ok: true,
        ops: [
          { op: 'set', map: 'session', key: 'question', value: msg.question },
          { op: 'set', map: 'session', key: 'asked', value: { ...(room.session.asked ?? {}), [msg.question.id]: msg.question } },
          { op: 'set', map: 'session', key: 'questionClosed', value: false },
          { op: 'set', map: 'session', key: 'reveal', value: null },
        ],
      };
    case 'question.close':
      if (!room.session.question) return refuse('noQuestionOpen');
      return { ok: true, ops: [{ op: 'set', map: 'session', key: 'questionClosed', value: true }] };
    case 'question.reveal': {
      const q = room.session.question;
      if (!q) return refuse('noQuestionOpen');
      if (q.id !== msg.reveal.questionId) return refuse('questionMismatch');
      return {
        ok: true,
        ops: [
          { op: 'set', map: 'session', key: 'questionClosed', value: true },
          { op: 'set', map: 'session', key: 'reveal', value: msg.reveal },
        ],
      };
    }
    case 'council.open': {
      const ops: Op[] = [
        { op: 'set', map: 'session', key: 'council', value: { input: msg.input, openedAt: now } },
        { op: 'clearEvents' },
        ...Object.keys(room.seats).map((key): Op => ({ op: 'delete', map: 'seats', key })),
      ];
      return { ok: true, ops };
    }
    case 'council.end':
      if (!room.session.council) return refuse('noCouncil');
      return { ok: true, ops: [{ op: 'set', map: 'session', key: 'council', value: null }, { op: 'clearEvents' }, ...Object.keys(room.seats).map((key): Op => ({ op: 'delete', map: 'seats', key }))] };
    case 'council.append': {
      if (!room.session.council) return refuse('noCouncil');
      const e = msg.event;
      // A seated member's attendance and vote are the student's own, not the teacher's.
      if ((e.type === 'attendance.mark' || e.type === 'vote.cast') && room.seats[e.memberId] !== undefined) {
        return refuse('seatTaken', { memberId: e.memberId });
      }
      const r = appendChecked(room, [e]);
      if (r.refused) return refuseEvent(r.refused);
      const after = applyOpsToState(room, r.ops);
      return { ok: true, ops: [...r.ops, ...attendanceOps(after)] };
    }
  }
}

function refuseEvent(r: { code: string; values?: Record<string, string | number | boolean | null> }): Decision {
  if (r.code === 'tooManyEvents' || r.code === 'noCouncil') return refuse(r.code);
  return refuse('eventRefused', { reason: r.code, ...(r.values ?? {}) });
}

function decideStudent(room: RoomState, who: Extract<Identity, { role: 'student' }>, msg: StudentMessage, now: number): Decision {
  const known = room.students[who.id];
  if (msg.type === 'student.join') {
    if (known) {
      if (known.secretHash !== who.secretHash) return refuse('wrongStudentSecret');
      if (known.name === msg.name) return { ok: true, ops: [] };
      return { ok: true, ops: [{ op: 'set', map: 'students', key: who.id, value: { ...known, name: msg.name } }] };
    }
    if (Object.keys(room.students).length >= LIMITS.students) return refuse('roomFull', { limit: LIMITS.students });
    const ops: Op[] = [
      { op: 'set', map: 'students', key: who.id, value: { name: msg.name, secretHash: who.secretHash, joinedAt: now } },
    ];
    return { ok: true, ops };
  }
  if (!known) return refuse('notJoined');
  if (known.secretHash !== who.secretHash) return refuse('wrongStudentSecret');

  switch (msg.type) {
    case 'follow.set': {
      const before = room.presence[who.id] ?? { connected: true, following: true };
      return { ok: true, ops: [{ op: 'set', map: 'presence', key: who.id, value: { ...before, following: msg.following } }] };
    }
    case 'answer.set': {
      const q = room.session.question;
      if (!q) return refuse('noQuestionOpen');
      if (q.id !== msg.questionId) return refuse('questionMismatch', { open: q.id });
      if (room.session.questionClosed || room.session.reveal) return refuse('answersClosed');
      if (!isValidAnswer(q.kind, q.options?.map((o) => o.id), msg.value)) return refuse('answerInvalid');
      return { ok: true, ops: [{ op: 'set', map: 'answers', key: answerKey(q.id, who.id), value: { questionId: q.id, studentId: who.id, value: msg.value.trim(), at: now } }] };
    }
    case 'seat.take': {
      if (!room.session.council) return refuse('noCouncil');
      if (!seatsOf(room).includes(msg.memberId)) return refuse('seatUnknown', { memberId: msg.memberId });
      const holder = room.seats[msg.memberId];
      if (holder === who.id) return { ok: true, ops: [] };
      if (holder !== undefined) return refuse('seatTaken', { memberId: msg.memberId });
      // A member marked present by the teacher is not free: the student would take over their vote.
      const ctx = councilContext(room);
      if (ctx?.present.includes(msg.memberId)) return refuse('seatTaken', { memberId: msg.memberId });
      const leave = leaveSeatOps(room, who.id);
      const afterLeave = applyOpsToState(room, leave);
      const take: Op[] = [{ op: 'set', map: 'seats', key: msg.memberId, value: who.id }];
      const after = applyOpsToState(afterLeave, take);
      return { ok: true, ops: [...leave, ...take, ...attendanceOps(after)] };
    }
    case 'seat.leave': {
      if (seatOf(room, who.id) === undefined) return refuse('notSeated');
      return { ok: true, ops: leaveSeatOps(room, who.id) };
    }
    case 'vote.cast': {
      if (!room.session.council) return refuse('noCouncil');
      const seat = seatOf(room, who.id);
      if (seat === undefined) return refuse('notSeated');
      if (msg.memberId !== undefined && msg.memberId !== seat) return refuse('notYourSeat', { memberId: msg.memberId, seat });
      const r = appendChecked(room, [{ type: 'vote.cast', memberId: seat, choice: msg.choice }]);
      if (r.refused) return refuseEvent(r.refused);
      return { ok: true, ops: r.ops };
    }
  }
}

/** Leaving a seat marks its member absent (when the run takes that now), then frees it. */
function leaveSeatOps(room: RoomState, studentId: string): Op[] {
  const seat = seatOf(room, studentId);
  if (seat === undefined) return [];
  const ops: Op[] = [];
  const ctx = councilContext(room);
  if (ctx?.present.includes(seat)) {
    const r = appendChecked(room, [{ type: 'attendance.mark', memberId: seat, present: false }]);
    if (!r.refused) ops.push(...r.ops);
  }
  ops.push({ op: 'delete', map: 'seats', key: seat });
  return ops;
}

/** A choice is one of the options; a number parses as one; a text is any non-empty line. */
export function isValidAnswer(kind: 'choice' | 'number' | 'text', optionIds: readonly string[] | undefined, value: string): boolean {
  const v = value.trim();
  if (v === '') return false;
  if (kind === 'choice') return (optionIds ?? []).includes(v);
  if (kind === 'number') return /^-?\d+([.,]\d+)?$/.test(v);
  return v.length <= LIMITS.answerChars;
}
