import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { recordForeignRequests, waitForLayout } from './helpers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lesson = (id: string) =>
  (JSON.parse(readFileSync(resolve(root, `public/lessons/${id}.prokuratura-lesson.json`), 'utf8')) as { lesson: { stops: { title: { kk: string; ru: string; en: string }; questions?: string[] }[] } }).lesson;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-lang-set')) {
      localStorage.setItem('prokuratura.lang', 'kk');
      sessionStorage.setItem('e2e-lang-set', '1');
    }
  });
});

test('a lesson link opens theme 2 at its first stop; PageDown and PageUp step through every stop and back', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const stops = lesson('theme-2').stops;
  await page.goto('./#lesson=theme-2&stop=1');
  await expect(page.getByTestId('lessons-screen')).toBeVisible();
  await expect(page.getByTestId('stop-title')).toHaveText(stops[0].title.kk);
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node[data-id="gpo"]')).toBeVisible();
  // Reveal level 1: no oblast office yet.
  await expect(page.locator('.react-flow__node[data-id="oblast-abai"]')).toBeHidden();

  for (let i = 1; i < stops.length; i++) {
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('stop-title')).toHaveText(stops[i].title.kk);
    await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-stop', String(i + 1));
    await expect(page).toHaveURL(new RegExp(`#lesson=theme-2&stop=${i + 1}$`));
    if (i === 1) await expect(page.locator('.react-flow__node[data-id="oblast-abai"]')).toBeVisible(); // level 2 revealed
  }
  await page.keyboard.press('PageDown'); // past the end: stays on the last stop
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-stop', String(stops.length));
  for (let i = stops.length - 2; i >= 0; i--) {
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('stop-title')).toHaveText(stops[i].title.kk);
  }
  expect(foreign).toEqual([]);
});

test('presenting: the projector fills the window, B blanks it, Home and End jump, Escape leaves', async ({ page }) => {
  const stops = lesson('theme-6').stops;
  await page.goto('./#lesson=theme-6&stop=1');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[0].title.kk);
  await page.getByTestId('present').click();
  const player = page.getByTestId('lesson-player');
  await expect(player).toHaveAttribute('data-presenting', 'true');
  const box = await player.boundingBox();
  expect(box?.width).toBe(1280);
  expect(box?.height).toBe(720);
  await expect(page.getByTestId('stage-scheme')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(page.getByTestId('stop-title')).toHaveText(stops.at(-1)!.title.kk);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[2].title.kk);
  // A run stop: the protest brought, at its step, with the date.
  await expect(page.getByTestId('stage-run')).toHaveAttribute('data-step', '1');
  await expect(page.getByTestId('run-current')).toHaveAttribute('data-accepted', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(player).toHaveAttribute('data-presenting', 'false');
});

test('a refused step of a run shows the refusal with its article', async ({ page }) => {
  await page.goto('./#lesson=theme-6&stop=5');
  await expect(page.getByTestId('run-current')).toHaveAttribute('data-accepted', 'false');
  await expect(page.getByTestId('run-refusal')).toContainText('33');
});

test('the presenter window follows the projector window and can move it', async ({ page, context }) => {
  const stops = lesson('theme-2').stops;
  await page.goto('./#lesson=theme-2&stop=1');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[0].title.kk);
  const presenter = await context.newPage();
  await presenter.goto('./#presenter=theme-2&stop=1');
  await expect(presenter.getByTestId('presenter-title')).toHaveText(stops[0].title.kk);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(stops[1].title.kk);
  await expect(presenter.getByTestId('presenter-notes')).not.toBeEmpty();
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[2].title.kk);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(stops[2].title.kk);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(stops[3].title.kk);
  await presenter.getByTestId('presenter-next-button').click();
  await expect(page.getByTestId('stop-title')).toHaveText(stops[3].title.kk);
  await expect(presenter.getByTestId('elapsed')).toContainText(':');
});

test('a bad lesson file is refused with its reason and the open lesson is untouched; a good one plays', async ({ page }) => {
  const stops = lesson('theme-2').stops;
  const fixtures = resolve(root, 'test/fixtures/bad-lessons');
  await page.goto('./#lesson=theme-2&stop=3');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[2].title.kk);
  await page.getByTestId('lesson-file-input').setInputFiles(resolve(fixtures, 'unknown-citation.prokuratura-lesson.json'));
  await expect(page.getByTestId('lesson-file-problems')).toContainText('lesson.stops.0.citations.0');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[2].title.kk);
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-stop', '3');
  await page.getByTestId('lesson-file-input').setInputFiles(resolve(fixtures, 'not-json.prokuratura-lesson.json'));
  await expect(page.getByTestId('lesson-file-problems')).toContainText('JSON');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[2].title.kk);

  await page.getByTestId('lesson-file-input').setInputFiles(resolve(fixtures, 'control/good.prokuratura-lesson.json'));
  await expect(page.getByTestId('lesson-file-problems')).toHaveCount(0);
  await expect(page.getByTestId('lesson-title')).toHaveText('Менің сабағым');
  await expect(page.getByTestId('stop-title')).toHaveText('Басы');
  const download = page.waitForEvent('download');
  await page.getByTestId('lesson-save').click();
  expect((await download).suggestedFilename()).toBe('mine.prokuratura-lesson.json');
});

/** The ids of the cards a lesson stage shows (revealed) and lights, sorted. */
async function stageView(page: Page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid=stage-org] .react-flow__node')];
    const shown = cards.filter((c) => !c.classList.contains('is-concealed'));
    return {
      shown: shown.map((c) => c.dataset.id).sort(),
      lit: shown.filter((c) => c.classList.contains('is-highlighted')).map((c) => c.dataset.id).sort(),
    };
  });
}

test('a stop recorded from the editor plays back the same view after the cards were moved and tidied', async ({ page }) => {
  await page.goto('./');
  await waitForLayout(page);
  await page.locator('.react-flow__node[data-id="gpo"]').click();
  await page.getByTestId('add-view-as-stop').click();
  await page.getByTestId('add-view-confirm').click();
  await expect(page.getByTestId('add-view-status')).toContainText('1');

  await page.locator('[data-screen=lessons]').click();
  await page.locator('[data-testid=my-lessons] button').first().click();
  await expect(page.getByTestId('stop-list')).toHaveAttribute('data-own', 'true');
  await expect(page.locator('[data-testid=stage-org] .react-flow__node[data-id="gpo"]')).toHaveClass(/is-highlighted/);
  const before = await stageView(page);
  expect(before.lit).toEqual(['gpo']);

  // Move a card by hand, then tidy up: the editor's picture is laid out again.
  await page.locator('[data-screen=diagram]').click();
  await waitForLayout(page);
  const card = page.locator('.react-flow__node[data-id="gpo"]');
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 90, { steps: 5 });
  await page.mouse.up();
  await page.getByTestId('tidy').click();
  await waitForLayout(page);

  await page.locator('[data-screen=lessons]').click();
  await page.locator('[data-testid=my-lessons] button').first().click();
  await expect(page.locator('[data-testid=stage-org] .react-flow__node[data-id="gpo"]')).toHaveClass(/is-highlighted/);
  expect(await stageView(page)).toEqual(before);
  // The camera frames the recorded focus once the stage is laid out: the card is on the stage.
  await expect(page.locator('[data-testid=stage-org] [data-testid=diagram]')).toHaveAttribute('data-layout', 'ready');
  const stage = (await page.getByTestId('stage-org').boundingBox())!;
  const gpo = page.locator('[data-testid=stage-org] .react-flow__node[data-id="gpo"]');
  await expect.poll(async () => (await gpo.boundingBox())!.x).toBeGreaterThanOrEqual(stage.x - 1);
  await expect.poll(async () => { const b = (await gpo.boundingBox())!; return b.x + b.width; }).toBeLessThanOrEqual(stage.x + stage.width + 1);
});

test('a stop added from the simulator plays with the units the run involves lit', async ({ page }) => {
  await page.goto('./');
  await waitForLayout(page);
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
  const involved = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid=simulator] .react-flow__node.is-highlighted')].map((n) => n.dataset.id).sort());
  await page.getByTestId('add-view-as-stop').click();
  await page.getByTestId('add-view-confirm').click();
  await expect(page.getByTestId('add-view-status')).toBeVisible();
  await page.locator('[data-screen=lessons]').click();
  await page.locator('[data-testid=my-lessons] button').first().click();
  await expect(page.getByTestId('stage-org')).toBeVisible();
  await expect(page.locator('[data-testid=stage-org] .react-flow__node.is-highlighted').first()).toBeVisible();
  const lit = (await stageView(page)).lit;
  expect(lit.length).toBeGreaterThan(0);
  if (involved.length) expect(lit).toEqual(involved);
});

test('a copied lesson is reordered with Alt+ArrowDown, retitled in English, and kept after a reload', async ({ page }) => {
  const stops = lesson('theme-2').stops;
  await page.goto('./#lesson=theme-2&stop=1');
  await expect(page.getByTestId('stop-title')).toHaveText(stops[0].title.kk);
  await page.getByTestId('copy-lesson').click();
  await expect(page.getByTestId('stop-list')).toHaveAttribute('data-own', 'true');
  await page.locator('[data-testid=stop-list] button').first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('[data-testid=stop-list] button').nth(1)).toContainText(stops[0].title.kk);
  await expect(page.locator('[data-testid=stop-list] button').nth(1)).toBeFocused();
  await page.getByTestId('author-title-en').fill('The top, in my words');
  await page.getByTestId('author-delete-stop').isEnabled();
  await page.waitForFunction(async () => {
    const db = await new Promise<IDBDatabase>((r) => { const q = indexedDB.open('prokuratura-studio'); q.onsuccess = () => r(q.result); });
    const all = await new Promise<{ lesson: { stops: { title: { en: string } }[] } }[]>((r) => { const q = db.transaction('lessons').objectStore('lessons').getAll(); q.onsuccess = () => r(q.result as never); });
    db.close();
    return all.some((x) => x.lesson.stops[1]?.title.en === 'The top, in my words');
  });
  await page.reload();
  await expect(page.locator('[data-testid=my-lessons] button')).toHaveCount(1);
  await page.locator('[data-testid=my-lessons] button').first().click();
  await expect(page.locator('[data-testid=stop-list] button').nth(0)).toContainText(stops[1].title.kk);
  await expect(page.locator('[data-testid=stop-list] button').nth(1)).toContainText(stops[0].title.kk);
});

for (const [id, lang] of [['theme-4', 'kk'], ['theme-7', 'ru']] as const) {
  test(`the handout of ${id} prints on A4 portrait in ${lang}: every stop with its text and its questions, nothing wider than the page`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((l) => localStorage.setItem('prokuratura.lang', l), lang);
    const stops = lesson(id).stops;
    await page.goto(`./#lesson=${id}&stop=1`);
    await expect(page.getByTestId('lessons-screen')).toBeVisible();
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('print-handout').click();
    const handout = page.getByTestId('handout');
    await expect(handout).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    await expect(page.getByTestId('lessons-screen')).toBeHidden();
    await expect(handout.getByTestId('handout-stop')).toHaveCount(stops.length);
    for (const s of stops) await expect(handout).toContainText(s.title[lang]);
    const asked = stops.flatMap((s) => s.questions ?? []);
    await expect(handout.locator('[data-question]')).toHaveCount(asked.length);
    // Nothing runs past the A4 text width (210 mm less 2 x 15 mm margins = 180 mm = 680 CSS px).
    const widest = await handout.evaluate((el) => Math.max(...[el, ...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)) - el.getBoundingClientRect().left);
    expect(widest).toBeLessThanOrEqual(681);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    // Portrait A4: 595 x 842 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Number(box?.[1])).toBeCloseTo(595, -1);
    expect(Number(box?.[2])).toBeCloseTo(842, -1);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(handout).toHaveCount(0);
    await expect(page.getByTestId('lessons-screen')).toBeVisible();
  });
}
