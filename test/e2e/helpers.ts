import { expect, type Page } from '@playwright/test';

/** Opens the app in a language and waits until ELK has laid the diagram out. */
export async function openApp(page: Page, lang: 'kk' | 'ru' | 'en' = 'kk', path = './'): Promise<void> {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('e2e-lang-set')) {
      localStorage.setItem('prokuratura.lang', l);
      sessionStorage.setItem('e2e-lang-set', '1');
    }
  }, lang);
  await page.goto(path);
  await waitForLayout(page);
}

export async function waitForLayout(page: Page): Promise<void> {
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-layout', 'ready', { timeout: 30_000 });
}

/** Every request the page makes must stay on the preview server: the app works offline. */
export function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(req.url());
  });
  return foreign;
}
