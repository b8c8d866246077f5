import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForLayout } from './helpers';

/**
 * One document in two tabs of one browser: one tab edits (it holds the
 * document's Web Lock), the other follows live and read-only until "Edit here
 * instead". Edits made in either order survive a reload of both tabs.
 */
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function rename(page: Page, id: string, name: string) {
  await card(page, id).click();
  await page.getByTestId('name-en').fill(name);
  await page.getByTestId('name-en').press('Enter');
  await expect(card(page, id)).toContainText(name);
}

const role = (page: Page) => page.locator('.documents');

/** The first tab: it holds the lock and has read its stored document (the first run's record is written by then). */
async function openWriter(page: Page) {
  await openApp(page, 'en');
  await expect(role(page)).toHaveAttribute('data-tab', 'writer');
  await expect(page.getByTestId('tab-banner')).toHaveCount(0);
}

async function openFollower(page: Page) {
  await openApp(page, 'en');
  await expect(role(page)).toHaveAttribute('data-tab', 'follower');
  await expect(page.getByTestId('tab-banner')).toBeVisible();
}

async function takeOver(page: Page) {
  await page.getByTestId('edit-here').click();
  await expect(page.getByTestId('tab-banner')).toHaveCount(0);
}

async function reloadBoth(a: Page, b: Page) {
  await a.reload();
  await b.reload();
  await waitForLayout(a);
  await waitForLayout(b);
}

test('the second tab follows the first read-only, refuses an edit, and takes over on "Edit here instead"', async ({ context }) => {
  const a = await context.newPage();
  await openWriter(a);
  const b = await context.newPage();
  await openFollower(b);
  await expect(b.getByTestId('tab-banner')).toContainText('Open in another tab');

  // A's edit reaches B live.
  await rename(a, 'gpo', 'Edited in tab A');
  await expect(card(b, 'gpo')).toContainText('Edited in tab A');

  // B may not edit while A does: refused with the reason, nothing changes.
  await card(b, 'president').click();
  await b.getByTestId('name-en').fill('Not allowed here');
  await b.getByTestId('name-en').press('Enter');
  await expect(b.getByTestId('editor-message')).toContainText('another tab');
  await expect(card(b, 'president')).not.toContainText('Not allowed here');

  // B takes over; now A follows.
  await takeOver(b);
  await expect(a.getByTestId('tab-banner')).toBeVisible();
  await rename(b, 'president', 'Edited in tab B');
  await expect(card(a, 'president')).toContainText('Edited in tab B');
  await expect(card(a, 'gpo')).toContainText('Edited in tab A');
});

for (const order of [['a', 'b'], ['b', 'a']] as const) {
  test(`edits in tab ${order[0].toUpperCase()} then tab ${order[1].toUpperCase()} both survive a reload of both`, async ({ context }) => {
    const a = await context.newPage();
    await openWriter(a);
    const b = await context.newPage();
    await openFollower(b);
    const pages = { a, b };
    const [first, second] = [pages[order[0]], pages[order[1]]];

    if (first === b) await takeOver(b);
    await rename(first, 'gpo', `First edit, tab ${order[0]}`);
    await takeOver(second);
    await rename(second, 'president', `Second edit, tab ${order[1]}`);
    // Both edits are in both tabs before anything is reloaded.
    await expect(card(first, 'president')).toContainText(`Second edit, tab ${order[1]}`);
    await expect(card(second, 'gpo')).toContainText(`First edit, tab ${order[0]}`);
    await expect(second.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

    await reloadBoth(a, b);
    for (const p of [a, b]) {
      await expect(card(p, 'gpo')).toContainText(`First edit, tab ${order[0]}`);
      await expect(card(p, 'president')).toContainText(`Second edit, tab ${order[1]}`);
    }
    // After the reload exactly one tab edits.
    await expect.poll(async () => [await role(a).getAttribute('data-tab'), await role(b).getAttribute('data-tab')].sort().join(' ')).toBe('follower writer');
  });
}

test('a lone tab on a busy machine edits its document: a main thread blocked past the lock wait does not make it follow no one', async ({ page }) => {
  // A slow school laptop: the main thread is busy for 2.5 s just after the tab asks for the document's lock,
  // longer than the brief wait for a tab that is handing over. No other tab holds the lock, so this one must edit.
  await page.addInitScript(() => {
    const request = navigator.locks.request.bind(navigator.locks) as (...a: unknown[]) => Promise<unknown>;
    let blocked = false;
    (navigator.locks as unknown as { request: (...a: unknown[]) => Promise<unknown> }).request = (...args: unknown[]) => {
      const p = request(...args);
      if (!blocked) {
        blocked = true;
        const until = Date.now() + 2500;
        while (Date.now() < until) { /* busy */ }
      }
      return p;
    };
  });
  await openWriter(page);
  await rename(page, 'gpo', 'Busy-machine GPO');
});
