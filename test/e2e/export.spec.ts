import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { toOrgFile } from '../../models/org/schema';
import { TEMPLATES } from '../../models/org/templates';
import type { OrgDocument } from '../../models/org/types';
import { readEmbeddedDocument } from '../../src/export/embedded';
import { pngChunks } from '../../src/export/png';
import { openApp, waitForLayout } from './helpers';

function template(id: 'kazakhstan' | 'classroom'): OrgDocument {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.build();
}

/** The classroom template with names a careless exporter would break: ampersands, both quotes, apostrophes. */
function trickyClassroom(): OrgDocument {
  const doc = template('classroom');
  Object.values(doc.units).forEach((u, i) => {
    if (i % 2 === 0) u.name = { kk: `${u.name.kk} & «Ж» 'а'`, ru: `${u.name.ru} & "Р" 'б'`, en: `${u.name.en} & "Tom's" office` };
  });
  doc.title = { kk: 'Сынып & "тест"', ru: 'Класс & "тест"', en: 'Class & "test" \'1\'' };
  return doc;
}

async function openDoc(page: Page, doc: OrgDocument, name = 'tricky.prokuratura.json') {
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toOrgFile(doc))) });
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(doc.units).length);
  await waitForLayout(page);
}

async function exportFile(page: Page, format: 'png' | 'svg' | 'json' | 'drawio'): Promise<{ path: string; name: string; ms: number }> {
  const toggle = page.getByTestId('export-toggle');
  if ((await page.getByTestId('export-menu').getAttribute('data-open')) !== 'true') await toggle.click();
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
  const path = await download.path();
  const ms = Date.now() - started;
  return { path, name: download.suggestedFilename(), ms };
}

async function shownNames(page: Page): Promise<Record<string, string>> {
  const rows: [string, string][] = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((e): [string, string] => [e.getAttribute('data-id') ?? '', e.querySelector('.unit-name')?.textContent ?? '']));
  return Object.fromEntries(rows);
}

test('PNG export carries the document: opening the picture restores it exactly, names with & and quotes intact', async ({ page }) => {
  await openApp(page, 'en');
  const doc = trickyClassroom();
  await openDoc(page, doc);
  const before = await shownNames(page);
  const { path, name } = await exportFile(page, 'png');
  expect(name).toMatch(/\.png$/);
  const bytes = new Uint8Array(readFileSync(path));
  const chunks = pngChunks(bytes);
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.every((c) => c.crcOk)).toBe(true);
  expect(chunks.at(-1)?.type).toBe('IEND');
  // A real picture: scale 2 of a diagram several cards wide.
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(view.getUint32(16)).toBeGreaterThan(800);
  const embedded = readEmbeddedDocument(bytes, 'image/png');
  expect(JSON.parse(embedded ?? 'null')).toEqual(toOrgFile(doc));

  // Something else on the canvas, then open the PNG through Open…
  await page.getByTestId('template-picker').selectOption('kazakhstan');
  await waitForLayout(page);
  await expect(page.locator('.react-flow__node')).not.toHaveCount(Object.keys(doc.units).length);
  await page.getByTestId('open-file').setInputFiles(path);
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(doc.units).length);
  await waitForLayout(page);
  expect(await shownNames(page)).toEqual(before);
  expect(Object.values(before).filter((n) => n.includes('& "Tom\'s" office'))).not.toHaveLength(0);
});

test('SVG export is valid XML with the names as text and the document in its metadata', async ({ page }) => {
  await openApp(page, 'ru');
  const doc = trickyClassroom();
  await openDoc(page, doc);
  const { path } = await exportFile(page, 'svg');
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(readEmbeddedDocument(new TextEncoder().encode(text), 'image/svg+xml') ?? 'null')).toEqual(toOrgFile(doc));
  const parsed = await page.evaluate((svg) => {
    const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      errors: xml.getElementsByTagName('parsererror').length,
      units: xml.querySelectorAll('g.unit').length,
      tags: [...new Set([...xml.getElementsByTagName('*')].map((e) => e.localName))].sort(),
      title: xml.querySelector('title')?.textContent,
    };
  }, text);
  expect(parsed.errors).toBe(0);
  expect(parsed.units).toBe(Object.keys(doc.units).length);
  // The picture's title is the document's name as the documents chip shows it (issue 11, bug 19).
  expect(parsed.title).toBe(await page.getByTestId('document-name').textContent());
  for (const tag of parsed.tags) expect(['svg', 'title', 'metadata', 'orgFile', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan', 'line']).toContain(tag);
  // Opening the SVG restores the document too.
  await page.getByTestId('template-picker').selectOption('kazakhstan');
  await waitForLayout(page);
  // As a user's file: named .svg (Playwright's download path has no extension).
  await page.getByTestId('open-file').setInputFiles({ name: 'class.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(text) });
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(doc.units).length);
});

test('draw.io export parses as mxfile XML with one cell per unit and one per drawn edge', async ({ page }) => {
  await openApp(page, 'kk');
  const doc = template('kazakhstan');
  // Draw every layer, so every stored relation must come out as an edge.
  for (const box of await page.locator('[data-testid=layers] input[data-layer]').all()) await box.check();
  const { path, name } = await exportFile(page, 'drawio');
  expect(name).toMatch(/\.drawio$/);
  const result = await page.evaluate((xmlText) => {
    const xml = new DOMParser().parseFromString(xmlText, 'application/xml');
    const cells = [...xml.querySelectorAll('mxfile > diagram > mxGraphModel > root > mxCell')];
    const ids = cells.map((c) => c.getAttribute('id'));
    const vertices = cells.filter((c) => c.getAttribute('vertex') === '1');
    const vertexIds = new Set(vertices.map((c) => c.getAttribute('id')));
    const edges = cells.filter((c) => c.getAttribute('edge') === '1');
    return {
      errors: xml.getElementsByTagName('parsererror').length,
      root: xml.documentElement.localName,
      unique: new Set(ids).size === ids.length,
      vertices: vertices.length,
      edges: edges.length,
      dangling: edges.filter((e) => !vertexIds.has(e.getAttribute('source')) || !vertexIds.has(e.getAttribute('target'))).length,
      geometry: vertices.every((v) => v.querySelector('mxGeometry[as=geometry]')?.getAttribute('width') !== null),
    };
  }, readFileSync(path, 'utf8'));
  const tree = Object.values(doc.units).filter((u) => u.parentId !== undefined).length;
  const relations = doc.relations.filter((r) => r.kind !== 'subordination' && r.from !== r.to).length;
  expect(result).toEqual({ errors: 0, root: 'mxfile', unique: true, vertices: Object.keys(doc.units).length, edges: tree + relations, dangling: 0, geometry: true });
});

test('the national template exports to PNG in reasonable time; JSON is the org file; selection only', async ({ page }) => {
  await openApp(page, 'kk');
  const doc = template('kazakhstan');
  const png = await exportFile(page, 'png');
  test.info().annotations.push({ type: 'png-export-ms', description: String(png.ms) });
  console.log(`national template: PNG export ${png.ms} ms`);
  expect(png.ms).toBeLessThan(15_000);
  const embedded = readEmbeddedDocument(new Uint8Array(readFileSync(png.path)), 'image/png');
  expect(JSON.parse(embedded ?? 'null')).toEqual(toOrgFile(doc));
  const svg = await exportFile(page, 'svg');
  console.log(`national template: SVG export ${svg.ms} ms`);
  const json = await exportFile(page, 'json');
  expect(json.name).toMatch(/\.prokuratura\.json$/);
  expect(JSON.parse(readFileSync(json.path, 'utf8'))).toEqual(toOrgFile(doc));

  // Select a leaf and export only it: a unit without subordinates is one card (a branch exports whole: classroom.spec).
  await page.keyboard.press('Escape');
  const leaf = Object.values(doc.units).find((u) => u.kind === 'generalOffice' && u.parentId === undefined);
  const child = Object.values(doc.units).find((u) => u.parentId === leaf?.id && !Object.values(doc.units).some((v) => v.parentId === u.id));
  await page.locator(`[role=treeitem][data-row-id="${child?.id}"] .tree-line`).first().click();
  await page.getByTestId('export-toggle').click();
  await page.getByTestId('export-selection').check();
  const only = await exportFile(page, 'svg');
  const units = (readFileSync(only.path, 'utf8').match(/<g class="unit"/g) ?? []).length;
  expect(units).toBe(1);
});

test('print shows only the diagram, fitted to a landscape page', async ({ page }) => {
  await openApp(page, 'en');
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByTestId('export-toggle').click();
  await page.getByTestId('export-paper').selectOption('A3');
  await page.getByTestId('export-print').click();
  await expect(page.locator('body > .export-print.paper-a3 svg')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('body > .export-print svg')).toBeVisible();
  const box = await page.locator('body > .export-print svg').boundingBox();
  expect(box?.width).toBeGreaterThan(600);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.export-print')).toHaveCount(0);
  await expect(page.locator('.toolbar')).toBeVisible();
});
