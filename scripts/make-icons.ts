/**
 * Draws the app's icons from one SVG and renders them to PNG in Debian's
 * Chromium (no image library needed):
 *   npx tsx scripts/make-icons.ts
 * writes public/icons/icon.svg, icon-192.png, icon-512.png and
 * icon-maskable-512.png (the mark inside the maskable safe zone, the inner
 * 80 %, on a full-bleed background). The PNGs are committed; run this again
 * only when the drawing changes.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const NAVY = '#0f2a4a';
const GOLD = '#facc15';
// The building of the favicon: a pediment, three columns, a base, on a 24-unit grid.
const MARK = 'M12 4 5 8v1.5h14V8l-7-4Zm-5 7v5h2v-5H7Zm4 0v5h2v-5h-2Zm4 0v5h2v-5h-2ZM5 17.5V19h14v-1.5H5Z';

/** The mark scaled by `scale` about the centre of a 24x24 square. */
function svg(size: number, opts: { rounded: boolean; scale: number }): string {
  const offset = 12 - 12 * opts.scale;
  const rx = opts.rounded ? 5 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">` +
    `<rect width="24" height="24" rx="${rx}" fill="${NAVY}"/>` +
    `<path transform="translate(${offset} ${offset}) scale(${opts.scale})" d="${MARK}" fill="${GOLD}"/></svg>`;
}

const outputs = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  // Maskable: the platform cuts its own shape, so no rounded corners and the mark within the safe zone.
  { file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.7 },
];

writeFileSync('public/icons/icon.svg', svg(512, { rounded: true, scale: 1 }));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const o of outputs) {
    const page = await browser.newPage({ viewport: { width: o.size, height: o.size } });
    await page.setContent(`<html><body style="margin:0">${svg(o.size, o)}</body></html>`);
    await page.screenshot({ path: `public/icons/${o.file}`, omitBackground: true, clip: { x: 0, y: 0, width: o.size, height: o.size } });
    await page.close();
    console.log(`public/icons/${o.file}`);
  }
} finally {
  await browser.close();
}
