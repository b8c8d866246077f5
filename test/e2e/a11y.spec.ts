import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/**
 * axe-core over every screen and state we can reach (issue 15): the test fails
 * on any violation of impact serious or critical, and prints every screen's
 * counts (all impacts) so the closing note can give them.
 *
 * Screens audited: the diagram with the properties panel and the tree view
 * open; the documents menu; the export menu; the shortcuts dialog; the
 * simulator with the default inspection, a protest sample and a council
 * meeting.
 */
// axe over 200-odd cards takes a while on a shared two-core machine.
test.describe.configure({ timeout: 300_000 });

async function audit(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  // Experimental in axe, so off by default: a control's accessible name must contain its visible text (WCAG 2.5.3).
  // Not over the tree view: a nested treeitem's visible text includes its children's, which its own name must not.
  const names = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .exclude('[role=tree]')
    .analyze();
  result.violations.push(...names.violations);
  const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of result.violations) byImpact[v.impact ?? 'minor'] += v.nodes.length;
  if (process.env.A11Y_DUMP) {
    const { appendFileSync } = await import('node:fs');
    for (const v of result.violations)
      for (const n of v.nodes) appendFileSync(process.env.A11Y_DUMP, `${screen}\t${v.id}\t${n.target.join(' ')}\t${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}\n`);
  }
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `axe ${screen}: critical ${byImpact.critical}, serious ${byImpact.serious}, moderate ${byImpact.moderate}, minor ${byImpact.minor}` +
      (result.violations.length ? ` [${result.violations.map((v) => `${v.id}(${v.impact}) x${v.nodes.length}`).join(', ')}]` : ''),
  );
  const report = blocking.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`).join('\n  ')}`);
  expect(report, `serious or critical axe violations on ${screen}`).toEqual([]);
}

async function simulator(page: Page) {
  await openApp(page, 'en');
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
}

async function sample(page: Page, file: string) {
  await expect(page.locator(`[data-testid=scenario-select] option[value="${file}"]`)).toHaveCount(1);
  await page.getByTestId('scenario-select').selectOption(file);
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-total', '0');
}

for (const lang of ['kk', 'en'] as const) {
  test(`the diagram with the properties panel and the tree view open (${lang})`, async ({ page }) => {
    await openApp(page, lang);
    await page.locator('.react-flow__node[data-id="gpo"]').click();
    await expect(page.getByTestId('name-en')).toBeVisible();
    const tree = page.getByTestId('tree-panel');
    if ((await tree.count()) === 0) await page.getByTestId('tree-panel-toggle').click();
    await expect(page.getByTestId('tree-panel')).toBeVisible();
    await audit(page, `diagram+properties+tree (${lang})`);
  });
}

test('the documents menu', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('documents-toggle').click();
  await expect(page.getByTestId('documents-menu')).toBeVisible();
  await audit(page, 'documents menu');
});

test('the export menu', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('export-toggle').click();
  await expect(page.getByTestId('export-menu')).toHaveAttribute('data-open', 'true');
  await audit(page, 'export menu');
});

test('the shortcuts dialog', async ({ page }) => {
  await openApp(page, 'en');
  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await audit(page, 'shortcuts dialog');
});

test('the simulator: the default inspection, stepped once', async ({ page }) => {
  await simulator(page);
  await audit(page, 'simulator: default inspection');
});

test('the simulator: a protest sample', async ({ page }) => {
  await simulator(page);
  await sample(page, 'protest-from-inspection-court.json');
  await page.getByTestId('forward').click();
  await audit(page, 'simulator: protest sample');
});

test('the simulator: a council meeting', async ({ page }) => {
  await simulator(page);
  await sample(page, 'council-casting-vote.json');
  await page.getByTestId('forward').click();
  await expect(page.getByTestId('meeting')).toBeVisible();
  await audit(page, 'simulator: council meeting');
});

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails if it never does. */
async function tabTo(page: Page, selector: string, back = false, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} is not reachable with the keyboard`);
}

test('keyboard only: find a unit, rename it, undo, open the simulator, step an inspection, read a refusal', async ({ page }) => {
  const talgar = page.locator('.react-flow__node[data-id="district-almaty-region-talgar"]');
  await openApp(page, 'en');
  await page.locator('body').focus();
  // Find: Ctrl+F, type, Enter selects the first result.
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('Talgar');
  await expect(page.getByTestId('search-result').first()).toHaveAttribute('data-unit', 'district-almaty-region-talgar');
  await page.keyboard.press('Enter');
  await expect(talgar).toHaveClass(/selected/);
  // Edit: F2 goes to the name fields (Tab would walk every card first), Tab to the English one.
  // Out of the search box backwards, onto a toolbar control (forwards would focus, and select, a card).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('F2');
  await tabTo(page, '[data-testid="name-en"]', false, 10);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Renamed by keyboard');
  await page.keyboard.press('Enter');
  await expect(talgar).toContainText('Renamed by keyboard');
  // Undo: out of the text fields to the next button, Ctrl+Z.
  await tabTo(page, 'button', false, 20);
  await page.keyboard.press('Control+z');
  await expect(talgar).toContainText("Prosecutor's Office of Talgar District");
  await expect(talgar).not.toContainText('Renamed by keyboard');
  // The simulator: its tab in the header, Enter.
  await tabTo(page, '[data-screen="simulator"]', true, 600);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('simulator')).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '0');
  // Read a refusal first: a refused offer is still a button; Tab to it and Enter records the step as refused, and the
  // timeline says why in words, with the article (a screen reader reads the step's text).
  // Past the simulator's diagram cards, each a tab stop.
  await tabTo(page, '[data-testid="offer"][data-ok="false"]', false, 600);
  const tried = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '1');
  const refused = page.locator('[data-testid=step][data-step="1"]');
  await expect(refused).toHaveAttribute('data-ok', 'false');
  await expect(refused).toHaveAttribute('data-event', tried);
  await expect(refused.getByTestId('reason')).not.toBeEmpty();
  await expect(refused.locator('.sim-cite').first()).not.toBeEmpty();
  // The words, never the code.
  const code = (await refused.getAttribute('data-code')) ?? '';
  expect(code).not.toBe('');
  await expect(refused).not.toContainText(code);
  // Step the default inspection: the first event it accepts, by Tab and Enter.
  // The refused step re-drew the offers: backwards is the short way to them from wherever focus is now.
  await tabTo(page, '[data-testid="offer"][data-ok="true"]', true, 600);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '2');
});
