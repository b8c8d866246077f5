/**
 * The simulator's history (issue 11): branches beside the main line, comparing two lines, undo,
 * autosaved runs after a reload, refused steps a trainee can try, and bugs 4, 5, 6, 7 and 17.
 * State is read from data-* attributes, not from visible text.
 */
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../models/calendar';
import { decodeRun } from '../../models/procedures';
import { expected, openSample, openSimulator } from './simulatorHelpers';

const timeline = (page: Page) => page.getByTestId('timeline');
const stepAt = (page: Page, k: number) => page.locator(`[data-testid=step][data-step="${k}"]`);
const extendOffer = (page: Page) => page.locator('.sim-offer', { has: page.locator('[data-testid=offer][data-event="inspection.extend"]') }).first();

const SAMPLE = 'inspection-extended-suspended.json';

test('bug 5: a step at a past point starts a branch and the main line keeps every later step; the two compare', async ({ page }) => {
  const { rows } = expected(SAMPLE);
  await openSimulator(page);
  await openSample(page, SAMPLE);
  await stepAt(page, 2).locator('.sim-step-main').click();
  await expect(timeline(page)).toHaveAttribute('data-position', '2');
  // Step 3 of the sample is inspection.start; do something else here: a week passes.
  await page.getByTestId('plus-week').click();
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '2');
  await expect(timeline(page)).toHaveAttribute('data-total', '3');
  await expect(stepAt(page, 3)).toHaveAttribute('data-state', rows[1].state);
  // The main line is all there.
  await page.locator('[data-testid=line][data-line=main]').click();
  await expect(timeline(page)).toHaveAttribute('data-total', String(rows.length));
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', rows.at(-1)!.state);
  // Compare: they part at step 3; each reaches its own state and date.
  await page.getByTestId('compare-toggle').click();
  const compare = page.getByTestId('compare');
  await expect(compare).toHaveAttribute('data-first-difference', '3');
  await expect(compare).toHaveAttribute('data-shared', '2');
  const ends = compare.getByTestId('compare-end');
  await expect(ends.nth(0)).toHaveAttribute('data-line', 'main');
  await expect(ends.nth(0)).toHaveAttribute('data-state', rows.at(-1)!.state);
  await expect(ends.nth(0)).toHaveAttribute('data-date', rows.at(-1)!.date);
  await expect(ends.nth(1)).toHaveAttribute('data-state', rows[1].state);
  await expect(ends.nth(1)).toHaveAttribute('data-date', addDays(rows[1].date, 7));
});

test('"Branch from here" branches, a branch is named, and Undo takes back the last step and then the branch', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, SAMPLE);
  await page.getByTestId('to-end').click();
  await stepAt(page, 4).getByTestId('branch-here').click();
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '2');
  await expect(timeline(page)).toHaveAttribute('data-total', '4');
  await expect(timeline(page)).toHaveAttribute('data-position', '4');
  await page.getByTestId('rename-line').click();
  await page.getByTestId('line-name-input').fill('Suspended at once');
  await page.getByTestId('line-name-done').click();
  await expect(page.locator('[data-testid=line][aria-pressed=true] [data-testid=line-name]')).toHaveText('Suspended at once');
  await page.locator('[data-testid=offer][data-event="inspection.suspend"]').first().click();
  await expect(timeline(page)).toHaveAttribute('data-total', '5');
  await expect(stepAt(page, 5)).toHaveAttribute('data-state', 'inProgress.suspended');
  await page.getByTestId('run-undo').click();
  await expect(timeline(page)).toHaveAttribute('data-total', '4');
  await page.getByTestId('run-undo').click();
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '1');
  await expect(timeline(page)).toHaveAttribute('data-total', String(expected(SAMPLE).rows.length));
  await expect(page.getByTestId('run-undo')).toBeDisabled();
});

test('a run is autosaved: after a reload it comes back with its branches and names, and is listed', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, SAMPLE);
  await stepAt(page, 2).locator('.sim-step-main').click();
  await page.getByTestId('plus-day').click();
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '2');
  await page.getByTestId('rename-line').click();
  await page.getByTestId('line-name-input').fill('A day late');
  await page.getByTestId('line-name-done').click();
  await page.getByTestId('runs-toggle').click();
  const saved = page.getByTestId('saved-run');
  await expect(saved).toHaveCount(1);
  await expect(saved.first()).toHaveAttribute('data-lines', '2');
  await saved.first().getByTestId('run-name').fill('Lesson 4, group B');
  await saved.first().getByTestId('run-name').press('Enter');
  await page.reload();
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('runs-notice')).toHaveAttribute('data-kind', 'restored');
  await expect(page.getByTestId('runs-notice')).toContainText('Lesson 4, group B');
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '2');
  await expect(page.locator('[data-testid=line][aria-pressed=true] [data-testid=line-name]')).toHaveText('A day late');
  await expect(timeline(page)).toHaveAttribute('data-total', '3');
  await page.locator('[data-testid=line][data-line=main]').click();
  await expect(timeline(page)).toHaveAttribute('data-total', String(expected(SAMPLE).rows.length));
  // A second run is listed beside it; opening the first again brings it back.
  await openSample(page, 'inspection-routine.json');
  await page.getByTestId('plus-day').click();
  await page.getByTestId('runs-toggle').click();
  await expect(page.getByTestId('saved-run')).toHaveCount(2);
  await page.locator('[data-testid=saved-run][data-current=false]').getByTestId('open-run').click();
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '2');
});

test('bug 7 and trying the unlawful step: 40 extension days say at once why not, the button says 40, and pressing records a refused step', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, SAMPLE);
  await stepAt(page, 8).locator('.sim-step-main').click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'inProgress.active');
  const offer = extendOffer(page);
  await offer.locator('input[type=number]').fill('40');
  const button = offer.getByTestId('offer');
  await expect(button).toContainText('40');
  await expect(button).not.toContainText('30');
  await expect(button).toHaveAttribute('data-days', '40');
  await expect(button).toHaveAttribute('data-ok', 'false');
  await expect(offer.getByTestId('offer-reason')).toHaveAttribute('data-code', 'extensionTooLong');
  await expect(offer.getByTestId('offer-reason')).toContainText('30');
  // Refused, but pressable: the step is recorded as refused, with the reason, the numbers and the article.
  await expect(button).toBeEnabled();
  await button.click();
  const refused = stepAt(page, 9);
  await expect(refused).toHaveAttribute('data-ok', 'false');
  await expect(refused).toHaveAttribute('data-code', 'extensionTooLong');
  await expect(refused).toHaveAttribute('data-state', 'inProgress.active');
  await expect(refused.getByTestId('reason')).not.toBeEmpty();
  await expect(refused.locator('.sim-payload')).toContainText('40');
  await expect(refused.locator('.sim-cite')).not.toBeEmpty();
  // It went on a branch of its own: the sample's own steps 9 on are still on the main line.
  await expect(page.getByTestId('lines')).toHaveAttribute('data-count', '2');
  await page.locator('[data-testid=line][data-line=main]').click();
  await expect(timeline(page)).toHaveAttribute('data-total', String(expected(SAMPLE).rows.length));
  await expect(stepAt(page, 10)).toHaveAttribute('data-ok', 'true');
});

test('bug 4: the share link follows the run on screen, never the one before, and carries the language', async ({ page }) => {
  await openSimulator(page, 'ru');
  await openSample(page, 'inspection-routine.json');
  await page.getByTestId('share').click();
  const first = await page.getByTestId('share-link').getAttribute('href');
  await openSample(page, 'inspection-expired.json');
  const href = await page.getByTestId('share-link').getAttribute('href');
  expect(href).not.toBe(first);
  expect(href).toContain('lang=ru');
  const decoded = decodeRun(/#run=(.*)$/.exec(href!)![1]);
  expect(decoded.ok && decoded.value.events).toEqual(expected('inspection-expired.json').file.steps.map((s) => s.event));
  // A step later, the link has that step too.
  await page.getByTestId('to-end').click();
  await page.getByTestId('plus-day').click();
  const after = await page.getByTestId('share-link').getAttribute('href');
  const again = decodeRun(/#run=(.*)$/.exec(after!)![1]);
  expect(again.ok && again.value.events.length).toBe(expected('inspection-expired.json').rows.length + 1);
  // Opened in a fresh page, in Russian.
  const fresh = await page.context().newPage();
  await fresh.goto(after!);
  await expect(fresh.getByTestId('timeline')).toHaveAttribute('data-total', String(expected('inspection-expired.json').rows.length + 1));
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'ru');
});

test('bug 6: switching procedure starts the new run and says where the old one is kept; an input not ready keeps the old run, said so', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, SAMPLE);
  await page.getByTestId('to-end').click();
  await page.getByTestId('procedure-select').selectOption('protest');
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'protest');
  await expect(timeline(page)).toHaveAttribute('data-total', '0');
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'draft');
  await expect(page.getByTestId('switch-notice')).toHaveAttribute('data-kind', 'saved');
  await expect(page.locator('[data-testid=offer][data-event^="inspection."]')).toHaveCount(0);
  // Back to it, exactly as it was.
  await page.getByTestId('switch-back').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'inspection');
  await expect(timeline(page)).toHaveAttribute('data-total', String(expected(SAMPLE).rows.length));
  await expect(page.getByTestId('procedure-select')).toHaveValue('inspection');
  // A council vote needs a council picked first: the inspection stays, and the notice says so.
  await page.getByTestId('procedure-select').selectOption('councilVote');
  await expect(page.getByTestId('switch-notice')).toHaveAttribute('data-kind', 'kept');
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'inspection');
});

test('bug 17: "Advance to" starts a week after the run\'s date, for every run and step', async ({ page }) => {
  const { file, rows } = expected('inspection-expired.json');
  await openSimulator(page);
  await openSample(page, 'inspection-expired.json');
  const start = (file.input as { startDate: string }).startDate;
  await expect(page.locator('.sim-advance-to input[type=date]')).toHaveValue(addDays(start, 7));
  await page.getByTestId('to-end').click();
  await expect(page.getByTestId('sim-date')).toHaveText(rows.at(-1)!.date);
  await expect(page.locator('.sim-advance-to input[type=date]')).toHaveValue(addDays(rows.at(-1)!.date, 7));
  // The default moves the run forward, never backwards.
  await stepAt(page, 3).locator('.sim-step-main').click();
  const date = rows[2].date;
  await page.getByTestId('advance-to').click();
  await expect(page.getByTestId('sim-date')).toHaveText(addDays(date, 7));
});

test('an offer whose payload moved on the same day (a deadline after an extension) sends the new payload, not the old one', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, SAMPLE);
  // Step 9 (a refused extension) and step 10 (the extension) share the state and the date; the deadline moves.
  await stepAt(page, 9).locator('.sim-step-main').click();
  await stepAt(page, 10).locator('.sim-step-main').click();
  const deadline = (await page.locator('[data-testid=deadline][data-key=completion] dd').textContent())!.trim().slice(0, 10);
  const toDeadline = page.getByTestId('time-controls').locator('[data-testid=offer][data-event="time.advanceTo"]', { hasText: deadline });
  await expect(toDeadline).toHaveCount(1);
  await toDeadline.click();
  await expect(page.getByTestId('sim-date')).toHaveText(deadline);
});

test('a saved run that cannot be read is reported and left as it is; the screen keeps its run', async ({ page }) => {
  await openSimulator(page);
  await expect(page.getByTestId('timeline')).toBeVisible();
  // A record written by hand: an extension of "many" days is not an event of the inspection.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('prokuratura-studio-runs', 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('runs', { keyPath: 'id' });
        req.result.createObjectStore('meta');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('no db'));
    });
    const tx = db.transaction(['runs', 'meta'], 'readwrite');
    tx.objectStore('runs').put({
      id: 'broken', name: 'Broken run', procedure: 'inspection', startDate: '2025-03-03', savedAt: '2026-01-01T00:00:00Z', steps: 1, lines: 1,
      history: { procedure: 'inspection', input: { startDate: '2025-03-03' }, lines: { main: { id: 'main', n: 0, name: null, parent: null, forkAt: 0, events: [{ type: 'inspection.extend', days: 'many' }] } }, order: ['main'], current: 'main', position: 1 },
    });
    tx.objectStore('meta').put('broken', 'lastRun');
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  });
  await page.reload();
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('runs-notice')).toHaveAttribute('data-kind', 'unreadable');
  await expect(timeline(page)).toHaveAttribute('data-total', '0');
  await page.getByTestId('runs-toggle').click();
  await expect(page.locator('[data-testid=saved-run][data-run=broken]')).toHaveCount(1);
  await page.locator('[data-testid=saved-run][data-run=broken]').getByTestId('open-run').click();
  await expect(page.getByTestId('scenario-problems')).toBeVisible();
  await expect(timeline(page)).toHaveAttribute('data-total', '0');
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'inspection');
});
