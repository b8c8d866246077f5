import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilContext } from '../../models/classroom';
import type { ClassroomClient } from '../../src/classroom/client';
import { COUNCIL_INPUT, connect, newCode, startServer, studentToken, teacherToken, tempDir, until } from './helpers';

const REDIS_PORT = 16381;
const PORT_A = 18420;
const PORT_B = 18421;
type Started = Awaited<ReturnType<typeof startServer>>;
let a: Started;
let b: Started;
const clients: ClassroomClient[] = [];

function redisServer(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error("redis-server is missing: apt-get install -y redis-server (.ci/run installs it)");
  return found;
}

beforeAll(async () => {
  execFileSync(redisServer(), ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
  const redis = { host: '127.0.0.1', port: REDIS_PORT };
  a = await startServer(PORT_A, tempDir(), { redis });
  b = await startServer(PORT_B, tempDir(), { redis });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await a?.stop();
  await b?.stop();
  spawnSync('redis-cli', ['-p', String(REDIS_PORT), 'shutdown', 'nosave']);
});

describe('two classroom servers sharing a Redis', () => {
  it('a teacher on one and a student on the other stay in sync: position, question, answer, seat and vote', async () => {
    const code = newCode();
    const teacher = connect(PORT_A, code, teacherToken());
    const sTok = studentToken();
    const student = connect(PORT_B, code, sTok);
    clients.push(teacher, student);
    expect(await teacher.send({ type: 'session.start' })).toMatchObject({ type: 'ack' });
    await teacher.send({ type: 'position.set', position: { screen: 'lesson', lessonId: 'intro', stop: 1 } });
    await until(student, (r) => r.session.position?.stop === 1);

    expect(await student.send({ type: 'student.join', name: 'Dana' })).toMatchObject({ type: 'ack' });
    await until(teacher, (r) => r.students[sTok.id]?.name === 'Dana' && r.presence[sTok.id]?.connected === true);

    await teacher.send({ type: 'question.open', question: { id: 'q', kind: 'number', prompt: { kk: '?', ru: '?', en: '?' } } });
    await until(student, (r) => r.session.question?.id === 'q');
    expect(await student.send({ type: 'answer.set', questionId: 'q', value: '4' })).toMatchObject({ type: 'ack' });
    await until(teacher, (r) => r.answers[`q/${sTok.id}`]?.value === '4');

    await teacher.send({ type: 'council.open', input: COUNCIL_INPUT });
    await until(student, (r) => r.session.council != null);
    expect(await student.send({ type: 'seat.take', memberId: 'agency-customs' })).toMatchObject({ type: 'ack' });
    await until(teacher, (r) => r.seats['agency-customs'] === sTok.id);
    for (const m of ['transport-chief', 'agency-mvd-transport', 'agency-railways']) {
      await teacher.send({ type: 'council.append', event: { type: 'session.convene', kind: 'regular' } });
      await teacher.send({ type: 'council.append', event: { type: 'attendance.mark', memberId: m, present: true } });
    }
    // Server B marked its student present when registration opened.
    await until(teacher, (r) => councilContext(r)?.present.length === 4);
    for (const e of [{ type: 'quorum.check' }, { type: 'item.open', itemId: '1' }, { type: 'vote.open' }] as const) {
      expect(await teacher.send({ type: 'council.append', event: e })).toMatchObject({ type: 'ack' });
    }
    await until(student, (r) => r.events.some((e) => e.type === 'vote.open'));
    expect(await student.send({ type: 'vote.cast', choice: 'against' })).toMatchObject({ type: 'ack' });
    const r = await until(teacher, (room) => room.events.some((e) => e.type === 'vote.cast'));
    expect(r.events.filter((e) => e.type === 'vote.cast')).toEqual([{ type: 'vote.cast', memberId: 'agency-customs', choice: 'against' }]);
  });
});
