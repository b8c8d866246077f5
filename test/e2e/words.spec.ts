/**
 * Issue 11, "Words" and the simulator's wording bugs (10, 11, 13, 14, 16) and the first visit's
 * language: what a trainee reads is words, never a code, and composed phrases are grammatical.
 */
import { expect, test } from '@playwright/test';
import { openApp, waitForLayout } from './helpers';
import { openSample, openSimulator } from './simulatorHelpers';

/** A code or a state id as the sources write them ('timeBackwards', 'pending.awaitingHearing'). */
const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z]+\.[a-z][A-Za-z]*\b/;

test('bug 10: a time step cites nothing, and a backwards date says so plainly with the calendar cited', async ({ page }) => {
  await openSimulator(page, 'en');
  const today = (await page.getByTestId('sim-date').textContent()) ?? '';
  await page.getByTestId('plus-day').click();
  const ok = page.locator('[data-testid=step][data-step="1"]');
  await expect(ok).toHaveAttribute('data-ok', 'true');
  await expect(ok.locator('[data-citation]')).toHaveCount(0);
  await page.getByLabel('Advance to').fill('2020-01-01');
  await page.getByTestId('advance-to').click();
  const back = page.locator('[data-testid=step][data-step="2"]');
  await expect(back).toHaveAttribute('data-ok', 'false');
  const now = (await page.getByTestId('sim-date').textContent()) ?? '';
  expect(now).not.toBe(today);
  await expect(back.getByTestId('reason')).toHaveText(`2020-01-01 is before the run's date, ${now}: time does not go back`);
  await expect(back.locator('[data-citation]')).toHaveAttribute('data-citation', 'calendar.simulatedTime');
  await expect(back).not.toContainText('timeBackwards');
});

test('bug 11: the consent of an appointment reads as one grammatical phrase in kk, ru and en', async ({ page }) => {
  const want = { kk: 'Сенаттың келісімімен', ru: 'с согласия Сената', en: 'with the consent of the Senate' } as const;
  await openApp(page, 'en');
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await page.locator(`[data-lang=${lang}]`).click();
    await page.locator('.react-flow__node[data-id="gpo"]').click();
    const relations = page.getByTestId('relations');
    await expect(relations.getByTestId('consent-phrase').first()).toHaveText(`· ${want[lang]}`);
  }
});

test('bug 13: the state reads as words, not broken mid-word, and nothing on the simulator shows a code', async ({ page }) => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await openSimulator(page, lang);
    await openSample(page, 'protest-withdrawn.json');
    // Step 2 is a refused suspension: its refusal shows on the timeline too.
    await page.locator('[data-testid=step][data-step="2"] .sim-step-main').click();
    await expect(page.getByTestId('state-value')).toHaveAttribute('data-state', 'pending.awaitingHearing');
    // Every word of the state's label sits on one line (a word cut in two has two boxes).
    const broken = await page.getByTestId('state-value').evaluate((el) => {
      const text = el.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return ['(no text)'];
      const s = text.textContent ?? '';
      const out: string[] = [];
      for (const m of s.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(text, m.index);
        r.setEnd(text, m.index + m[0].length);
        const lines = new Set([...r.getClientRects()].map((b) => Math.round(b.top)));
        if (lines.size > 1) out.push(m[0]);
      }
      return out;
    });
    expect(broken, lang).toEqual([]);
    const shown = await page.getByTestId('simulator').evaluate((el) => (el as HTMLElement).innerText);
    expect(shown.match(IDENTIFIER), lang).toBeNull();
  }
});

test('bug 14: month changes on the calendar strip name the month and no two labels overlap', async ({ page }) => {
  await openSimulator(page, 'ru');
  for (const date of ['2025-04-01', '2025-08-29']) {
    await page.getByLabel('Перейти к').fill(date);
    await page.getByTestId('advance-to').click();
    await expect(page.getByTestId('sim-date')).toHaveText(date);
    const overlaps = await page.getByTestId('calendar').evaluate((cal) => {
      const boxes = [...cal.querySelectorAll('.sim-day-n, .sim-day-month')].map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
      const hit: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const b = boxes[j].r;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) hit.push(`${boxes[i].text}|${boxes[j].text}`);
        }
      }
      return hit;
    });
    expect(overlaps, date).toEqual([]);
    await expect(page.getByTestId('calendar-month').first()).toBeVisible();
    await expect(page.getByTestId('calendar').getByText(/^(янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек)$/).first()).toBeVisible();
  }
});

test('bug 16: the GP consent deadline is no longer flagged once consent is granted', async ({ page }) => {
  await openSimulator(page, 'en');
  await openSample(page, 'inspection-business-consent.json');
  // Step 4: the GPO asks for more information (consent pending); step 6: consent granted.
  const pending = page.locator('[data-testid=step][data-step="4"]');
  const granted = page.locator('[data-testid=step][data-step="6"]');
  await pending.locator('.sim-step-main').click();
  const consent = page.locator('[data-testid=deadline][data-key=consent]');
  await expect(consent).toHaveAttribute('data-met', 'false');
  const due = ((await consent.locator('dd').textContent()) ?? '').trim().slice(0, 10);
  await granted.locator('.sim-step-main').click();
  await expect(consent).toHaveAttribute('data-met', 'true');
  await expect(consent).toHaveAttribute('data-overdue', 'false');
  await expect(consent).toContainText('met on');
  // The due day is on the strip now (five weeks around the run's date), without a flag.
  await expect(page.locator(`[data-date="${due}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-date="${due}"] .sim-day-flag`)).toHaveCount(0);
});

test('first visit: the browser language when none is stored (kk otherwise), and ?lang= wins', async ({ browser }) => {
  for (const [locale, path, want] of [['ru-RU', './', 'ru'], ['en-GB', './', 'en'], ['de-DE', './', 'kk'], ['ru-RU', './?lang=en', 'en']] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(path);
    await waitForLayout(page);
    await expect(page.locator('html'), `${locale} ${path}`).toHaveAttribute('lang', want);
    await expect(page.locator(`[data-lang=${want}]`)).toHaveAttribute('aria-pressed', 'true');
    await context.close();
  }
});
