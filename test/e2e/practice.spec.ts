/**
 * A trainee does ten mixed exercises, gets the first one wrong and reads why (the citation with
 * its provenance, and "show me"), answers the rest right, finishes, exports CSV and the results
 * file; a reload keeps the progress. The test knows each answer by regenerating the exercise from
 * its id (kind and seed) with the models, as the app itself does.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { eventKey, generateExercise, isExerciseKind, perturbAnswer, type Difficulty, type Exercise } from '../../models/practice';
import { openApp } from './helpers';

async function fill(page: Page, ex: Exercise, answer: unknown): Promise<void> {
  const box = page.getByTestId('exercise');
  switch (ex.kind) {
    case 'pickUnits':
      for (const id of answer as string[]) await box.locator(`input[data-unit="${id}"]`).check();
      return;
    case 'buildHierarchy':
      for (const [u, p] of Object.entries(answer as Record<string, string>)) await box.locator(`select[data-unit="${u}"]`).selectOption(p);
      return;
    case 'isAllowed': {
      const a = answer as { allowed: boolean; reason?: string };
      await box.locator(`input[data-answer="${a.allowed ? 'allowed' : 'notAllowed'}"]`).check();
      if (!a.allowed && ex.askReason && a.reason) await box.locator('select[data-answer="reason"]').selectOption(a.reason);
      return;
    }
    case 'deadline':
      await box.locator('input[data-answer="date"]').fill(answer as string);
      return;
    case 'voteOutcome': {
      const a = answer as { quorate: boolean; adopted: boolean };
      await box.locator('select[data-answer="quorate"]').selectOption(String(a.quorate));
      await box.locator('select[data-answer="adopted"]').selectOption(String(a.adopted));
      return;
    }
    case 'nextStep':
    case 'reachGoal':
      for (const e of answer as { type: string }[]) {
        const i = ex.palette.findIndex((p) => eventKey(p) === eventKey(e));
        await box.locator(`[data-index="${i}"]`).click();
      }
      return;
    case 'choice':
      await box.locator(`input[data-option="${String(answer)}"]`).check();
  }
}

async function current(page: Page, difficulty: Difficulty): Promise<Exercise> {
  const id = (await page.getByTestId('exercise').getAttribute('data-id')) ?? '';
  const [kind, seed] = id.split('-');
  if (!kind || !isExerciseKind(kind)) throw new Error(`unexpected exercise id ${id}`);
  return generateExercise(kind, Number(seed), difficulty);
}

test('ten mixed exercises: one wrong with the reason, finished, exported, kept over a reload', async ({ page }) => {
  await openApp(page, 'en');
  await page.locator('[data-screen="practice"]').click();
  await page.getByTestId('trainee').fill('Aigerim');
  await page.getByTestId('difficulty').selectOption('2');
  await page.getByTestId('count').fill('10');
  await page.getByTestId('start').click();

  const kinds = new Set<string>();
  for (let i = 0; i < 10; i += 1) {
    const ex = await current(page, 2);
    kinds.add(ex.kind);
    if (i === 0) {
      await fill(page, ex, perturbAnswer(ex, 1));
      await page.getByTestId('check').click();
      const fb = page.getByTestId('feedback');
      await expect(fb).toHaveAttribute('data-correct', 'false');
      await expect(fb.locator(`.pr-main-cite [data-citation="${ex.citation}"]`).first()).toBeVisible();
      await expect(fb.locator('.pr-main-cite [data-source]').first()).toHaveAttribute('data-source', /law|manual|reading|unknown/);
      if (await page.getByTestId('show-me').count()) {
        await page.getByTestId('show-me').click();
        await expect(page.locator('.pr-show')).toBeVisible();
      }
    } else {
      await fill(page, ex, ex.answer);
      await page.getByTestId('check').click();
      await expect(page.getByTestId('feedback')).toHaveAttribute('data-correct', 'true');
    }
    await page.getByTestId('next').click();
  }
  expect(kinds.size).toBeGreaterThan(4);

  const summary = page.getByTestId('summary');
  await expect(summary.locator('[data-row="total"] td').nth(0)).toHaveText('10');
  await expect(summary.locator('[data-row="total"] td').nth(1)).toHaveText('9');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csvText = await readFile((await csv.path()) ?? '', 'utf8');
  expect(csvText.trim().split('\r\n')).toHaveLength(11);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const file = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as { format: string; version: number; trainee: string; attempts: unknown[] };
  expect([file.format, file.version, file.trainee, file.attempts.length]).toEqual(['prokuratura.results', 1, 'Aigerim', 10]);

  await page.reload();
  await page.locator('[data-screen="practice"]').click();
  await expect(page.getByTestId('trainee')).toHaveValue('Aigerim');
  await expect(page.getByTestId('history')).toContainText('10');
  await expect(page.getByTestId('summary').locator('[data-row="total"] td').nth(0)).toHaveText('10');
});

async function wrongAnswer(page: Page, kind: string): Promise<Exercise> {
  await openApp(page, 'en');
  await page.locator('[data-screen="practice"]').click();
  await page.getByTestId('trainee').fill('Dana');
  await page.getByTestId('kind').selectOption(kind);
  await page.getByTestId('count').fill('2');
  await page.getByTestId('start').click();
  const ex = await current(page, 1);
  await fill(page, ex, perturbAnswer(ex, 1));
  await page.getByTestId('check').click();
  await expect(page.getByTestId('feedback')).toHaveAttribute('data-correct', 'false');
  await page.getByTestId('show-me').click();
  return ex;
}

test('"show me" of a run opens the simulator at that step in words, and the exercise is still there on the way back', async ({ page }) => {
  const ex = await wrongAnswer(page, 'isAllowed');
  if (ex.kind !== 'isAllowed') throw new Error('expected an isAllowed exercise');
  const shown = page.getByTestId('show-run');
  await expect(shown).toBeVisible();
  // Events and states in words, never their ids.
  for (const e of ex.run.events) await expect(shown).not.toContainText(e.type);
  await expect(shown).not.toContainText(/\b[a-z]+[A-Z][a-zA-Z]*\b/);
  await shown.getByTestId('show-in-simulator').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', String(ex.run.events.length));
  await page.locator('[data-screen="practice"]').click();
  await expect(page.getByTestId('exercise')).toHaveAttribute('data-id', ex.id);
  await expect(page.getByTestId('feedback')).toHaveAttribute('data-correct', 'false');
});

test('"show me" of units opens the diagram with them selected and in view', async ({ page }) => {
  await wrongAnswer(page, 'pickUnits');
  const shown = page.getByTestId('show-org');
  await expect(shown).toBeVisible();
  await shown.getByTestId('show-on-diagram').click();
  await expect(page.getByTestId('diagram')).toBeVisible();
  const selected = page.locator('.react-flow__node.selected');
  await expect(selected.first()).toBeVisible();
  await expect(selected.first()).toBeInViewport();
  expect(page.url()).not.toContain('#unit=');
});
