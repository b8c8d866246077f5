/**
 * A day in class on a projector: icons that render without an emoji font,
 * focus mode, card sizes and levels, the top of the hierarchy and the overview
 * at readable zooms, 125% and 150% browser zoom, the council and appointment
 * views, branch focus with its relations, and the national system in print.
 */
import { expect, test, type Page } from '@playwright/test';
import { appointmentChain, councilSeats } from '../../models/org/relationViews';
import { TEMPLATES } from '../../models/org/templates';
import { openApp, waitForLayout } from './helpers';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const treeLine = (page: Page, id: string) => page.locator(`[role=treeitem][data-row-id="${id}"] .tree-line`).first();
const national = () => TEMPLATES.find((t) => t.id === 'kazakhstan')!.build();

async function select(page: Page, id: string) {
  await treeLine(page, id).click();
  await expect(page.getByTestId('properties').locator(`[data-unit="${id}"]`)).toBeVisible();
}

/** Text (and generated content) on the page that uses emoji, dingbats, arrows, technical or geometric symbols. */
async function glyphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad = /[\u2190-\u21FF\u2200-\u22FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF]|\uFE0F|[\u{1F000}-\u{1FAFF}]/u;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (bad.test(text)) out.push(`${n.parentElement?.tagName ?? '?'}: ${text.trim().slice(0, 60)}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after']) {
        const c = getComputedStyle(el, pseudo).content;
        if (c && c !== 'none' && bad.test(c)) out.push(`${el.tagName}${pseudo}: ${c}`);
      }
    }
    return out;
  });
}

test('no text on the main screens uses emoji or symbol glyphs (they show as boxes without an emoji font)', async ({ page }) => {
  await openApp(page, 'kk');
  expect(await glyphs(page)).toEqual([]);
  await select(page, 'gpo');
  await page.getByTestId('documents-toggle').click();
  expect(await glyphs(page)).toEqual([]);
  await page.getByTestId('documents-toggle').click();
  await page.getByTestId('export-toggle').click();
  expect(await glyphs(page)).toEqual([]);
  await page.getByTestId('view-toggle').click();
  expect(await glyphs(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  expect(await glyphs(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('present').click();
  expect(await glyphs(page)).toEqual([]);
  await page.getByTestId('present').click();
  // The simulator, with a run of each kind on screen.
  await page.locator('[data-screen=simulator]').click();
  for (const sample of ['council-republican-two-items.json']) {
    await page.getByTestId('scenario-select').selectOption(sample);
    await expect(page.getByTestId('timeline')).toBeVisible();
    expect(await glyphs(page)).toEqual([]);
  }
  await page.getByTestId('procedure-select').selectOption('inspection');
  await expect(page.getByTestId('timeline')).toBeVisible();
  expect(await glyphs(page)).toEqual([]);
});

test('focus mode hides the panels and the minimap, the minimap comes back on its own toggle, card size has four steps, collapse and levels', async ({ page }) => {
  await openApp(page, 'en');
  const doc = national();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
  await page.getByTestId('present').click();
  await expect(page.getByTestId('tree-panel')).toHaveCount(0);
  await expect(page.locator('aside.side')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await expect(page.getByTestId('present')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('minimap-toggle').click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
  await page.getByTestId('minimap-toggle').click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);

  // Card and text size: each step draws bigger cards (laid out afresh).
  const width = () => node(page, 'gpo').locator('.unit-card').evaluate((el) => (el as HTMLElement).offsetWidth);
  const widths = [await width()];
  for (const step of [1, 2, 3]) {
    await page.getByTestId('view-toggle').click();
    await page.getByTestId(`text-size-${step}`).check();
    await page.keyboard.press('Escape');
    await waitForLayout(page);
    widths.push(await width());
  }
  for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1]);

  // Collapse all: only the roots are drawn. Expand to level 2: the roots and what answers to them.
  const roots = Object.values(doc.units).filter((u) => u.parentId === undefined);
  await page.getByTestId('view-toggle').click();
  await page.getByTestId('collapse-all').click();
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(roots.length);
  await page.getByTestId('expand-level-2').click();
  await waitForLayout(page);
  const level2 = roots.length + Object.values(doc.units).filter((u) => u.parentId !== undefined && roots.some((r) => r.id === u.parentId)).length;
  await expect(page.locator('.react-flow__node')).toHaveCount(level2);
  await page.getByTestId('expand-all').click();
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(doc.units).length);
  await page.keyboard.press('Escape');

  // Leaving focus mode brings everything back; the card size is kept across a reload.
  await page.getByTestId('present').click();
  await expect(page.getByTestId('tree-panel')).toBeVisible();
  await expect(page.locator('aside.side')).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
  await page.reload();
  await waitForLayout(page);
  expect(await width()).toBe(widths[3]);
});

test('full screen is one click away, and focus mode asks for it', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('fullscreen').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByTestId('fullscreen')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('fullscreen').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await page.getByTestId('present').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.getByTestId('present').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').first().evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

test('the top of the hierarchy opens at full size; "Fit all" of the national system offers a readable overview', async ({ page }) => {
  await openApp(page, 'en');
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(1);
  await expect(node(page, 'gpo')).toBeInViewport();
  await page.getByTestId('fit-all').click();
  await expect(page.getByTestId('overview-offer')).toBeVisible();
  // The fit is animated: wait for it to land before reading the zoom.
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.4);
  await page.getByTestId('overview-accept').click();
  await waitForLayout(page);
  await expect(page.getByTestId('overview-offer')).toHaveCount(0);
  // Deeper branches are counts on their superiors' cards, and the overview reads at twice the zoom or more.
  await expect(node(page, 'oblast-astana').getByTestId('collapse-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(node(page, 'district-astana-yesil')).toHaveCount(0);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(0.2);
});

for (const [zoom, width, height] of [[1.25, 1024, 576], [1.5, 853, 480]] as const) {
  test(`at ${zoom * 100}% browser zoom the toolbar keeps to one row and nothing in it overlaps`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: zoom });
    const page = await context.newPage();
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await openApp(page, lang);
      await page.locator(`[data-lang=${lang}]`).click();
      const boxes = await page.getByTestId('toolbar').evaluate((bar) => {
        const r = bar.getBoundingClientRect();
        return {
          bar: { height: r.height, scroll: bar.scrollWidth - bar.clientWidth, right: r.right },
          items: [...bar.children].filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => {
            const b = c.getBoundingClientRect();
            return { name: c.className || c.tagName, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
          }),
        };
      });
      expect(boxes.bar.scroll, lang).toBeLessThanOrEqual(0);
      expect(boxes.bar.height, lang).toBeLessThan(52);
      for (let i = 1; i < boxes.items.length; i++) {
        const [a, b] = [boxes.items[i - 1], boxes.items[i]];
        expect(b.left, `${lang}: ${b.name} after ${a.name}`).toBeGreaterThanOrEqual(a.right - 0.5);
        expect(Math.abs(b.top - boxes.items[0].top), `${lang}: ${b.name} on the first row`).toBeLessThan(12);
      }
      expect(Math.max(...boxes.items.map((i) => i.right))).toBeLessThanOrEqual(width);
    }
    await context.close();
  });
}

test('the council view gathers the council\'s members around it: the chair, the members and the invited marked', async ({ page }) => {
  await openApp(page, 'en');
  const doc = national();
  const seats = councilSeats(doc, 'council-republican');
  await select(page, 'council-republican');
  await page.getByTestId('open-council-view').click();
  const view = page.getByTestId('relation-view');
  await expect(view).toBeVisible();
  await expect(view.getByTestId('rv-centre')).toHaveAttribute('data-unit', 'council-republican');
  await expect(view.getByTestId('rv-seat')).toHaveCount(seats.length);
  await expect(view.locator('[data-testid=rv-seat][data-role=chair]')).toHaveAttribute('data-unit', 'gpo');
  await expect(view.locator('[data-testid=rv-seat][data-role=chair] .rv-role')).toHaveText('Chair');
  const invited = seats.filter((s) => s.role === 'invited');
  expect(invited.length).toBeGreaterThan(0);
  await expect(view.locator('[data-testid=rv-seat][data-role=invited]')).toHaveCount(invited.length);
  await expect(view.locator('[data-testid=rv-seat][data-role=invited] .rv-role').first()).toHaveText('Invited, does not vote');
  // Every card is inside the view: nothing cut off.
  const area = (await view.locator('.rv-svg').boundingBox())!;
  for (const card of await view.locator('.rv-card').all()) {
    const b = (await card.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(area.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width + 1);
  }
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
});

test('the appointment view draws who appoints the unit, and whose consent, as labelled links up to the President', async ({ page }) => {
  await openApp(page, 'ru');
  const doc = national();
  const chain = appointmentChain(doc, 'academy');
  await select(page, 'academy');
  await page.getByTestId('open-appointment-view').click();
  const view = page.getByTestId('relation-view');
  await expect(view.getByTestId('rv-link')).toHaveCount(chain.length);
  await expect(view.getByTestId('rv-consent-label')).toHaveCount(chain.filter((l) => l.consentOf).length);
  const consents = await view.getByTestId('rv-consent-label').allTextContents();
  expect(consents.every((c) => c.startsWith('с согласия'))).toBe(true);
  // Whole phrases with the body in the genitive (issue 11, bug 11), not "с согласия: <name>".
  expect(consents).toContain('с согласия Сената');
  expect(consents).toContain('с согласия Президента');
  await view.getByTestId('relation-view-close').click();
  await expect(view).toHaveCount(0);
});

test('branch focus keeps the branch\'s relations: the GPO\'s branch with the appointment layer shows who appoints the GP', async ({ page }) => {
  await openApp(page, 'en');
  await page.locator('[data-testid=layers] input[data-layer=appointment]').check();
  await select(page, 'gpo');
  await page.getByTestId('focus-branch').click();
  await waitForLayout(page);
  await expect(node(page, 'president')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge.rel-appointment').first()).toBeAttached();
});

/** The pages of a PDF (each page object's dictionary says /Type /Page). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

for (const layout of ['tiles', 'branches'] as const) {
  test(`the national system prints ${layout === 'tiles' ? 'tiled over A3 sheets with overlap marks' : 'one branch an A4 sheet'}, each sheet numbered and none blank`, async ({ page }) => {
    // Chromium renders every sheet of the PDF: give it time on a busy machine.
    test.setTimeout(180_000);
    await openApp(page, 'en');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('export-toggle').click();
    await page.getByTestId('export-paper').selectOption(layout === 'tiles' ? 'A3' : 'A4');
    await page.getByTestId('export-print-layout').selectOption(layout);
    await page.getByTestId('export-print').click();
    const sheets = page.locator('body > .export-print .print-page');
    // The print builders load on the first export: wait for the sheets before counting them.
    await expect(sheets.first()).toBeAttached();
    const count = await sheets.count();
    expect(count).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'print' });
    // Every sheet shows cards: its window on the picture meets at least one card.
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('.export-print')!;
      const shared = root.querySelector('#pk-print-shared');
      const unitRects = (scope: Element) => [...scope.querySelectorAll('g.unit > rect:first-child')].map((r) => (r as SVGGraphicsElement).getBBox());
      const offset = (() => {
        const g = shared?.querySelector('g[transform]');
        const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g?.getAttribute('transform') ?? '');
        return { x: Number(m?.[1] ?? 0), y: Number(m?.[2] ?? 0) };
      })();
      return [...root.querySelectorAll('.print-page')].map((p) => {
        const svg = p.querySelector('svg')!;
        const foot = p.querySelector('footer')?.textContent ?? '';
        const vb = svg.viewBox.baseVal;
        // A tile: the cards of the shared picture inside its window. A sheet of its own: its cards (it is fitted whole).
        const hit = shared && svg.querySelector('use')
          ? unitRects(shared)
            .map((b) => ({ x: b.x + offset.x, y: b.y + offset.y, width: b.width, height: b.height }))
            .filter((b) => b.x < vb.x + vb.width && vb.x < b.x + b.width && b.y < vb.y + vb.height && vb.y < b.y + b.height).length
          : unitRects(svg).length;
        return { hit, foot, marks: svg.querySelectorAll('.overlap-mark').length, visible: getComputedStyle(svg).visibility };
      });
    });
    drawn.forEach((d, i) => {
      expect(d.hit, `sheet ${i + 1}`).toBeGreaterThan(0);
      expect(d.foot).toContain(`Page ${i + 1} of ${count}`);
      expect(d.visible).toBe('visible');
    });
    if (layout === 'tiles') expect(drawn.every((d) => d.marks > 0)).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(count);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.export-print')).toHaveCount(0);
  });
}
