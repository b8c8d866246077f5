import { expect, test } from '@playwright/test';
import { TEMPLATES } from '../../models/org/templates';
import { toOrgFile } from '../../models/org/schema';
import type { OrgDocument, UnitKind } from '../../models/org/types';
import { openApp, recordForeignRequests, waitForLayout } from './helpers';

function countByKind(doc: OrgDocument): Map<UnitKind, number> {
  const m = new Map<UnitKind, number>();
  for (const u of Object.values(doc.units)) m.set(u.kind, (m.get(u.kind) ?? 0) + 1);
  return m;
}

function template(id: 'kazakhstan' | 'classroom'): OrgDocument {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.build();
}

test('the national template renders every unit of every kind, offline', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  await openApp(page, 'kk');
  const doc = template('kazakhstan');
  const expected = countByKind(doc);
  expect(expected.get('oblast')).toBe(20);
  for (const [kind, n] of expected) {
    await expect(page.locator(`.react-flow__node.kind-${kind}`), kind).toHaveCount(n);
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(doc.units).length);
  // Every card was laid out: no two cards share a position.
  const positions = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform));
  expect(new Set(positions).size).toBe(positions.length);
  expect(foreign).toEqual([]);
});

test('switching language changes the labels and is remembered', async ({ page }) => {
  await openApp(page, 'kk');
  const gpo = page.locator('.react-flow__node.kind-generalOffice .unit-name');
  await expect(gpo).toHaveText('Қазақстан Республикасының Бас прокуратурасы');
  await page.locator('[data-lang=ru]').click();
  await expect(gpo).toHaveText('Генеральная прокуратура Республики Казахстан');
  await expect(page.getByTestId('findings')).toContainText('Замечания');
  await page.locator('[data-lang=en]').click();
  await expect(gpo).toHaveText("General Prosecutor's Office of the Republic of Kazakhstan");
  await page.reload();
  await waitForLayout(page);
  await expect(gpo).toHaveText("General Prosecutor's Office of the Republic of Kazakhstan");
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the findings panel is empty for both templates', async ({ page }) => {
  await openApp(page, 'en');
  await expect(page.getByTestId('findings-count')).toHaveText('0');
  await expect(page.getByTestId('findings-empty')).toBeVisible();
  await page.getByTestId('template-picker').selectOption('classroom');
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(template('classroom').units).length);
  await expect(page.getByTestId('findings-count')).toHaveText('0');
});

test('a document that breaks a rule lists the finding with its article and zooms to the unit', async ({ page }) => {
  await openApp(page, 'en');
  const doc = template('classroom');
  // The district prosecutors are appointed by the General Prosecutor (CL art. 16): make the President appoint one.
  const district = Object.values(doc.units).find((u) => u.kind === 'district');
  const president = Object.values(doc.units).find((u) => u.kind === 'president');
  if (!district || !president) throw new Error('classroom template lacks a district or the President');
  const appointment = doc.relations.find((r) => r.kind === 'appointment' && r.to === district.id);
  if (!appointment) throw new Error('classroom template has no appointment of the district prosecutor');
  appointment.from = president.id;
  await page.getByTestId('open-file').setInputFiles({
    name: 'broken.prokuratura.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(toOrgFile(doc))),
  });
  await waitForLayout(page);
  await expect(page.getByTestId('findings-count')).not.toHaveText('0');
  const finding = page.locator('.finding').filter({ hasText: district.name.en }).first();
  await expect(finding).toBeVisible();
  await expect(finding.getByTestId('finding-citation')).toContainText('art.');
  await expect(page.locator(`.react-flow__node[data-id="${district.id}"] [data-testid=finding-badge]`)).toBeVisible();
  await finding.getByRole('button').click();
  await expect(page.locator(`.react-flow__node[data-id="${district.id}"]`)).toHaveClass(/selected/);
});

test('a file that is not an org document is refused and the open document stays', async ({ page }) => {
  await openApp(page, 'en');
  const before = await page.locator('.react-flow__node').count();
  await page.getByTestId('open-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something else"}') });
  await expect(page.getByTestId('file-problems')).toContainText('not a Prokuratura Studio org file');
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
});
