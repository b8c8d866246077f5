import { afterAll, describe, expect, it } from 'vitest';
import { councilContext } from '../../models/classroom';
import type { ClassroomClient } from '../../src/classroom/client';
import { COUNCIL_INPUT, connect, newCode, startServer, studentToken, teacherToken, tempDir, until, untilStatus } from './helpers';

const PORT = 18410;
const clients: ClassroomClient[] = [];
let stopLast: (() => Promise<void>) | null = null;
afterAll(async () => {
  for (const c of clients) c.destroy();
  await stopLast?.();
});

describe('a server restart mid-lesson loses nothing', () => {
  it('position, answers and the council run are there after a restart, and an answer sent while it was down arrives', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const code = newCode();
    let server = await startServer(PORT, dir);
    stopLast = () => server.stop();
    const teacher = connect(PORT, code, teacherToken());
    const aTok = studentToken();
    const bTok = studentToken();
    const alice = connect(PORT, code, aTok);
    const bob = connect(PORT, code, bTok);
    clients.push(teacher, alice, bob);
    await teacher.send({ type: 'session.start' });
    await alice.send({ type: 'student.join', name: 'Alice' });
    await bob.send({ type: 'student.join', name: 'Bob' });
    await teacher.send({ type: 'position.set', position: { screen: 'lesson', lessonId: 'council', stop: 2 } });
    await teacher.send({ type: 'question.open', question: { id: 'q-quorum', kind: 'number', prompt: { kk: 'Кворум?', ru: 'Кворум?', en: 'Quorum?' } } });
    expect(await alice.send({ type: 'answer.set', questionId: 'q-quorum', value: '4' })).toMatchObject({ type: 'ack' });
    await teacher.send({ type: 'council.open', input: COUNCIL_INPUT });
    await alice.send({ type: 'seat.take', memberId: 'agency-railways' });
    await teacher.send({ type: 'council.append', event: { type: 'session.convene', kind: 'regular' } });
    await until(teacher, (r) => councilContext(r)?.present.includes('agency-railways') === true);
    const before = teacher.room;

    await server.stop();
    await untilStatus(bob, 'lost');
    // Bob answers while the server is down: the message waits in his outbox.
    const late = bob.send({ type: 'answer.set', questionId: 'q-quorum', value: '5' });
    expect(bob.outbox).toBe(1);

    server = await startServer(PORT, dir);
    expect(await late).toMatchObject({ type: 'ack' });
    const after = await until(teacher, (r) => r.answers[`q-quorum/${bTok.id}`] !== undefined && r.presence[aTok.id]?.connected === true);
    expect(after.session.position).toEqual(before.session.position);
    expect(after.answers[`q-quorum/${aTok.id}`]?.value).toBe('4');
    expect(after.answers[`q-quorum/${bTok.id}`]?.value).toBe('5');
    expect(after.session.council?.input).toEqual(COUNCIL_INPUT);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.seats).toEqual({ 'agency-railways': aTok.id });
    // A client that joins only now reads the same room from the files.
    const fresh = connect(PORT, code, studentToken());
    clients.push(fresh);
    const f = await until(fresh, (r) => r.session.position !== undefined);
    expect(f.session.position?.stop).toBe(2);
    expect(councilContext(f)?.present).toContain('agency-railways');
  });
});
