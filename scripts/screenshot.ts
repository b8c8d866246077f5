/**
 * Screenshots of the built app for a human to look at:
 *   npx tsx scripts/screenshot.ts URL OUT.png [--lang=ru] [--size=1280x720] [--wait=selector] [--click=selector]...
 * Needs `vite preview` running; launches Debian's Chromium headless.
 */
import { chromium } from '@playwright/test';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: screenshot URL OUT.png [--lang=kk|ru|en] [--size=WxH] [--wait=selector] [--click=selector] [--delay=ms]');
  process.exit(2);
}
const opt = (name: string) => rest.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const [w, h] = (opt('size')[0] ?? '1280x720').split('x').map(Number);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: w ?? 1280, height: h ?? 720 } });
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
const lang = opt('lang')[0];
if (lang) await page.addInitScript((l) => localStorage.setItem('prokuratura.lang', l), lang);
await page.goto(url);
for (const sel of opt('wait')) await page.waitForSelector(sel, { timeout: 30_000 });
for (const sel of opt('click')) {
  await page.click(sel);
  await page.waitForTimeout(400);
}
await page.waitForTimeout(Number(opt('delay')[0] ?? 800));
await page.screenshot({ path: out });
await browser.close();
console.log(out);
