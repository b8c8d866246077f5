import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cite, EDITIONS, type CitationId } from '../../models/law';
import { runScenario, tryParseScenario } from '../../models/procedures';
import { openApp, waitForLayout } from './helpers';

const SHOTS = process.env.FIDELITY_SHOTS;

function rejectedStep(file: string) {
  const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../public/scenarios', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const rows = runScenario(parsed.value);
  const row = rows.find((r) => !r.accepted);
  if (!row) throw new Error(`${file} has no refused step`);
  return { row, total: rows.length };
}

/** The mark a citation must show, from the registry (the English words). */
function markOf(id: CitationId): string {
  const c = cite(id);
  if (c.source === 'manual') return `[manual, l. ${c.seedLines[0]}–${c.seedLines[1]}]`;
  return c.source === 'law' ? '[law]' : '[our reading]';
}

async function openSample(page: Page, file: string, total: number) {
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
  await page.getByTestId('scenario-select').selectOption(file);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-total', String(total));
}

test('a refusal in the simulator shows its citation with a provenance mark and the reason on hover', async ({ page }) => {
  const file = 'inspection-expired.json';
  const { row, total } = rejectedStep(file);
  await openApp(page, 'en');
  await openSample(page, file, total);
  const step = page.locator(`[data-testid=step][data-step="${row.step}"]`);
  await expect(step).toHaveAttribute('data-ok', 'false');
  const cited = step.getByTestId('verdict').locator('[data-citation]');
  const id = (await cited.getAttribute('data-citation')) as CitationId;
  expect(id).toBeTruthy();
  await expect(cited).toHaveAttribute('data-source', cite(id).source);
  await expect(cited.getByTestId('provenance')).toHaveText(markOf(id));
  await expect(cited).toHaveAttribute('title', new RegExp(cite(id).source === 'reading' ? 'Our reading' : cite(id).source === 'manual' ? 'As the manual states it' : 'The law says it'));
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await page.locator(`[data-lang=${lang}]`).click();
    await step.scrollIntoViewIfNeeded();
    await expect(step.getByTestId('provenance')).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/refusal-${lang}.png` });
  }
});

test('a council step cites the Regulation without an invented item: "article unknown", as the manual states it', async ({ page }) => {
  await openApp(page, 'en');
  const { total } = rejectedStep('council-quorum-lost.json');
  await openSample(page, 'council-quorum-lost.json', total);
  const regulation = page.locator('[data-testid=step] [data-citation^="council."]').first();
  await expect(regulation).toContainText(/article unknown/);
  await expect(regulation.getByTestId('provenance')).toHaveText(/\[(manual, l\. \d+(–\d+)?|our reading)\]/);
});

test('the edition switch changes the header, the findings, the diagram and the GP card; undo brings 2023 back', async ({ page }) => {
  await openApp(page, 'en');
  const bar = page.getByTestId('law-edition');
  await expect(bar).toHaveAttribute('data-edition', '2023');
  await expect(page.getByTestId('edition-notice')).toHaveText(EDITIONS['2023'].short.en);
  await expect(page.getByTestId('edition-notice')).toHaveAttribute('title', EDITIONS['2023'].notice.en);
  await expect(page.getByTestId('calendar-notice')).toHaveText('Calendar: current law');
  await expect(page.getByTestId('calendar-notice')).toHaveAttribute('title', 'Calendar: current law (2026 holiday changes included)');
  await page.locator('.react-flow__node[data-id="gpo"]').click();
  const card = page.getByTestId('gp-card');
  await expect(card).toHaveAttribute('data-edition', '2023');
  await expect(card.getByTestId('gp-term')).toContainText('Five years');
  await expect(card.getByTestId('gp-appointment')).toContainText('Senate');
  await expect(card.getByTestId('gp-immunity').getByTestId('provenance')).toHaveText(/manual, l\. 1142–1164/);

  await page.getByTestId('edition-select').selectOption('2026');
  await expect(bar).toHaveAttribute('data-edition', '2026');
  await expect(page.getByTestId('edition-notice')).toHaveText(EDITIONS['2026'].short.en);
  // The Senate is still drawn, so the findings say it does not belong to the 2026 edition.
  const senateFinding = page.locator('.finding[data-code="editionKinds.senateIn2026"]');
  await expect(senateFinding).toBeVisible();
  await expect(senateFinding).toContainText('2026 edition');
  await expect(senateFinding.getByTestId('provenance')).toHaveText('[our reading]');
  await expect(card).toHaveAttribute('data-edition', '2026');
  await expect(card.getByTestId('gp-term')).toContainText('one appointment only');
  await expect(card.getByTestId('gp-appointment').getByTestId('change-status')).toHaveText('open question');
  await expect(card.getByTestId('gp-immunity').getByTestId('change-status')).toHaveText('reported, verify');

  // One click makes the parliament the edition's: the diagram shows the Kurultai, no Senate, no findings.
  await page.getByTestId('edition-fix').click();
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node[data-id="senate"] .unit-card')).toHaveAttribute('data-kind', 'kurultai');
  await expect(page.locator('.react-flow__node[data-id="senate"]')).toContainText('Kurultai');
  await expect(page.locator('.unit-card[data-kind=senate]')).toHaveCount(0);
  await expect(page.getByTestId('findings-count')).toHaveText('0');
  await expect(page.getByTestId('edition-fix')).toHaveCount(0);

  // Both were edits: undo twice and the document is the manual's again.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(bar).toHaveAttribute('data-edition', '2023');
  await expect(page.locator('.unit-card[data-kind=senate]')).toHaveCount(1);
});

test('the 2026 template opens from the template picker with a Kurultai and no Senate, and validates clean', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('template-picker').selectOption('kazakhstan-2026');
  await waitForLayout(page);
  await expect(page.getByTestId('law-edition')).toHaveAttribute('data-edition', '2026');
  await expect(page.locator('.unit-card[data-kind=kurultai]')).toHaveCount(1);
  await expect(page.locator('.unit-card[data-kind=senate]')).toHaveCount(0);
  await expect(page.getByTestId('findings-count')).toHaveText('0');
});

test('"What changed in 2026" lists every change with its status and sources, and marks the changed units', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('edition-compare').click();
  const view = page.getByTestId('edition-compare-view');
  await expect(view).toBeVisible();
  await expect(view.getByTestId('edition-diagram-2023').locator('[data-unit=senate]')).toHaveAttribute('data-mark', 'removed');
  await expect(view.getByTestId('edition-diagram-2026').locator('[data-unit=kurultai]')).toHaveAttribute('data-mark', 'added');
  await expect(view.getByTestId('edition-appointment-2026')).toHaveAttribute('data-mark', 'changed');
  await expect(view.getByTestId('edition-appointment-2026')).toContainText('open question');
  // The GP's term and immunity under 2026 are reported, not confirmed: the card says so beside them, as the list does.
  await expect(view.getByTestId('edition-appointment-2026').locator('[data-testid=change-status][data-status=reported]')).toHaveCount(3);
  await expect(view.getByTestId('edition-appointment-2023').getByTestId('change-status')).toHaveCount(0);
  const items = view.getByTestId('edition-changes').locator(':scope > li');
  const changes = EDITIONS['2026'].changes;
  await expect(items).toHaveCount(changes.length);
  for (const c of changes) {
    const li = view.locator(`[data-change="${c.id}"]`);
    await expect(li.getByTestId('change-status').first()).toHaveAttribute('data-status', c.status);
    for (const s of c.sources) await expect(li.locator('.source-url', { hasText: s })).toHaveCount(1);
  }
  await expect(view.locator('[data-change=gpConsent] [data-testid=change-status]')).toHaveText('open question');
  // Addresses are text: nothing in the view is a link.
  await expect(view.locator('a[href]')).toHaveCount(0);
  for (const lang of ['kk', 'ru', 'en'] as const) {
    if (!SHOTS) break;
    await page.getByTestId('edition-compare-close').click();
    await page.locator(`[data-lang=${lang}]`).click();
    await page.getByTestId('edition-compare').click();
    await expect(view).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/compare-${lang}.png` });
    await view.getByTestId('edition-changes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-list-${lang}.png` });
  }
});

test('a deadline shows where it comes from: the registration term of a routine inspection is marked as our reading of Rules item 11', async ({ page }) => {
  const file = 'inspection-routine.json';
  const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../public/scenarios', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const total = runScenario(parsed.value).length;
  await openApp(page, 'en');
  await openSample(page, file, total);
  await page.locator(`[data-testid=step][data-step="${total}"] .sim-step-main`).click();
  const registration = page.getByTestId('context').locator('[data-testid=deadline][data-key=registration]');
  await expect(registration).toBeVisible();
  const cited = registration.locator('[data-citation]');
  await expect(cited).toHaveAttribute('data-citation', 'inspection.registrationReading');
  await expect(cited).toHaveAttribute('data-source', 'reading');
  await expect(cited.getByTestId('provenance')).toHaveText('[our reading]');
  await expect(cited).toHaveAttribute('title', /Our reading: The manual gives the next working day only "in the cases of item 11"/);
  // Every deadline on screen carries its citation's mark.
  for (const d of await page.getByTestId('context').getByTestId('deadline').all()) {
    const c = d.locator('[data-citation]');
    await expect(c).toHaveAttribute('data-source', cite((await c.getAttribute('data-citation')) as CitationId).source);
    await expect(c.getByTestId('provenance')).toBeVisible();
  }
});
