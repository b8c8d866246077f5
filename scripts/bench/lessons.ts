/**
 * The lessons figure: the longest main-thread task while stepping through the stops of the
 * theme-2 lesson in presenter mode (each step re-reveals, re-lays out in the worker and flies the
 * camera). Aim: under 50 ms. A figure, not an assertion.
 */
import type { Browser } from '@playwright/test';

export async function lessonStepBench(browser: Browser, baseUrl: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    localStorage.setItem('prokuratura.lang', 'kk');
  });
  await page.goto(`${baseUrl}#lesson=theme-2&stop=1`);
  await page.waitForSelector('[data-testid=diagram][data-layout=ready]', { timeout: 60_000 });
  await page.getByTestId('present').click();
  await page.waitForTimeout(1500);
  const total = Number(await page.locator('[data-testid=stop-list] li').count());
  const since = await page.evaluate(() => performance.now());
  const perStop: string[] = [];
  for (let i = 2; i <= total; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('PageDown');
    await page.waitForSelector(`[data-testid=lesson-player][data-stop="${i}"]`);
    await page.waitForSelector('[data-testid=diagram][data-layout=ready]', { timeout: 60_000 });
    await page.waitForTimeout(900); // the fly-to takes 700 ms
    const worst = await page.evaluate((a) => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      return Math.max(0, ...w.__longTasks.filter((t) => t.start >= a).map((t) => t.duration));
    }, t0);
    perStop.push(`${i}:${worst.toFixed(0)}`);
  }
  const tasks = await page.evaluate((t0) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    return w.__longTasks.filter((t) => t.start >= t0).map((t) => t.duration);
  }, since);
  console.log(`\nLessons: stepping the ${total} stops of theme-2 in presenter mode: longest main-thread task ${Math.max(0, ...tasks).toFixed(0)} ms (${tasks.length} tasks over 50 ms; by stop ${perStop.join(' ')} ms)`);
  await page.close();
}
