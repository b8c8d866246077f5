/**
 * Classroom load figure: one classroom server (its own process, so its memory is its own) and
 * 40 simulated students on loopback. Reported: the time from a teacher's action to every
 * student seeing it (median and maximum over 20 actions), the time for 40 answers and 40 votes
 * to reach the teacher, and the server's resident memory. Figures, not assertions.
 *
 * npx tsx scripts/bench/classroom.ts (also run by npm run bench)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { hexFrom, roomCodeFrom, type RoomState } from '../../models/classroom';
import { ClassroomClient } from '../../src/classroom/client';

const STUDENTS = 40;
const ACTIONS = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function until(client: ClassroomClient, pred: (r: RoomState) => boolean): Promise<number> {
  return new Promise((res) => {
    if (client.synced && pred(client.room)) return res(performance.now());
    const off = client.subscribe(() => {
      if (client.synced && pred(client.room)) {
        off();
        res(performance.now());
      }
    });
  });
}

function rssMiB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

async function startServerProcess(): Promise<{ port: number; pid: number; stop: () => void }> {
  const tsx = resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['server/index.ts', '--port', '0', '--data', mkdtempSync(join(tmpdir(), 'classroom-bench-'))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((res, rej) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /on port (\d+)/.exec(out);
      if (m) res(Number(m[1]));
    });
    child.on('exit', (code) => rej(new Error(`classroom server exited (${String(code)})`)));
  });
  child.stdout.resume();
  return { port, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

export async function classroomBench(): Promise<void> {
  const server = await startServerProcess();
  const url = `ws://127.0.0.1:${server.port}/classroom`;
  const code = roomCodeFrom(randomBytes(6));
  const idle = rssMiB(server.pid);
  const teacher = new ClassroomClient({ url, code, token: { role: 'teacher', key: hexFrom(randomBytes(16)) }, WebSocketPolyfill: WebSocket });
  await teacher.send({ type: 'session.start' });
  const students = Array.from({ length: STUDENTS }, () => new ClassroomClient({ url, code, token: { role: 'student', id: `s-${hexFrom(randomBytes(6))}`, secret: hexFrom(randomBytes(16)) }, WebSocketPolyfill: WebSocket }));
  await Promise.all(students.map((s, i) => s.send({ type: 'student.join', name: `Student ${i + 1}` })));
  await until(teacher, (r) => Object.values(r.presence).filter((p) => p.connected).length === STUDENTS);

  // Teacher's action -> every student sees it.
  const toAll: number[] = [];
  for (let k = 1; k <= ACTIONS; k++) {
    const seen = Promise.all(students.map((s) => until(s, (r) => r.session.position?.stop === k)));
    const t0 = performance.now();
    void teacher.send({ type: 'position.set', position: { screen: 'lesson', lessonId: 'bench', stop: k } });
    toAll.push(Math.max(...(await seen)) - t0);
  }

  // 40 answers to one question.
  await teacher.send({ type: 'question.open', question: { id: 'q', kind: 'number', prompt: { kk: '?', ru: '?', en: '?' } } });
  await Promise.all(students.map((s) => until(s, (r) => r.session.question?.id === 'q')));
  let t0 = performance.now();
  const answered = until(teacher, (r) => Object.keys(r.answers).length === STUDENTS);
  for (const s of students) void s.send({ type: 'answer.set', questionId: 'q', value: '6' });
  const answersMs = (await answered) - t0;

  // 40 seats, a quorate meeting, 40 votes.
  const members = students.map((_, i) => `m${i + 1}`);
  await teacher.send({ type: 'council.open', input: { startDate: '2025-09-11', body: { kind: 'coordinationCouncil', chairId: 'm1', permanentMembers: members } } });
  await Promise.all(students.map((s) => until(s, (r) => r.session.council != null)));
  await Promise.all(students.map((s, i) => s.send({ type: 'seat.take', memberId: members[i] })));
  for (const e of [{ type: 'session.convene', kind: 'regular' }, { type: 'quorum.check' }, { type: 'item.open', itemId: '1' }, { type: 'vote.open' }] as const) {
    await teacher.send({ type: 'council.append', event: e });
  }
  await Promise.all(students.map((s) => until(s, (r) => r.events.some((e) => e.type === 'vote.open'))));
  t0 = performance.now();
  const voted = until(teacher, (r) => r.events.filter((e) => e.type === 'vote.cast').length === STUDENTS);
  for (const s of students) void s.send({ type: 'vote.cast', choice: 'for' });
  const votesMs = (await voted) - t0;
  const busy = rssMiB(server.pid);
  const peak = rssMiB(server.pid, 'VmHWM');

  console.log(`Classroom: ${STUDENTS} students on loopback, server in its own process`);
  console.log(`  teacher action -> all ${STUDENTS} students: median ${median(toAll).toFixed(1)} ms, max ${Math.max(...toAll).toFixed(1)} ms (${ACTIONS} actions)`);
  console.log(`  ${STUDENTS} answers reach the teacher in ${answersMs.toFixed(0)} ms; ${STUDENTS} votes (each checked by the procedure against the run) in ${votesMs.toFixed(0)} ms`);
  console.log(`  server memory (RSS): ${idle.toFixed(0)} MiB at start, ${busy.toFixed(0)} MiB with ${STUDENTS + 1} connections and the room loaded, peak ${peak.toFixed(0)} MiB`);
  for (const s of students) s.destroy();
  teacher.destroy();
  server.stop();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await classroomBench();
