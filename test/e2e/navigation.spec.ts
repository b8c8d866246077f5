import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForLayout } from './helpers';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const treeItem = (page: Page, id: string) => page.locator(`[role=treeitem][data-row-id="${id}"]`);
const ASTANA_DISTRICTS = ['district-astana-yesil', 'district-astana-saryarka', 'council-astana'];

async function classroom(page: Page, lang: 'kk' | 'ru' | 'en') {
  await openApp(page, lang);
  await page.getByTestId('template-picker').selectOption('classroom');
  await waitForLayout(page);
  // Show the top of the new document (the view is not refitted on every template switch).
  await page.getByTestId('fit-all').click();
  await expect(node(page, 'gpo')).toBeInViewport();
}

/** The unit's card sits near the middle of the canvas (the view was centred on it). */
async function expectCentred(page: Page, id: string) {
  await expect
    .poll(async () => {
      const canvas = await page.getByTestId('diagram').boundingBox();
      const card = await node(page, id).boundingBox();
      if (!canvas || !card) return Infinity;
      return Math.hypot(card.x + card.width / 2 - (canvas.x + canvas.width / 2), card.y + card.height / 2 - (canvas.y + canvas.height / 2));
    })
    .toBeLessThan(40);
}

test('search finds the same unit by its kk, ru and en name, opens its collapsed superior, selects it and zooms to it', async ({ page }) => {
  await classroom(page, 'en');
  const talgar = 'district-almaty-region-talgar';
  const input = page.getByTestId('search-input');
  for (const query of ['Талғар', 'Талгар', 'Talgar']) {
    // Hide the district in a collapsed oblast and select something else first.
    if (!(await page.evaluate(() => document.querySelector('[role=treeitem][data-row-id="oblast-almaty-region"]')?.getAttribute('aria-expanded') === 'false'))) {
      await treeItem(page, 'oblast-almaty-region').locator('[data-testid=tree-toggle]').first().click();
    }
    await expect(node(page, talgar)).toHaveCount(0);
    await treeItem(page, 'gpo').locator('.tree-line').first().click();
    await expect(node(page, 'gpo')).toHaveClass(/selected/);

    await page.locator('body').press('/');
    await expect(input).toBeFocused();
    await input.fill(query);
    await expect(page.getByTestId('search-result').first()).toHaveAttribute('data-unit', talgar);
    await input.press('Enter');
    await expect(page.getByTestId('search-results')).toHaveCount(0);
    await expect(node(page, talgar)).toHaveClass(/selected/);
    await expect(node(page, 'gpo')).not.toHaveClass(/selected/);
    await expectCentred(page, talgar);
    await expect(treeItem(page, talgar)).toHaveAttribute('aria-selected', 'true');
    await input.fill('');
  }
  // Arrows move through the results, Escape closes the list, Ctrl+F focuses the field.
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+f');
  await expect(input).toBeFocused();
  await input.fill('Astana');
  const results = page.getByTestId('search-result');
  expect(await results.count()).toBeGreaterThan(2);
  await input.press('ArrowDown');
  await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await results.nth(1).getAttribute('data-unit');
  await input.press('Escape');
  await expect(page.getByTestId('search-results')).toHaveCount(0);
  await input.press('ArrowDown');
  await expect(page.getByTestId('search-results')).toBeVisible();
  await input.press('Enter');
  await expect(node(page, second ?? '')).toHaveClass(/selected/);
});

test('collapsing a subtree hides its cards and the layout closes the gap; expanding brings them back (canvas and tree alike)', async ({ page }) => {
  await classroom(page, 'en');
  const next = node(page, 'oblast-almaty-region');
  const before = await next.evaluate((e) => (e as HTMLElement).style.transform);
  await node(page, 'oblast-astana').getByTestId('collapse-toggle').click();
  for (const id of ASTANA_DISTRICTS) await expect(node(page, id)).toHaveCount(0);
  await waitForLayout(page);
  await expect.poll(() => next.evaluate((e) => (e as HTMLElement).style.transform)).not.toBe(before);
  // The tree shows the same collapse.
  await expect(treeItem(page, 'oblast-astana')).toHaveAttribute('aria-expanded', 'false');
  for (const id of ASTANA_DISTRICTS) await expect(treeItem(page, id)).toHaveCount(0);
  // Expand from the tree: the canvas follows.
  await treeItem(page, 'oblast-astana').locator('[data-testid=tree-toggle]').first().click();
  for (const id of ASTANA_DISTRICTS) await expect(node(page, id)).toHaveCount(1);
  await expect(treeItem(page, 'oblast-astana')).toHaveAttribute('aria-expanded', 'true');
  await waitForLayout(page);
  await expect.poll(() => next.evaluate((e) => (e as HTMLElement).style.transform)).toBe(before);
});

test('the tree view is usable by keyboard alone and keeps the canvas selection in step both ways', async ({ page }) => {
  await classroom(page, 'en');
  const tree = page.getByRole('tree');
  await expect(tree).toBeVisible();
  await expect(tree.locator('[role=treeitem][tabindex="0"]')).toHaveCount(1);
  await expect(treeItem(page, 'gpo')).toHaveAttribute('aria-level', '1');
  await expect(treeItem(page, 'oblast-astana')).toHaveAttribute('aria-level', '2');
  await expect(treeItem(page, 'district-astana-saryarka')).toHaveAttribute('aria-posinset', '2');
  await expect(tree.locator('[role=group]').first()).toBeVisible();

  // Tab from the search field until the tree item has the focus.
  await page.getByTestId('search-input').focus();
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem')) break;
    await page.keyboard.press('Tab');
  }
  await expect(treeItem(page, 'gpo')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(treeItem(page, 'gpo-deputy-1')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(node(page, 'gpo-deputy-1')).toHaveClass(/selected/);
  await expect(page.getByTestId('properties').locator('[data-unit="gpo-deputy-1"]')).toBeVisible();

  // Left goes to the parent, Left again collapses it (the canvas too), Right expands, Right again goes to the first child.
  await page.keyboard.press('ArrowLeft');
  await expect(treeItem(page, 'gpo')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tree.locator('[role=treeitem]').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(treeItem(page, 'gpo')).toBeFocused();
  // Type-ahead: "Mi" jumps to the Chief Military Prosecutor's Office.
  await page.keyboard.type('Ch');
  await expect(treeItem(page, 'military-chief')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(treeItem(page, 'military-chief')).toHaveAttribute('aria-expanded', 'false');
  await expect(node(page, 'military-astana')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(treeItem(page, 'military-chief')).toHaveAttribute('aria-expanded', 'true');
  await expect(node(page, 'military-astana')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(treeItem(page, 'military-astana')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(node(page, 'military-astana')).toHaveClass(/selected/);
  await expect(treeItem(page, 'military-astana')).toHaveAttribute('aria-selected', 'true');

  // `*` opens every collapsed sibling.
  await page.getByTestId('fit-all').click();
  await node(page, 'oblast-astana').getByTestId('collapse-toggle').click();
  await node(page, 'transport-chief').getByTestId('collapse-toggle').click();
  await treeItem(page, 'military-chief').focus();
  await page.keyboard.press('*');
  await expect(treeItem(page, 'oblast-astana')).toHaveAttribute('aria-expanded', 'true');
  await expect(treeItem(page, 'transport-chief')).toHaveAttribute('aria-expanded', 'true');

  // A click on the canvas moves the tree's selection and tab stop.
  await node(page, 'academy').click();
  await expect(treeItem(page, 'academy')).toHaveAttribute('aria-selected', 'true');
  await expect(treeItem(page, 'academy')).toHaveAttribute('tabindex', '0');
  await expect(treeItem(page, 'military-astana')).toHaveAttribute('aria-selected', 'false');

  // External bodies sit in their own group.
  const group = page.locator('[role=treeitem][data-row-id="__externals"]');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(group.locator('[role=treeitem][data-row-id="president"]')).toHaveAttribute('aria-level', '2');
});

test('focus on one branch shows only it, and "show everything" brings the rest back', async ({ page }) => {
  await classroom(page, 'ru');
  await treeItem(page, 'oblast-astana').locator('.tree-line').first().click();
  await expect(node(page, 'oblast-astana')).toHaveClass(/selected/);
  await page.getByTestId('focus-branch').click();
  await expect(node(page, 'military-chief')).toHaveCount(0);
  await expect(node(page, 'president')).toHaveCount(0);
  for (const id of ['gpo', 'oblast-astana', ...ASTANA_DISTRICTS]) await expect(node(page, id)).toHaveCount(1);
  await expect(treeItem(page, 'military-chief')).toHaveCount(0);
  await expect(page.getByTestId('focus-clear')).toBeVisible();
  await page.getByTestId('focus-clear').click();
  await expect(node(page, 'military-chief')).toHaveCount(1);
  await expect(node(page, 'president')).toHaveCount(1);
  await expect(page.getByTestId('focus-clear')).toHaveCount(0);
  await expect(treeItem(page, 'military-chief')).toHaveCount(1);
});

test('the tree panel folds away to a narrow strip and comes back', async ({ page }) => {
  await classroom(page, 'kk');
  const panel = page.getByTestId('tree-panel');
  const box = await panel.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(260);
  await page.getByTestId('tree-panel-toggle').click();
  await expect(page.getByRole('tree')).toHaveCount(0);
  await page.getByTestId('tree-panel-toggle').click();
  await expect(page.getByRole('tree')).toBeVisible();
});
