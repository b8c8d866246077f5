import { describe, expect, it } from 'vitest';
import {
  answersCsv,
  applyOpsToState,
  clientMessageSchema,
  councilContext,
  createThrottle,
  decide,
  emptyRoom,
  normaliseRoomCode,
  presenceOps,
  resultBars,
  roomCodeFrom,
  roomCodeOf,
  roomCodeSchema,
  type ClientMessage,
  type Identity,
  type Question,
  type RoomState,
} from '../../../models/classroom';

const teacher: Identity = { role: 'teacher', keyHash: 'k'.repeat(64) };
const alice: Identity = { role: 'student', id: 's-alice1', secretHash: 'a'.repeat(64) };
const bob: Identity = { role: 'student', id: 's-bob123', secretHash: 'b'.repeat(64) };

function run(room: RoomState, who: Identity, msg: ClientMessage, now = 1_000): RoomState {
  // As the server does: the schema first (it also tidies names), then the roles.
  const d = decide(room, who, clientMessageSchema.parse(msg), now);
  if (!d.ok) throw new Error(`refused: ${d.code}`);
  return applyOpsToState(room, d.ops);
}

const QUESTION: Question = {
  id: 'q1',
  kind: 'choice',
  prompt: { kk: 'Кворум', ru: 'Кворум', en: 'Quorum' },
  options: [
    { id: 'a', label: { kk: 'төрт', ru: 'четыре', en: 'four' } },
    { id: 'b', label: { kk: 'бес', ru: 'пять', en: 'five' } },
  ],
};

describe('room codes', () => {
  it('six letters and digits without I, O, 0, 1; the document name carries it', () => {
    const code = roomCodeFrom(new Uint8Array([0, 1, 2, 3, 31, 255]));
    expect(code).toBe('ABCD99');
    expect(roomCodeSchema.safeParse(code).success).toBe(true);
    expect(roomCodeSchema.safeParse('ABCDI1').success).toBe(false);
    expect(roomCodeOf('room/ABCD99')).toBe('ABCD99');
    expect(roomCodeOf('room/ABCD99/x')).toBeNull();
    expect(roomCodeOf('../etc/passwd')).toBeNull();
    expect(normaliseRoomCode(' abc-d99 ')).toBe('ABCD99');
  });
});

describe('roles', () => {
  it('the first teacher key claims the room; another key and any student are refused teacher messages', () => {
    let room = run(emptyRoom(), teacher, { type: 'session.start' });
    expect(room.meta.teacherKeyHash).toBe(teacher.keyHash);
    expect(decide(room, { role: 'teacher', keyHash: 'x'.repeat(64) }, { type: 'position.set', position: { screen: 'diagram' } }, 0)).toMatchObject({ ok: false, code: 'wrongTeacherKey' });
    room = run(room, alice, { type: 'student.join', name: '  Alice   B ' });
    expect(room.students[alice.id]?.name).toBe('Alice B');
    expect(decide(room, alice, { type: 'position.set', position: { screen: 'diagram' } }, 0)).toMatchObject({ ok: false, code: 'teacherOnly' });
    expect(decide(room, teacher, { type: 'answer.set', questionId: 'q', value: 'a' }, 0)).toMatchObject({ ok: false, code: 'studentOnly' });
  });

  it('a student must join before anything else, and only with the secret they joined with', () => {
    const room = run(run(emptyRoom(), teacher, { type: 'session.start' }), alice, { type: 'student.join', name: 'Alice' });
    expect(decide(room, bob, { type: 'follow.set', following: false }, 0)).toMatchObject({ ok: false, code: 'notJoined' });
    expect(decide(room, { ...alice, secretHash: 'z'.repeat(64) }, { type: 'student.join', name: 'Eve' }, 0)).toMatchObject({ ok: false, code: 'wrongStudentSecret' });
    expect(decide(emptyRoom(), alice, { type: 'student.join', name: 'Alice' }, 0)).toMatchObject({ ok: false, code: 'roomNotStarted' });
  });

  it('messages are schema-checked: unknown types, extra fields, long names and answers fail', () => {
    expect(clientMessageSchema.safeParse({ type: 'room.delete' }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'follow.set', following: true, extra: 1 }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'student.join', name: 'x'.repeat(41) }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'student.join', name: '<script>' }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'answer.set', questionId: 'q', value: 'x'.repeat(201) }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'question.open', question: { ...QUESTION, options: undefined } }).success).toBe(false);
  });
});

describe('questions and results', () => {
  it('answers count per option, the last answer of a student is kept, the reveal marks the correct bar and closes answers', () => {
    let room = run(emptyRoom(), teacher, { type: 'question.open', question: QUESTION });
    room = run(room, alice, { type: 'student.join', name: 'Alice' });
    room = run(room, bob, { type: 'student.join', name: 'Bob, "the second"' });
    room = run(room, alice, { type: 'answer.set', questionId: 'q1', value: 'b' }, 2_000);
    room = run(room, alice, { type: 'answer.set', questionId: 'q1', value: 'a' }, 3_000);
    room = run(room, bob, { type: 'answer.set', questionId: 'q1', value: 'b' }, 4_000);
    expect(resultBars(room, QUESTION, 'en').map((b) => [b.value, b.count, b.correct])).toEqual([['a', 1, null], ['b', 1, null]]);
    room = run(room, teacher, { type: 'question.reveal', reveal: { questionId: 'q1', correct: 'a' } });
    expect(resultBars(room, QUESTION, 'ru').map((b) => [b.label, b.correct])).toEqual([['четыре', true], ['пять', false]]);
    expect(decide(room, bob, { type: 'answer.set', questionId: 'q1', value: 'a' }, 0)).toMatchObject({ ok: false, code: 'answersClosed' });
    const csv = answersCsv(room, Object.values(room.session.asked ?? {}), 'en');
    expect(csv.split('\n')).toEqual([
      'student,question,answer,correct,time',
      `Alice,Quorum,four,yes,${new Date(3_000).toISOString()}`,
      `"Bob, ""the second""",Quorum,five,no,${new Date(4_000).toISOString()}`,
      '',
    ]);
  });

  it('a CSV cell that a spreadsheet would run as a formula is quoted as text', () => {
    let room = run(emptyRoom(), teacher, { type: 'question.open', question: { id: 't', kind: 'text', prompt: { kk: 'т', ru: 'т', en: 't' } } });
    room = run(room, alice, { type: 'student.join', name: 'Alice' });
    room = run(room, alice, { type: 'answer.set', questionId: 't', value: '=HYPERLINK("x")' });
    expect(answersCsv(room, Object.values(room.session.asked ?? {}), 'en')).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('council seats and attendance', () => {
  const input = {
    startDate: '2025-09-11',
    body: { kind: 'coordinationCouncil' as const, chairId: 'c', permanentMembers: ['c', 'm1', 'm2'] },
  };
  it('attendance follows seated-and-connected; a seat is one student\'s; a vote for another seat is refused', () => {
    let room = run(emptyRoom(), teacher, { type: 'council.open', input });
    room = run(room, alice, { type: 'student.join', name: 'Alice' });
    room = applyOpsToState(room, presenceOps(room, alice.id, true));
    room = run(room, alice, { type: 'seat.take', memberId: 'm1' });
    // Before the session is convened the machine takes no attendance.
    expect(councilContext(room)?.present).toEqual([]);
    room = run(room, teacher, { type: 'council.append', event: { type: 'session.convene', kind: 'regular' } });
    expect(councilContext(room)?.present).toEqual(['m1']);
    room = applyOpsToState(room, presenceOps(room, alice.id, false));
    expect(councilContext(room)?.present).toEqual([]);
    room = applyOpsToState(room, presenceOps(room, alice.id, true));
    expect(councilContext(room)?.present).toEqual(['m1']);
    room = run(room, bob, { type: 'student.join', name: 'Bob' });
    expect(decide(room, bob, { type: 'seat.take', memberId: 'm1' }, 0)).toMatchObject({ ok: false, code: 'seatTaken' });
    expect(decide(room, bob, { type: 'vote.cast', choice: 'for' }, 0)).toMatchObject({ ok: false, code: 'notSeated' });
    expect(decide(room, alice, { type: 'vote.cast', choice: 'for', memberId: 'm2' }, 0)).toMatchObject({ ok: false, code: 'notYourSeat' });
    // Leaving the seat marks the member absent.
    room = run(room, alice, { type: 'seat.leave' });
    expect(councilContext(room)?.present).toEqual([]);
    expect(room.seats).toEqual({});
  });

  it('an event the procedure refuses is not appended, and the refusal carries the procedure\'s reason', () => {
    const room = run(emptyRoom(), teacher, { type: 'council.open', input });
    const d = decide(room, teacher, { type: 'council.append', event: { type: 'vote.open' } }, 0);
    expect(d).toMatchObject({ ok: false, code: 'eventRefused' });
    expect(d.ok ? null : d.values?.reason).toBeTruthy();
  });
});

describe('the per-connection throttle', () => {
  it('lets a burst through, then refuses and says so once, and refills with time', () => {
    const t = createThrottle({ capacity: 3, perSecond: 2 });
    expect([t.take(0), t.take(0), t.take(0), t.take(0), t.take(0)]).toEqual(['pass', 'pass', 'pass', 'first', 'drop']);
    expect(t.drainRefused()).toBe(2);
    expect(t.take(500)).toBe('pass');
    expect(t.take(500)).toBe('first');
    const other = createThrottle({ capacity: 3, perSecond: 2 });
    expect(other.take(500)).toBe('pass');
  });
});
