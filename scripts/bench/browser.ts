/**
 * Browser figures for large documents, measured in Debian's Chromium against
 * the built app (run `npm run build` first; `npm run bench` does):
 * time from opening a file to the first complete frame (laid out, every card
 * drawn), the longest main-thread task meanwhile, and the longest task while
 * panning. Figures only, no assertions.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { toOrgFile } from '../../models/org/schema';
import { TEMPLATES } from '../../models/org/templates';
import type { OrgDocument } from '../../models/org/types';
import { lessonStepBench } from './lessons';
import { syntheticOrg } from './synthetic';

const PORT = 4610;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

async function measureOpen(page: Page, doc: OrgDocument): Promise<{ firstFrame: number; longestTask: number; panLongest: number; nodes: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
  });
  const generation = await page.getByTestId('diagram').getAttribute('data-generation');
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('open-file').setInputFiles({ name: 'big.prokuratura.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toOrgFile(doc))) });
  const n = Object.keys(doc.units).length;
  // Complete: laid out, and every card that should be drawn is (large documents draw only the visible ones).
  await page.waitForFunction(
    ([count, before]) => {
      const d = document.querySelector('[data-testid=diagram]');
      if (d?.getAttribute('data-generation') === before) return false;
      if (d?.getAttribute('data-layout') !== 'ready' || d.classList.contains('is-measuring')) return false;
      return document.querySelectorAll(".react-flow__node").length >= Math.min(count, 10);
    },
    [n, generation] as const,
    { timeout: 120_000, polling: 50 },
  );
  const t1 = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  const longestTask = await page.evaluate((since) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    return Math.max(0, ...w.__longTasks.filter((t) => t.start >= since).map((t) => t.duration));
  }, t0);
  // Pan: drag the empty canvas for a while.
  const tp = await page.evaluate(() => performance.now());
  const box = (await page.getByTestId('diagram').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
  await page.mouse.down();
  for (let i = 0; i < 30; i++) await page.mouse.move(box.x + box.width / 2 - i * 20, box.y + box.height - 40 - i * 5);
  await page.mouse.up();
  const panLongest = await page.evaluate((since) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    return Math.max(0, ...w.__longTasks.filter((t) => t.start >= since).map((t) => t.duration));
  }, tp);
  return { firstFrame: t1 - t0, longestTask, panLongest, nodes: await page.locator('.react-flow__node').count() };
}

export async function browserBench(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.log('browser figures skipped: no dist/ (run npm run build)');
    return;
  }
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    console.log('\nBrowser (Chromium, 1280x720): open a file -> first complete frame, longest main-thread task meanwhile and while panning');
    const cases: [string, OrgDocument][] = [
      ...TEMPLATES.map((t) => [`template ${t.id}`, t.build()] as [string, OrgDocument]),
      ['synthetic 500', syntheticOrg(500)],
      ['synthetic 1000', syntheticOrg(1000)],
      ['synthetic 2000', syntheticOrg(2000)],
    ];
    for (const [label, doc] of cases) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        localStorage.setItem('prokuratura.lang', 'en');
      });
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForSelector('[data-testid=diagram][data-layout=ready]', { timeout: 60_000 });
      const m = await measureOpen(page, doc);
      console.log(
        `${label.padEnd(22)} ${String(m.nodes).padStart(5)} cards  first complete frame ${m.firstFrame.toFixed(0).padStart(6)} ms  longest task ${m.longestTask.toFixed(0).padStart(5)} ms  longest task while panning ${m.panLongest.toFixed(0).padStart(4)} ms`,
      );
      await page.close();
    }
    await lessonStepBench(browser, `http://127.0.0.1:${PORT}/`);
    await browser.close();
  } finally {
    server.kill();
  }
}
