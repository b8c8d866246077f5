import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { runScenario, tryParseScenario } from '../../models/procedures';
import { openApp } from './helpers';

/** A sample scenario of public/scenarios and what the models say each of its steps gives. */
export function expected(file: string) {
  const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../public/scenarios', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return { file: parsed.value, rows: runScenario(parsed.value) };
}

export async function openSimulator(page: Page, lang: 'kk' | 'ru' | 'en' = 'en') {
  await openApp(page, lang);
  await page.locator('[data-screen=simulator]').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
}

/** Loads a sample and waits for this sample's own run (its number of steps) at its start, not just any run. */
export async function openSample(page: Page, file: string) {
  await expect(page.locator(`[data-testid=scenario-select] option[value="${file}"]`)).toHaveCount(1);
  await page.getByTestId('scenario-select').selectOption(file);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-total', String(expected(file).rows.length));
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-position', '0');
}
