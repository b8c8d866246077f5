import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario, tryParseScenario } from '../../models/procedures';
import { openApp } from './helpers';

/** The rows the headless runner prints for a sample: what the screen must show at each step. */
function rowsOf(file: string) {
  const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../public/scenarios', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return runScenario(parsed.value);
}

async function openSample(page: Page, file: string, lang: 'kk' | 'ru' | 'en' = 'en') {
  await openApp(page, lang);
  await page.locator('[data-screen=simulator]').click();
  await expect(page.locator(`[data-testid=scenario-select] option[value="${file}"]`)).toHaveCount(1);
  await page.getByTestId('scenario-select').selectOption(file);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-total', String(rowsOf(file).length));
}

async function at(page: Page) {
  return {
    state: await page.getByTestId('state-value').getAttribute('data-state'),
    date: await page.getByTestId('sim-date').textContent(),
    position: await page.getByTestId('timeline').getAttribute('data-position'),
  };
}

test('an inspection decided with a representation opens it, and comes back exactly as it was', async ({ page }) => {
  const rows = rowsOf('inspection-routine.json');
  expect(rows.at(-1)).toMatchObject({ event: 'inspection.decide', state: 'decided' });
  await openSample(page, 'inspection-routine.json');
  await page.getByTestId('to-end').click();
  const before = await at(page);
  expect(before).toEqual({ state: 'decided', date: rows.at(-1)!.date, position: String(rows.length) });

  await page.getByTestId('open-representation').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'representation');
  await expect(page.getByTestId('linked-from')).toContainText('Inspection');
  // The representation starts on the day the inspection was decided, with nothing brought yet.
  await expect(page.getByTestId('sim-date')).toHaveText(rows.at(-1)!.date);
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'draft');
  await page.locator('[data-testid=offer][data-event="representation.bring"]').first().click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'pending.awaitingHearing');

  await page.getByTestId('back-to-inspection').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'inspection');
  expect(await at(page)).toEqual(before);
  await expect(page.getByTestId('linked-run')).toBeVisible();
  // Going to it again finds the representation where it was left.
  await page.getByTestId('open-representation').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'representation');
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'pending.awaitingHearing');
});

test('an appeal that needs an inspection opens one, linked back to the appeal', async ({ page }) => {
  const rows = rowsOf('appeal-inspection-late.json');
  const appointed = rows.find((r) => r.event === 'inspection.appoint')!;
  expect(appointed.state).toBe('registered.awaitingInspection');
  await openSample(page, 'appeal-inspection-late.json');
  // Before the inspection is appointed there is nothing to open.
  await page.locator(`[data-testid=step][data-step="${appointed.step - 1}"] .sim-step-main`).click();
  await expect(page.getByTestId('open-inspection')).toHaveCount(0);
  await page.locator(`[data-testid=step][data-step="${appointed.step}"] .sim-step-main`).click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'registered.awaitingInspection');
  const before = await at(page);

  await page.getByTestId('open-inspection').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'inspection');
  await expect(page.getByTestId('linked-from')).toContainText('Considering an appeal');
  await expect(page.getByTestId('sim-date')).toHaveText(appointed.date);
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'draft');
  // The inspection is a run of its own: appointed by the appeal's prosecutor, it goes on as any other.
  await page.locator('[data-testid=offer][data-event="inspection.appoint"]').first().click();
  await expect(page.getByTestId('timeline').locator('[data-testid=step][data-step="1"]')).toHaveAttribute('data-ok', 'true');

  await page.getByTestId('back-to-appeal').click();
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-procedure', 'appeal');
  expect(await at(page)).toEqual(before);
});

test('a forced bringing at 23:00 is refused with its reason and citation; at 06:00 it goes ahead', async ({ page }) => {
  const rows = rowsOf('forced-bringing-night-refused.json');
  const night = rows.find((r) => r.event === 'bringing.execute' && !r.accepted)!;
  expect(night.code).toBe('nightTime');
  await openSample(page, 'forced-bringing-night-refused.json');
  await page.locator(`[data-testid=step][data-step="${night.step}"] .sim-step-main`).click();
  const step = page.locator(`[data-testid=step][data-step="${night.step}"]`);
  await expect(step).toHaveAttribute('data-ok', 'false');
  await expect(step.locator('.sim-payload')).toContainText('23:00');
  await expect(step.getByTestId('verdict')).toHaveAttribute('data-code', 'nightTime');
  // The reason in words, not a code, and where it comes from.
  await expect(step.getByTestId('reason')).toContainText(/night/i);
  await expect(step.getByTestId('reason')).not.toContainText('nightTime');
  await expect(step.locator('.sim-cite')).toBeVisible();
  // The state did not move: the person is still to be brought; the last step, at 06:00, brings them.
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'ordered');
  await page.getByTestId('to-end').click();
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'brought');
});
