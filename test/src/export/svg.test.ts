// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../../../models/org/types';
import { toOrgFile } from '../../../models/org/schema';
import { readEmbeddedDocument } from '../../../src/export/embedded';
import { buildScene } from '../../../src/export/scene';
import { toSvg } from '../../../src/export/svg';
import { hostileDoc, HOSTILE, laidOut, template } from './fixtures';

const OURS = new Set(['svg', 'title', 'metadata', 'orgFile', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan', 'line']);

function parseSvg(svg: string): Document {
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

function nameOf(xml: Document, id: string): string {
  const g = [...xml.querySelectorAll('g.unit')].find((e) => e.getAttribute('data-id') === id);
  const spans = g?.querySelectorAll('text')[1]?.querySelectorAll('tspan') ?? [];
  return [...spans].map((s) => s.textContent).join(' ');
}

describe('toSvg', () => {
  it('keeps every hostile label as text: only our elements, names intact', async () => {
    const doc = hostileDoc();
    const { boxes } = await laidOut(doc);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const svg = toSvg(doc, boxes, { lang, layers: RELATION_KINDS });
      const xml = parseSvg(svg);
      const names = new Set([...xml.getElementsByTagName('*')].map((e) => e.localName));
      expect([...names].filter((x) => !OURS.has(x))).toEqual([]);
      expect(xml.querySelector('script, foreignObject, #evil')).toBeNull();
      expect(xml.querySelectorAll('g.unit')).toHaveLength(Object.keys(doc.units).length);
      // No processing instruction or comment besides the XML declaration sneaked in.
      const walker = xml.createTreeWalker(xml, 0x80 | 0x40 | 0x8);
      expect(walker.nextNode()).toBeNull();
      for (const u of Object.values(doc.units)) {
        // Wrapping may split at spaces or inside a long word; the characters are all there, in order.
        expect(nameOf(xml, u.id).replace(/\s+/g, '')).toBe(u.name[lang].replace(/\s+/g, ''));
      }
      expect(xml.querySelector('title')?.textContent).toBe(doc.title[lang]);
    }
    expect(HOSTILE.length).toBeGreaterThan(5);
  });

  it('embeds the org file in metadata and reads it back exactly, even with "]]>" in names', async () => {
    const doc = hostileDoc();
    const { boxes } = await laidOut(doc);
    const svg = toSvg(doc, boxes, { lang: 'en', layers: ['subordination'] });
    const bytes = new TextEncoder().encode(svg);
    const json = readEmbeddedDocument(bytes, 'image/svg+xml');
    expect(json).not.toBeNull();
    expect(JSON.parse(json ?? '')).toEqual(toOrgFile(doc));
    // Also when the browser does not say what the file is.
    expect(readEmbeddedDocument(bytes, '')).toBe(json);
    // A plain SVG of someone else's has no document.
    expect(readEmbeddedDocument(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><metadata>x</metadata></svg>'), 'image/svg+xml')).toBeNull();
  });

  it('draws one path per drawn edge, subordination as orthogonal lines, stacked leaves as side brackets', async () => {
    const doc = template('kazakhstan');
    const { boxes, layout } = await laidOut(doc);
    const layers = ['subordination', 'accountability', 'appointment'] as const;
    const scene = buildScene(doc, boxes, { layers });
    const xml = parseSvg(toSvg(doc, boxes, { lang: 'kk', layers }));
    const paths = xml.querySelectorAll('g.edges path');
    const withParent = Object.values(doc.units).filter((u) => u.parentId !== undefined && doc.units[u.parentId]).length;
    const rels = doc.relations.filter((r) => (r.kind === 'accountability' || r.kind === 'appointment') && r.from !== r.to).length;
    expect(paths).toHaveLength(withParent + rels);
    expect(scene.edges).toHaveLength(withParent + rels);
    for (const p of xml.querySelectorAll('path.rel-subordination')) expect(p.getAttribute('d')).toMatch(/^M[\d.-]+ [\d.-]+( [VH][\d.-]+)+$/);
    expect(xml.querySelectorAll('path.rel-accountability[stroke-dasharray]').length).toBeGreaterThan(0);
    // The stacks the layout made are the stacks we draw.
    const stacked = new Set(scene.edges.filter((e) => e.route === 'stack').map((e) => e.target));
    expect(stacked).toEqual(new Set(Object.keys(layout.stacked)));
    expect(stacked.size).toBeGreaterThan(10);
  });

  it('exports only the selection, with the edges among it', async () => {
    const doc = template('classroom');
    const { boxes } = await laidOut(doc);
    const root = Object.values(doc.units).find((u) => u.kind === 'generalOffice');
    const kids = Object.values(doc.units).filter((u) => u.parentId === root?.id).slice(0, 2);
    const selection = [root?.id ?? '', ...kids.map((k) => k.id)];
    const xml = parseSvg(toSvg(doc, boxes, { lang: 'ru', layers: ['subordination'], selection }));
    expect([...xml.querySelectorAll('g.unit')].map((g) => g.getAttribute('data-id')).sort()).toEqual([...selection].sort());
    expect(xml.querySelectorAll('g.edges path')).toHaveLength(2);
    const width = Number(xml.documentElement.getAttribute('width'));
    const whole = Number(parseSvg(toSvg(doc, boxes, { lang: 'ru', layers: ['subordination'] })).documentElement.getAttribute('width'));
    expect(width).toBeLessThanOrEqual(whole);
  });
});
