import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = join(process.cwd(), 'dist');

/** The scripts the browser must fetch before the first paint: the entry and its modulepreloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return [...new Set(srcs)].filter(Boolean);
}

test('the initial JavaScript is under 300 KB gzipped, with ELK outside it', () => {
  const files = initialScripts();
  expect(files.length).toBeGreaterThan(0);
  let total = 0;
  for (const f of files) {
    const bytes = readFileSync(join(DIST, f));
    total += gzipSync(bytes).length;
    expect(f, 'ELK is lazy').not.toMatch(/elk/i);
    expect(bytes.toString('utf8'), `${f} carries no ELK engine`).not.toContain('org.eclipse.elk');
  }
  console.log(`initial JS: ${files.join(', ')} = ${(total / 1024).toFixed(1)} KB gzipped`);
  expect(total).toBeLessThan(300 * 1024);
});
