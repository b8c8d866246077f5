import { expect, test, type Page } from '@playwright/test';
import { expected, openSample, openSimulator } from './simulatorHelpers';

/** The rows the headless runner prints for a sample: what the screen must show at each step. */
async function at(page: Page) {
  return { state: await page.getByTestId('state-value').getAttribute('data-state'), date: await page.getByTestId('sim-date').textContent() };
}

test('a sample inspection steps forward, back and forward again with the same state and date at every step', async ({ page }) => {
  const { file, rows } = expected('inspection-extended-suspended.json');
  await openSimulator(page);
  await openSample(page, 'inspection-extended-suspended.json');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-total', String(rows.length));
  const start = { state: 'draft', date: (file.input as { startDate: string }).startDate };
  expect(await at(page)).toEqual(start);
  const seen: { state: string | null; date: string | null }[] = [start];
  for (const row of rows) {
    await page.getByTestId('forward').click();
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', String(row.step));
    await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', row.state);
    await expect(page.getByTestId('sim-date')).toHaveText(row.date);
    seen.push(await at(page));
  }
  await expect(page.getByTestId('forward')).toBeDisabled();
  for (let k = rows.length - 1; k >= 0; k--) {
    await page.getByTestId('back').click();
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', String(k));
    expect(await at(page)).toEqual(seen[k]);
  }
  for (let k = 1; k <= rows.length; k++) {
    await page.getByTestId('forward').click();
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', String(k));
    expect(await at(page)).toEqual(seen[k]);
  }
  // Jumping to a step by clicking it lands on the same state.
  await page.locator('[data-testid=step][data-step="3"] .sim-step-main').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '3');
  expect(await at(page)).toEqual(seen[3]);
});

test('a rejected step keeps its code in data-code, shows its reason in words and the formatted citation', async ({ page }) => {
  const { rows } = expected('inspection-expired.json');
  const rejected = rows.find((r) => !r.accepted);
  expect(rejected).toBeDefined();
  await openSimulator(page);
  await openSample(page, 'inspection-expired.json');
  const step = page.locator(`[data-testid=step][data-step="${rejected!.step}"]`);
  await expect(step).toHaveAttribute('data-ok', 'false');
  await expect(step.getByTestId('verdict')).toHaveAttribute('data-code', rejected!.code!);
  await expect(step).not.toContainText(rejected!.code!);
  await expect(step.locator('.sim-cite')).toContainText(/CL on the Prosecutor's Office|Inspection Rules/);
});

test('an inspection decided with a protest opens its protest, and comes back exactly as it was', async ({ page }) => {
  const { rows } = expected('inspection-extended-suspended.json');
  await openSimulator(page);
  await openSample(page, 'inspection-extended-suspended.json');
  await page.getByTestId('to-end').click();
  const before = await at(page);
  expect(before.state).toBe(rows.at(-1)!.state);
  await page.getByTestId('open-protest').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'protest');
  await expect(page.getByTestId('linked-from')).toBeVisible();
  await expect(page.getByTestId('sim-date')).toHaveText(rows.at(-1)!.date);
  // Bring the protest, then go back to the inspection and return to the protest.
  await page.locator('[data-testid=offer][data-event="protest.bring"]').first().click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'pending.awaitingHearing');
  await expect(page.getByTestId('higher').getByTestId('withdraw-as').first()).toBeEnabled();
  await page.getByTestId('back-to-inspection').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'inspection');
  expect(await at(page)).toEqual(before);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', String(rows.length));
  await expect(page.getByTestId('linked-run')).toBeVisible();
  await page.getByTestId('open-protest').click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'pending.awaitingHearing');
  // A higher prosecutor withdraws it (CL art. 43.3).
  await page.getByTestId('withdraw-as').first().click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'withdrawn');
});

test('a share link opens the same run in the same state', async ({ page }) => {
  const { rows } = expected('inspection-refused-entry.json');
  await openSimulator(page);
  await openSample(page, 'inspection-refused-entry.json');
  await page.getByTestId('to-end').click();
  const end = await at(page);
  expect(end).toEqual({ state: rows.at(-1)!.state, date: rows.at(-1)!.date });
  await page.getByTestId('share').click();
  const href = await page.getByTestId('share-link').getAttribute('href');
  expect(href).toMatch(/#run=[A-Za-z0-9_-]+$/);
  const fresh = await page.context().newPage();
  await fresh.goto(href!);
  await expect(fresh.getByTestId('simulator')).toBeVisible();
  await expect(fresh.getByTestId('timeline')).toHaveAttribute('data-total', String(rows.length));
  expect(await at(fresh)).toEqual(end);
});

test('a broken scenario file is refused with its paths and the run is untouched', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, 'inspection-routine.json');
  const before = await at(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'prokuratura.scenario', version: 1, procedure: 'inspection', title: { kk: 'a', ru: 'b', en: 'c' }, input: { startDate: '2025-02-30' }, steps: [] })),
  });
  await expect(page.getByTestId('scenario-problems')).toContainText('input.startDate');
  expect(await at(page)).toEqual(before);
});

test('the procedure picker groups procedures by the manual\'s theme', async ({ page }) => {
  await openSimulator(page);
  const groups = page.getByTestId('procedure-select').locator('optgroup');
  expect(await groups.count()).toBeGreaterThanOrEqual(3);
  const labels = await groups.evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
  expect(labels.some((l) => l.startsWith('Theme 4.') && l.includes('Prosecutorial supervision'))).toBe(true);
  await expect(page.locator('[data-testid=procedure-select] optgroup[data-theme="4"] option[value=inspection]')).toHaveCount(1);
  await expect(page.locator('[data-testid=procedure-select] optgroup[data-theme="6"] option[value=protest]')).toHaveCount(1);
  await expect(page.locator('[data-testid=procedure-select] optgroup[data-theme="7"] option[value=councilVote]')).toHaveCount(1);
  // Themes in order.
  const themes = await groups.evaluateAll((gs) => gs.map((g) => Number((g as HTMLElement).dataset.theme)));
  expect(themes).toEqual([...themes].sort((a, b) => a - b));
});

test('a refused event reads as what was refused, why, and the citation with its provenance', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, 'protest-immune-act.json');
  await page.getByTestId('forward').click();
  const step = page.locator('[data-testid=step][data-step="1"]');
  await expect(step).toHaveAttribute('data-ok', 'false');
  await expect(step.getByTestId('reason')).toHaveText('Acts of the President are not protested');
  await expect(step.getByTestId('verdict')).toHaveAttribute('data-code', 'immunePresidentAct');
  await expect(step.locator('.sim-cite')).toContainText('33');
  // The same refusal in the offers list of the current state, in Kazakh too.
  await expect(page.getByTestId('not-possible').getByTestId('reason').first()).toHaveText('Acts of the President are not protested');
  await page.locator('[data-lang=kk]').click();
  await expect(step.getByTestId('reason')).toHaveText('Президенттің актілеріне наразылық келтірілмейді');
});

test('an organisation\'s act is protested only when the form says whom it concerns', async ({ page }) => {
  await openSimulator(page);
  await page.getByTestId('procedure-select').selectOption('protest');
  await page.locator('select[data-field="act.issuer"]').selectOption('organisation');
  await page.getByTestId('start-run').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'protest');
  const bring = page.locator('[data-testid=offer][data-event="protest.bring"]', { hasText: '10 calendar days' });
  await expect(bring).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('not-possible')).toContainText('concerns persons unable to defend themselves');
  await page.locator('[data-field="act.affects"] input[data-option=minors]').check();
  await page.getByTestId('start-run').click();
  await expect(bring).toHaveAttribute('data-ok', 'true');
  await bring.click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'pending.awaitingHearing');
});

test('the statechart marks where the run has been: the states it was in and the transitions it took, counted, growing with each step', async ({ page }) => {
  await openSimulator(page);
  await openSample(page, 'inspection-routine.json');
  await page.getByTestId('view-statechart').click();
  await expect(page.getByTestId('statechart')).toHaveAttribute('data-layout', 'ready');
  const coverage = page.getByTestId('statechart-coverage');
  // At the start: only the initial state, no transition.
  await expect(coverage).toHaveAttribute('data-states', '1');
  await expect(coverage).toHaveAttribute('data-transitions', '0');
  await expect(page.locator('.sc-state.is-visited:not(.is-compound)')).toHaveCount(1);
  // To the end of the sample: more states and transitions, the same number marked on the chart.
  await page.locator('[data-testid=step]').last().locator('.sim-step-main').click();
  const leaves = new Set(expected('inspection-routine.json').rows.map((r) => r.state));
  await expect(coverage).toHaveAttribute('data-states', String(leaves.size + 1));
  const transitions = Number(await coverage.getAttribute('data-transitions'));
  expect(transitions).toBeGreaterThan(0);
  await expect(page.locator('.sc-state.is-visited:not(.is-compound)')).toHaveCount(leaves.size + 1);
  await expect(page.locator('.react-flow__edge.is-visited')).toHaveCount(transitions);
});
