import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { BAD_FILES, bigSchemaFailure, bigTooManyUnits } from '../fixtures/bad-files/cases';
import { openApp, waitForLayout } from './helpers';

const dir = fileURLToPath(new URL('../fixtures/bad-files/', import.meta.url));

/** The open document as bytes, through the app's own Save button: the stable serialisation to compare. */
async function saved(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-file').click()]);
  return readFileSync(await download.path(), 'utf8');
}

async function documentCount(page: Page): Promise<number> {
  await page.getByTestId('documents-toggle').click();
  const n = await page.getByTestId('documents-menu').getByTestId('doc-item').count();
  await page.getByTestId('documents-toggle').click();
  await expect(page.getByTestId('documents-menu')).toHaveCount(0);
  return n;
}

/** Opens one file through the real input and dismisses the refusal; returns its text. */
async function refuse(page: Page, file: Parameters<Page['setInputFiles']>[1], mentions: RegExp): Promise<string> {
  await page.getByTestId('open-file').setInputFiles(file);
  const problems = page.getByTestId('file-problems');
  await expect(problems).toContainText(mentions);
  await expect(problems).toContainText('your document is unchanged');
  const text = await problems.innerText();
  await problems.getByRole('button').click();
  await expect(problems).toHaveCount(0);
  return text;
}

test('every file of the corpus is refused with a reason and the open document stays identical', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, 'en');
  // Make the open document the user's own work, not a template.
  await page.locator('.react-flow__node[data-id="gpo"]').click();
  await page.getByTestId('name-en').fill('My office');
  await page.getByTestId('name-en').press('Enter');
  const before = await saved(page);
  const docs = await documentCount(page);
  const nodes = await page.locator('.react-flow__node').count();
  for (const c of BAD_FILES) {
    await test.step(c.file, async () => {
      const text = await refuse(page, `${dir}${c.file}`, c.mentions);
      // Names with markup are shown as text, never run.
      expect(text).not.toContain('undefined');
    });
  }
  await waitForLayout(page);
  expect(await saved(page)).toBe(before);
  expect(await documentCount(page)).toBe(docs);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
  await expect(page.locator('.react-flow__node[data-id="gpo"]')).toContainText('My office');
});

test('10 MB files are read in a worker: refused, the page stays responsive, the document identical', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, 'en');
  const before = await saved(page);
  const cases = [
    { name: 'big-schema-failure.prokuratura.json', text: bigSchemaFailure(), mentions: /Unrecognized key: "title"/ },
    { name: 'big-too-many-units.prokuratura.json', text: bigTooManyUnits(), mentions: /at most 20000 units/ },
  ];
  for (const c of cases) {
    await test.step(`${c.name} (${(c.text.length / 1048576).toFixed(1)} MB)`, async () => {
      // Watch the main thread from inside the page: the longest task and the longest gap between frames.
      await page.evaluate(() => {
        const w = window as unknown as { probe: { longest: number; gap: number; stop: boolean } };
        w.probe = { longest: 0, gap: 0, stop: false };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.probe.longest = Math.max(w.probe.longest, e.duration);
        }).observe({ type: 'longtask' });
        let last = performance.now();
        const tick = () => {
          const now = performance.now();
          w.probe.gap = Math.max(w.probe.gap, now - last);
          last = now;
          if (!w.probe.stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      // From disk, not a buffer: Playwright would otherwise build the File inside the page, on its main thread.
      const path = test.info().outputPath(c.name);
      writeFileSync(path, c.text);
      const started = Date.now();
      await page.getByTestId('open-file').setInputFiles(path);
      // While the worker reads, another control answers at once.
      await expect(page.getByTestId('file-reading')).toBeVisible();
      await page.getByTestId('documents-toggle').click();
      await expect(page.getByTestId('documents-menu')).toBeVisible();
      const clickedDuringRead = await page.getByTestId('file-reading').isVisible();
      await page.getByTestId('documents-toggle').click();
      await expect(page.getByTestId('documents-menu')).toHaveCount(0);
      await expect(page.getByTestId('file-problems')).toContainText(c.mentions, { timeout: 30_000 });
      const total = Date.now() - started;
      const probe = await page.evaluate(() => {
        const w = window as unknown as { probe: { longest: number; gap: number; stop: boolean } };
        w.probe.stop = true;
        return w.probe;
      });
      const workerMs = await page.locator('.documents').getAttribute('data-last-read-ms');
      test.info().annotations.push({
        type: 'timing',
        description: `${c.name}: worker ${workerMs} ms, open to message ${total} ms, longest main-thread task ${Math.round(probe.longest)} ms, longest frame gap ${Math.round(probe.gap)} ms, click during read: ${clickedDuringRead}`,
      });
      console.log(test.info().annotations.at(-1)?.description);
      expect(clickedDuringRead).toBe(true);
      expect(probe.longest).toBeLessThan(200);
      await page.getByTestId('file-problems').getByRole('button').click();
    });
  }
  expect(await saved(page)).toBe(before);
});

test('a file beyond the size cap is refused before it is read', async ({ page }) => {
  await openApp(page, 'en');
  const before = await saved(page);
  const path = test.info().outputPath('huge.prokuratura.json');
  writeFileSync(path, Buffer.alloc(21 * 1024 * 1024, 0x20));
  await refuse(page, path, /21\.0 MB; at most 20 MB can be opened/);
  expect(await saved(page)).toBe(before);
});
