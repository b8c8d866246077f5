import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import type { SavedStudent } from '../../src/classroom/session';
import { ClassroomClient } from '../../src/classroom/client';
import { startClassroomServer, type ClassroomServer } from '../../server/classroom';
import { liveExerciseFromSeed } from '../../models/classroom/livePicks';

/**
 * The live classroom in Chromium: this file starts its own classroom server (the built app and the
 * sync endpoint on one port); the other specs keep using vite preview.
 */
const PORT = Number(process.env.CLASSROOM_E2E_PORT ?? 18450);
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const SHOTS = process.env.CLASSROOM_SHOTS ?? '/tmp/shots/classroom';
let server: ClassroomServer;

test.beforeAll(async () => {
  server = await startClassroomServer({ port: PORT, host: '127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'classroom-e2e-')), distDir: resolve('dist') });
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await server?.stop();
});

async function open(browser: Browser, viewport: { width: number; height: number }, path = ''): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: ORIGIN });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-lang-set')) {
      localStorage.setItem('prokuratura.lang', 'en');
      sessionStorage.setItem('e2e-lang-set', '1');
    }
  });
  await page.goto(path || './');
  return page;
}

/** A teacher at the projector (1280x720) who has started a session: the page and the room code. */
async function startSession(browser: Browser): Promise<{ teacher: Page; code: string }> {
  const teacher = await open(browser, { width: 1280, height: 720 });
  await teacher.locator('[data-screen=classroom]').click();
  await teacher.getByTestId('start-session').click();
  await expect(teacher.getByTestId('classroom-status')).toHaveAttribute('data-status', 'connected');
  const code = (await teacher.getByTestId('room-code').textContent())!.trim();
  return { teacher, code };
}

async function joinAs(browser: Browser, code: string, name: string): Promise<Page> {
  const page = await open(browser, { width: 390, height: 844 }, `./#join=${code}`);
  await expect(page.getByTestId('join-code')).toHaveValue(code);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('follow-bar')).toBeVisible();
  return page;
}

/** The student's own credentials, as the page keeps them, to speak to the server directly. */
async function credentials(page: Page): Promise<SavedStudent> {
  const raw = await page.evaluate(() => localStorage.getItem('prokuratura.classroom.student'));
  return JSON.parse(raw!) as SavedStudent;
}

function rawClient(code: string, s: SavedStudent): ClassroomClient {
  return new ClassroomClient({ url: `ws://127.0.0.1:${PORT}/classroom`, code, token: { role: 'student', id: s.id, secret: s.secret }, WebSocketPolyfill: WebSocket });
}

async function shoot(page: Page, name: string, at?: string) {
  await page.evaluate((sel) => {
    const target = sel ? document.querySelector(sel) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else document.querySelector('.classroom')?.scrollTo(0, 0);
  }, at ?? null);
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await page.locator(`[data-lang=${lang}]`).click();
    await page.screenshot({ path: `${SHOTS}/${name}-${lang}.png` });
  }
}

test('a teacher and two students: join by code, follow three stops, answer a question, hold a council vote that loses its quorum', async ({ browser }) => {
  test.setTimeout(180_000);
  const { teacher, code } = await startSession(browser);
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  await expect(teacher.getByTestId('qr')).toBeVisible();

  const aida = await joinAs(browser, code, 'Aida');
  const berik = await joinAs(browser, code, 'Berik');
  await expect(teacher.locator('[data-testid=student][data-connected=true]')).toHaveCount(2);

  // Follow three stops.
  for (let i = 0; i < 3; i++) await teacher.getByTestId('next-stop').click();
  for (const s of [aida, berik]) await expect(s.getByTestId('teacher-where')).toHaveAttribute('data-stop', '2');
  await expect(aida.getByTestId('teacher-where')).toContainText('stop 3');

  // Berik breaks away; the teacher goes to the diagram: Aida follows, Berik stays; he rejoins with one click.
  await berik.getByTestId('follow-toggle').click();
  await expect(teacher.locator('[data-testid=student][data-name=Berik]')).toHaveAttribute('data-following', 'false');
  await teacher.locator('[data-screen=diagram]').click();
  await expect(aida.locator('[data-screen=diagram]')).toHaveAttribute('aria-selected', 'true');
  await expect(berik.locator('[data-screen=classroom]')).toHaveAttribute('aria-selected', 'true');
  await berik.getByTestId('follow-toggle').click();
  await expect(berik.locator('[data-screen=diagram]')).toHaveAttribute('aria-selected', 'true');
  await teacher.locator('[data-screen=classroom]').click();

  // A student's attempt to move the lesson, sent straight to the server with her own credentials, is refused.
  const aidaRaw = rawClient(code, await credentials(aida));
  expect(await aidaRaw.send({ type: 'position.set', position: { screen: 'lesson', lessonId: 'lesson', stop: 7 } })).toMatchObject({ type: 'refused', code: 'teacherOnly' });
  await expect(teacher.getByTestId('teacher-position')).toHaveText('Diagram');

  // A live question: following students are brought to it; answers arrive; the reveal cites the provision.
  await teacher.getByTestId('question-pick').selectOption('council-invited-vote');
  await teacher.getByTestId('open-question').click();
  await expect(aida.getByTestId('student-question')).toBeVisible();
  await aida.locator('[data-option=no]').click();
  await berik.locator('[data-option=yes]').click();
  await expect(teacher.getByTestId('answer-count')).toContainText('2 of 2');
  await expect(teacher.locator('[data-testid=results-chart] [data-value=no]')).toHaveAttribute('data-count', '1');
  await teacher.getByTestId('reveal-answer').click();
  await expect(aida.getByTestId('reveal')).toContainText('only take part in discussion');
  await expect(aida.getByTestId('citation')).toBeVisible();
  const download = teacher.waitForEvent('download');
  await teacher.getByTestId('export-csv').click();
  const csv = await (await download).createReadStream();
  const text = await new Promise<string>((res) => {
    let s = '';
    csv.on('data', (c: Buffer) => (s += c.toString('utf8')));
    csv.on('end', () => res(s));
  });
  expect(text).toContain('Aida,');
  expect(text).toContain(',yes,');

  // The council: students take seats; attendance is seated and connected.
  await teacher.getByTestId('open-council').click();
  await aida.locator('[data-seat=agency-railways]').click();
  await berik.locator('[data-seat=agency-customs]').click();
  await expect(aida.getByTestId('student-council')).toHaveAttribute('data-seat', 'agency-railways');
  await teacher.locator('[data-event="session.convene"]').click();
  await expect(teacher.getByTestId('quorum')).toHaveAttribute('data-present', '2');
  await teacher.locator('[data-member=transport-chief] [data-action=present]').click();
  await teacher.locator('[data-member=agency-mvd-transport] [data-action=present]').click();
  await expect(teacher.getByTestId('quorum')).toHaveAttribute('data-met', 'true');
  for (const e of ['quorum.check', 'item.open', 'vote.open']) await teacher.locator(`[data-event="${e}"]`).click();
  await expect(aida.getByTestId('quorum')).toHaveAttribute('data-state', 'voting');
  await aida.locator('[data-vote=for]').click();
  await expect(aida.getByTestId('my-vote')).toBeVisible();
  // Voting in another's seat is refused by the server.
  expect(await aidaRaw.send({ type: 'vote.cast', choice: 'against', memberId: 'agency-customs' })).toMatchObject({ type: 'refused', code: 'notYourSeat' });
  aidaRaw.destroy();
  await expect(teacher.locator('[data-member=agency-railways] .vote')).toBeVisible();
  await expect(teacher.locator('[data-member=agency-customs] .vote')).toHaveCount(0);

  await shoot(teacher, 'projector');
  await shoot(aida, 'student', '[data-testid=student-council]');

  // Berik leaves: he is marked absent, the quorum is lost, and the vote cannot close.
  await berik.context().close();
  await expect(teacher.getByTestId('quorum')).toHaveAttribute('data-met', 'false');
  await expect(teacher.getByTestId('quorum')).toHaveAttribute('data-present', '3');
  await expect(teacher.locator('[data-member=agency-customs]')).toHaveAttribute('data-present', 'false');
  await expect(aida.getByTestId('quorum')).toHaveAttribute('data-met', 'false');
  await teacher.locator('[data-event="vote.close"]').click();
  // The refusal reads as the law's rule with its numbers, never as a code.
  await expect(teacher.getByTestId('refusal')).toContainText('The quorum is lost: 3 of 6 present, 4 needed');
  await expect(teacher.getByTestId('refusal')).not.toContainText('quorumLost');
  await expect(teacher.locator('[data-testid=student][data-name=Berik]')).toHaveAttribute('data-connected', 'false');
  await shoot(teacher, 'projector-quorum-lost', '[data-testid=council]');
});

test('live questions from the manual and from practice: a review question with where the manual answers it, an exercise graded by its own model', async ({ browser }) => {
  test.setTimeout(180_000);
  const { teacher, code } = await startSession(browser);
  const dana = await joinAs(browser, code, 'Dana');

  // The manual's question 2.5, asked open; the reveal says where the manual answers it.
  await teacher.getByTestId('question-pick').selectOption('review-q2-5');
  await teacher.getByTestId('open-question').click();
  await expect(dana.getByTestId('student-question')).toContainText('What immunities does the General Prosecutor');
  await dana.getByTestId('answer-input').fill('inviolability');
  await dana.getByTestId('answer-send').click();
  await expect(teacher.getByTestId('answer-count')).toContainText('1 of 1');
  await teacher.getByTestId('reveal-answer').click();
  await expect(dana.getByTestId('reveal')).toContainText('theme 2 of the manual');

  // A fresh "lawful now?" exercise: its right option is the one the practice model grades right.
  await teacher.getByTestId('new-exercise-allowed').click();
  const id = await teacher.getByTestId('question-pick').inputValue();
  expect(id).toMatch(/^ex-isAllowed-\d+$/);
  const pick = liveExerciseFromSeed('isAllowed', Number(id.split('-').at(-1)));
  await teacher.getByTestId('open-question').click();
  await expect(dana.getByTestId('student-question')).toHaveAttribute('data-question', id);
  await dana.locator(`[data-option=${pick.correct}]`).click();
  await expect(teacher.locator(`[data-testid=results-chart] [data-value=${pick.correct}]`)).toHaveAttribute('data-count', '1');
  await teacher.getByTestId('reveal-answer').click();
  await expect(dana.getByTestId('reveal')).toContainText(pick.correct === 'allowed' ? 'Lawful now' : 'Not lawful now');
  await expect(dana.getByTestId('citation')).toBeVisible();
  await dana.context().close();
  await teacher.context().close();
});

test('without a classroom server the app works as before, and a started session shows a clear banner', async ({ page }) => {
  // This page comes from vite preview, which has no sync endpoint.
  await page.goto('./');
  await expect(page.getByTestId('classroom-banner')).toHaveCount(0);
  await page.locator('[data-screen=classroom]').click();
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('classroom-banner')).toBeVisible();
  await page.locator('[data-screen=diagram]').click();
  await expect(page.getByTestId('diagram')).toBeVisible();
  await expect(page.getByTestId('classroom-banner')).toBeVisible();
});
