import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerReply } from '../../models/classroom';
import type { ClassroomClient } from '../../src/classroom/client';
import { connect, newCode, startServer, studentToken, teacherToken, tempDir, until } from './helpers';

const PORT = 18430;
let server: Awaited<ReturnType<typeof startServer>>;
const clients: ClassroomClient[] = [];
beforeAll(async () => {
  server = await startServer(PORT, tempDir(), { throttle: { capacity: 20, perSecond: 5 } });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('a flood from one client is throttled without hurting the others', () => {
  it('the flooder gets its burst and one "throttled"; a classmate is answered as usual', async () => {
    const code = newCode();
    const teacher = connect(PORT, code, teacherToken());
    const flooder = connect(PORT, code, studentToken());
    const calm = connect(PORT, code, studentToken());
    clients.push(teacher, flooder, calm);
    await teacher.send({ type: 'session.start' });
    await teacher.send({ type: 'question.open', question: { id: 'q', kind: 'text', prompt: { kk: 'Не?', ru: 'Что?', en: 'What?' } } });
    expect(await flooder.send({ type: 'student.join', name: 'Flood' })).toMatchObject({ type: 'ack' });
    expect(await calm.send({ type: 'student.join', name: 'Calm' })).toMatchObject({ type: 'ack' });

    const replies: ServerReply[] = [];
    flooder.onServerReply((r) => replies.push(r));
    const N = 500;
    for (let i = 0; i < N; i++) flooder.sendRaw(JSON.stringify({ type: 'answer.set', questionId: 'q', value: `spam ${i}`, ref: `f${i}` }));
    // The classmate's answer goes through while the flood is being dropped.
    expect(await calm.send({ type: 'answer.set', questionId: 'q', value: 'the Council' })).toMatchObject({ type: 'ack' });
    // A marker after the flood: once the teacher sees it, the server has handled every flood message.
    await teacher.send({ type: 'position.set', position: { screen: 'diagram' } });
    await until(flooder, (r) => r.session.position?.screen === 'diagram');
    const acks = replies.filter((r) => r.type === 'ack').length;
    const throttled = replies.filter((r) => r.type === 'refused' && r.code === 'throttled').length;
    expect(acks).toBeGreaterThan(0);
    expect(acks).toBeLessThan(40);
    expect(throttled).toBe(1);
    expect(teacher.room.answers[Object.keys(teacher.room.answers).find((k) => teacher.room.answers[k]?.value === 'the Council')!]).toBeDefined();
  });
});
