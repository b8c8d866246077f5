import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TEMPLATES } from '../../models/org/templates';
import { runScenario, tryParseScenario } from '../../models/procedures';
import { openApp, recordForeignRequests, waitForLayout } from './helpers';

const DIST = join(process.cwd(), 'dist');

test('the manifest names the app and its icons, and the service worker precaches ELK, templates, scenarios and lessons', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { name: string; icons: { src: string; sizes: string; purpose?: string }[] };
  expect(manifest.name).toBe('Prokuratura Studio');
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(sw).toMatch(/assets\/elk-worker[^"]*\.js/);
  expect(sw).toContain('templates/kazakhstan.prokuratura.json');
  expect(sw).toContain('scenarios/index.json');
  if (existsSync(join(DIST, 'lessons/index.json'))) expect(sw).toContain('lessons/index.json');
  // It never takes over on its own: no skipWaiting/clientsClaim in the generated worker's start.
  expect(sw).not.toMatch(/self\.skipWaiting\(\)\s*[,;]/);
});

test('after one load the app opens, lays out the national template, runs a sample and reads lessons with no network', async ({ page, context }) => {
  const foreign = recordForeignRequests(page);
  await openApp(page, 'en');
  // The service worker installs, precaches everything and controls the page (after a reload: prompt mode never claims).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForLayout(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await waitForLayout(page);

  // The national template, from the toolbar.
  await page.getByTestId('template-picker').selectOption('kazakhstan');
  await waitForLayout(page);
  const national = TEMPLATES.find((t) => t.id === 'kazakhstan')?.build();
  if (!national) throw new Error('no national template');
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(national.units).length);

  // A sample scenario from the simulator's list (fetched from the cache).
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
  const file = 'inspection-routine.json';
  await expect(page.locator(`[data-testid=scenario-select] option[value="${file}"]`)).toHaveCount(1);
  const parsed = tryParseScenario(readFileSync(join(DIST, 'scenarios', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const rows = runScenario(parsed.value);
  await page.getByTestId('scenario-select').selectOption(file);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-total', String(rows.length));
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '0');
  await page.getByTestId('forward').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '1');
  await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', rows[0]?.state ?? '');

  // Lessons (published by the lessons part): when the build has them, they load from the cache too.
  if (existsSync(join(DIST, 'lessons/index.json'))) {
    const status = await page.evaluate(async () => (await fetch('./lessons/index.json')).status);
    expect(status).toBe(200);
  }
  // And a file that was never published is not invented by the cache.
  const missing = await page.evaluate(async () => {
    try {
      return (await fetch('./scenarios/no-such-file.json')).ok;
    } catch {
      return false;
    }
  });
  expect(missing).toBe(false);
  expect(foreign).toEqual([]);
});
