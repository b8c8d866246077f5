import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilContext } from '../../models/classroom';
import type { ClassroomClient } from '../../src/classroom/client';
import { COUNCIL_INPUT, connect, newCode, startServer, studentToken, teacherToken, tempDir, until } from './helpers';

type Started = Awaited<ReturnType<typeof startServer>>;
const PORT = 18401;
let server: Started;
const clients: ClassroomClient[] = [];
const open = (...args: Parameters<typeof connect>) => {
  const c = connect(...args);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startServer(PORT, tempDir());
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('the server enforces who writes what', () => {
  const code = newCode();
  const teacherTok = teacherToken();
  const aliceTok = studentToken();
  const bobTok = studentToken();
  let teacher: ClassroomClient;
  let alice: ClassroomClient;
  let bob: ClassroomClient;

  it('the teacher starts the session and moves the lesson; students see it', async () => {
    teacher = open(PORT, code, teacherTok);
    expect((await teacher.send({ type: 'session.start' })).type).toBe('ack');
    alice = open(PORT, code, aliceTok);
    bob = open(PORT, code, bobTok);
    expect(await alice.send({ type: 'student.join', name: 'Alice' })).toMatchObject({ type: 'ack' });
    expect(await bob.send({ type: 'student.join', name: 'Bob' })).toMatchObject({ type: 'ack' });
    for (const stop of [1, 2, 3]) {
      expect(await teacher.send({ type: 'position.set', position: { screen: 'lesson', lessonId: 'intro', stop } })).toMatchObject({ type: 'ack' });
    }
    const seen = await until(alice, (r) => r.session.position?.stop === 3);
    expect(seen.session.position).toEqual({ screen: 'lesson', lessonId: 'intro', stop: 3 });
    const t = await until(teacher, (r) => r.presence[aliceTok.id]?.connected === true && r.presence[bobTok.id]?.connected === true);
    expect(t.students[aliceTok.id]?.name).toBe('Alice');
  });

  it('a student who tries to move the lesson or open a question is refused', async () => {
    expect(await alice.send({ type: 'position.set', position: { screen: 'lesson', stop: 9 } })).toMatchObject({ type: 'refused', code: 'teacherOnly' });
    expect(await alice.send({ type: 'question.open', question: { id: 'q1', kind: 'text', prompt: { kk: 'a', ru: 'a', en: 'a' } } })).toMatchObject({ type: 'refused', code: 'teacherOnly' });
    expect(teacher.room.session.position?.stop).toBe(3);
  });

  it('a second teacher with another key is refused', async () => {
    const impostor = open(PORT, code, teacherToken());
    expect(await impostor.send({ type: 'position.set', position: { screen: 'diagram' } })).toMatchObject({ type: 'refused', code: 'wrongTeacherKey' });
  });

  it('a student writing the room document directly is dropped by the server', async () => {
    alice.doc.getMap('session').set('position', { screen: 'lesson', stop: 99 });
    alice.doc.getMap('answers').set(`q/${bobTok.id}`, { questionId: 'q', studentId: bobTok.id, value: 'forged', at: 0 });
    // A marker the teacher sets afterwards arrives at Bob; the forged writes never do.
    await teacher.send({ type: 'position.set', position: { screen: 'lesson', lessonId: 'intro', stop: 4 } });
    const r = await until(bob, (room) => room.session.position?.stop === 4);
    expect(r.answers[`q/${bobTok.id}`]).toBeUndefined();
    // A fresh client (the server's own copy) has no trace of them either.
    const fresh = open(PORT, code, studentToken());
    const f = await until(fresh, (room) => room.session.position !== undefined);
    expect(f.session.position?.stop).toBe(4);
    expect(Object.keys(f.answers)).toEqual([]);
  });

  it('a student answers only for themselves; another id with the wrong secret is refused', async () => {
    await teacher.send({ type: 'question.open', question: { id: 'q1', kind: 'choice', prompt: { kk: 'Кворум?', ru: 'Кворум?', en: 'Quorum?' }, options: [{ id: 'a', label: { kk: '4', ru: '4', en: '4' } }, { id: 'b', label: { kk: '5', ru: '5', en: '5' } }] } });
    expect(await alice.send({ type: 'answer.set', questionId: 'q1', value: 'a' })).toMatchObject({ type: 'ack' });
    expect(await bob.send({ type: 'answer.set', questionId: 'q1', value: 'zzz' })).toMatchObject({ type: 'refused', code: 'answerInvalid' });
    const forger = open(PORT, code, { ...aliceTok, secret: 'f'.repeat(32) });
    expect(await forger.send({ type: 'answer.set', questionId: 'q1', value: 'b' })).toMatchObject({ type: 'refused', code: 'wrongStudentSecret' });
    const r = await until(teacher, (room) => room.answers[`q1/${aliceTok.id}`] !== undefined);
    expect(r.answers[`q1/${aliceTok.id}`]?.value).toBe('a');
    await teacher.send({ type: 'question.reveal', reveal: { questionId: 'q1', correct: 'a', citation: 'council.quorum' } });
    expect(await bob.send({ type: 'answer.set', questionId: 'q1', value: 'b' })).toMatchObject({ type: 'refused', code: 'answersClosed' });
  });

  it('malformed, oversized and unknown messages are refused with a code, and nothing changes', async () => {
    const replies: string[] = [];
    const off = bob.onServerReply((r) => {
      if (r.type === 'refused') replies.push(r.code);
    });
    bob.sendRaw('not json');
    bob.sendRaw(JSON.stringify({ type: 'answer.set', questionId: 'q1', value: 'x'.repeat(3000) }));
    bob.sendRaw(JSON.stringify({ type: 'room.delete' }));
    expect(await bob.send({ type: 'follow.set', following: false })).toMatchObject({ type: 'ack' });
    off();
    expect(replies).toEqual(['messageInvalid', 'messageTooLarge', 'messageInvalid']);
    expect((await until(teacher, (r) => r.presence[bobTok.id]?.following === false)).presence[bobTok.id]).toEqual({ connected: true, following: false });
  });

  it('council: a student votes only in the seat they took; another seat is refused', async () => {
    expect(await teacher.send({ type: 'council.open', input: COUNCIL_INPUT })).toMatchObject({ type: 'ack' });
    expect(await alice.send({ type: 'seat.take', memberId: 'agency-railways' })).toMatchObject({ type: 'ack' });
    expect(await bob.send({ type: 'seat.take', memberId: 'agency-railways' })).toMatchObject({ type: 'refused', code: 'seatTaken' });
    expect(await bob.send({ type: 'seat.take', memberId: 'agency-customs' })).toMatchObject({ type: 'ack' });
    expect(await bob.send({ type: 'seat.take', memberId: 'nobody' })).toMatchObject({ type: 'refused', code: 'seatUnknown' });
    await teacher.send({ type: 'council.append', event: { type: 'session.convene', kind: 'regular' } });
    // Seated and connected: the server marks both present as soon as registration opens.
    const r = await until(teacher, (room) => (councilContext(room)?.present.length ?? 0) === 2);
    expect([...(councilContext(r)?.present ?? [])].sort()).toEqual(['agency-customs', 'agency-railways']);
    // The teacher may not speak for a seated member.
    expect(await teacher.send({ type: 'council.append', event: { type: 'attendance.mark', memberId: 'agency-customs', present: false } })).toMatchObject({ type: 'refused', code: 'seatTaken' });
    for (const m of ['transport-chief', 'agency-mvd-transport']) {
      expect(await teacher.send({ type: 'council.append', event: { type: 'attendance.mark', memberId: m, present: true } })).toMatchObject({ type: 'ack' });
    }
    for (const e of [{ type: 'quorum.check' }, { type: 'item.open', itemId: '1' }, { type: 'vote.open' }] as const) {
      expect(await teacher.send({ type: 'council.append', event: e })).toMatchObject({ type: 'ack' });
    }
    expect(await alice.send({ type: 'vote.cast', choice: 'for', memberId: 'agency-customs' })).toMatchObject({ type: 'refused', code: 'notYourSeat' });
    expect(await alice.send({ type: 'vote.cast', choice: 'for' })).toMatchObject({ type: 'ack' });
    expect(await alice.send({ type: 'vote.cast', choice: 'against' })).toMatchObject({ type: 'refused', code: 'eventRefused' });
    const v = await until(teacher, (room) => room.events.some((e) => e.type === 'vote.cast'));
    expect(v.events.filter((e) => e.type === 'vote.cast')).toEqual([{ type: 'vote.cast', memberId: 'agency-railways', choice: 'for' }]);
  });

  it('a seated student who drops out is marked absent, the quorum is lost and the vote cannot close', async () => {
    bob.destroy();
    const r = await until(teacher, (room) => councilContext(room)?.present.includes('agency-customs') === false);
    expect(r.presence[bobTok.id]?.connected).toBe(false);
    expect(councilContext(r)?.quorum).toMatchObject({ present: 3, needed: 4, met: false });
    expect(await teacher.send({ type: 'council.append', event: { type: 'vote.close' } })).toMatchObject({ type: 'refused', code: 'eventRefused', values: { reason: 'quorumLost' } });
  });
});
