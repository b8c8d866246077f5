import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`No Chromium at ${chromium}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH). Playwright never downloads a browser here.`);
}

// Browser tests drive the built app in Debian's Chromium; Playwright never downloads a browser here.
const port = Number(process.env.E2E_PORT ?? 4599);
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    // The first visit follows the browser's language: tests that store none see the app in Kazakh,
    // as a browser set to Kazakh would (test/e2e/words.spec.ts sets other locales itself).
    locale: 'kk-KZ',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
