import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES } from '../../models/org/templates';
import { openApp, waitForLayout } from './helpers';

const classroom = TEMPLATES.find((t) => t.id === 'classroom')!;
const nodes = (page: Page) => page.locator('.react-flow__node');
const items = (page: Page) => page.getByTestId('documents-menu').getByTestId('doc-item');

async function openMenu(page: Page) {
  const menu = page.getByTestId('documents-menu');
  if (!(await menu.isVisible())) await page.getByTestId('documents-toggle').click();
  await expect(menu).toBeVisible();
}

async function saveFile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-file').click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function newFromTemplate(page: Page, id: string) {
  await openMenu(page);
  await page.getByTestId('new-doc-template').selectOption(id);
  await page.getByTestId('new-doc').click();
  await waitForLayout(page);
}

test('an edit is saved within a second and is there after a reload', async ({ page }) => {
  await openApp(page, 'en');
  await page.locator('.react-flow__node[data-id="gpo"]').click();
  await page.getByTestId('name-en').fill('Office kept across reloads');
  await page.getByTestId('name-en').press('Enter');
  await expect(page.locator('.react-flow__node[data-id="gpo"]')).toContainText('Office kept across reloads');
  await page.waitForTimeout(1000);
  await page.reload();
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node[data-id="gpo"]')).toContainText('Office kept across reloads');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});

test('two documents: both listed after a reload and the last open one shown', async ({ page }) => {
  await openApp(page, 'en');
  await expect(page.getByTestId('document-name')).toHaveText(/.+/);
  const fullName = await page.getByTestId('document-name').innerText();
  const fullCount = await nodes(page).count();

  await newFromTemplate(page, 'classroom');
  await expect(page.getByTestId('document-name')).toHaveText(classroom.title.en);
  await openMenu(page);
  await page.locator('[data-testid=doc-item][aria-current=true]').getByTestId('doc-rename').click();
  await page.getByTestId('rename-input').fill('Lesson 1');
  await page.getByTestId('rename-input').press('Enter');
  await expect(page.getByTestId('document-name')).toHaveText('Lesson 1');
  const lessonCount = await nodes(page).count();
  expect(lessonCount).not.toBe(fullCount);
  await page.waitForTimeout(1000);

  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('document-name')).toHaveText('Lesson 1');
  await expect(nodes(page)).toHaveCount(lessonCount);
  await openMenu(page);
  await expect(items(page)).toHaveCount(2);
  await expect(items(page).filter({ hasText: 'Lesson 1' })).toHaveAttribute('aria-current', 'true');

  // Switch back: the other document opens, and it is the one a reload brings back.
  await items(page).filter({ hasText: fullName }).getByTestId('doc-open').click();
  await waitForLayout(page);
  await expect(page.getByTestId('document-name')).toHaveText(fullName);
  await expect(nodes(page)).toHaveCount(fullCount);
  await page.waitForTimeout(300);
  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('document-name')).toHaveText(fullName);
  await expect(nodes(page)).toHaveCount(fullCount);
});

test('duplicate and delete (after a confirmation)', async ({ page }) => {
  await openApp(page, 'en');
  await newFromTemplate(page, 'classroom');
  await openMenu(page);
  await page.locator('[data-testid=doc-item][aria-current=true]').getByTestId('doc-duplicate').click();
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByTestId('document-name')).toHaveText(`${classroom.title.en} (copy)`);

  const copy = items(page).filter({ hasText: '(copy)' });
  await copy.getByTestId('doc-delete').click();
  await expect(copy).toContainText('cannot be undone');
  await expect(items(page)).toHaveCount(3);
  await copy.getByRole('button', { name: 'Cancel' }).click();
  await expect(items(page)).toHaveCount(3);
  await copy.getByTestId('doc-delete').click();
  await copy.getByTestId('doc-confirm-delete').click();
  await expect(items(page)).toHaveCount(2);
  await expect(page.getByTestId('document-name')).not.toHaveText(/\(copy\)/);
  await page.waitForTimeout(500);
  await page.reload();
  await waitForLayout(page);
  await openMenu(page);
  await expect(items(page)).toHaveCount(2);
});

test('picking a template in the toolbar keeps the document that was open', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('template-picker').selectOption('classroom');
  await waitForLayout(page);
  await openMenu(page);
  await expect(items(page)).toHaveCount(2);
});

test('Save file downloads <name>.prokuratura.json, and Open… reads it back as a new document', async ({ page }) => {
  await openApp(page, 'en');
  await newFromTemplate(page, 'classroom');
  const saved = await saveFile(page);
  expect(saved.name).toBe(`${classroom.title.en}.prokuratura.json`);
  const file = JSON.parse(saved.text) as { format: string; version: number; document: unknown };
  expect(file.format).toBe('prokuratura.org');
  expect(file.document).toEqual(JSON.parse(JSON.stringify(classroom.build())));

  await page.getByTestId('open-file').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
  await waitForLayout(page);
  await expect(page.getByTestId('file-problems')).toHaveCount(0);
  await openMenu(page);
  await expect(items(page)).toHaveCount(3);
  expect((await saveFile(page)).text).toBe(saved.text);
});

test('a damaged stored document is skipped with a message, the rest still opens', async ({ page }) => {
  await openApp(page, 'en');
  await page.waitForTimeout(500);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('prokuratura-studio');
        req.onsuccess = () => {
          const tx = req.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put({ id: 'broken', name: 'Broken', doc: { units: 'nope' }, updatedAt: Date.now() + 1e6 });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        req.onerror = () => reject(new Error(String(req.error)));
      }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await waitForLayout(page);
  await openMenu(page);
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByTestId('storage-problems')).toContainText('damaged');
  await expect(page.getByTestId('storage-problems')).toContainText('broken');
  expect(errors).toEqual([]);
});
