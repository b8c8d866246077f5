// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, type OrgDocument, type RelationKind } from '../../../models/org/types';
import { toDrawio, vertexId } from '../../../src/export/drawio';
import { hostileDoc, laidOut, template } from './fixtures';

function parse(text: string): Document {
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

function expectedEdges(doc: OrgDocument, layers: readonly RelationKind[]): number {
  const tree = layers.includes('subordination') ? Object.values(doc.units).filter((u) => u.parentId !== undefined && doc.units[u.parentId]).length : 0;
  return tree + doc.relations.filter((r) => r.kind !== 'subordination' && layers.includes(r.kind) && r.from !== r.to).length;
}

describe('toDrawio', () => {
  for (const [name, layers] of [
    ['tree and accountability', ['subordination', 'accountability']],
    ['every layer', RELATION_KINDS],
  ] as const) {
    it(`national template, ${name}: one vertex per unit, one edge per drawn edge, ids unique, ends exist`, async () => {
      const doc = template('kazakhstan');
      const { boxes } = await laidOut(doc);
      const xml = parse(toDrawio(doc, boxes, 'kk', { layers }));
      expect(xml.documentElement.localName).toBe('mxfile');
      const root = xml.querySelector('mxfile > diagram > mxGraphModel > root');
      expect(root).not.toBeNull();
      const cells = [...(root?.children ?? [])];
      expect(cells.every((c) => c.localName === 'mxCell')).toBe(true);
      expect(cells[0]?.getAttribute('id')).toBe('0');
      expect(cells[1]?.getAttribute('id')).toBe('1');
      expect(cells[1]?.getAttribute('parent')).toBe('0');
      const ids = cells.map((c) => c.getAttribute('id'));
      expect(new Set(ids).size).toBe(ids.length);
      const vertices = cells.filter((c) => c.getAttribute('vertex') === '1');
      const edges = cells.filter((c) => c.getAttribute('edge') === '1');
      expect(vertices).toHaveLength(Object.keys(doc.units).length);
      expect(new Set(vertices.map((v) => v.getAttribute('id')))).toEqual(new Set(Object.keys(doc.units).map(vertexId)));
      expect(edges).toHaveLength(expectedEdges(doc, layers));
      const vertexIds = new Set(vertices.map((v) => v.getAttribute('id')));
      for (const e of edges) {
        expect(vertexIds.has(e.getAttribute('source'))).toBe(true);
        expect(vertexIds.has(e.getAttribute('target'))).toBe(true);
        expect(e.querySelector('mxGeometry')?.getAttribute('relative')).toBe('1');
      }
      for (const v of vertices) {
        const g = v.querySelector('mxGeometry[as=geometry]');
        for (const a of ['x', 'y', 'width', 'height']) expect(Number.isFinite(Number(g?.getAttribute(a)))).toBe(true);
        expect(v.getAttribute('parent')).toBe('1');
      }
    });
  }

  it('escapes every label: XML parses, and the HTML draw.io renders holds the name as text only', async () => {
    const doc = hostileDoc();
    const { boxes } = await laidOut(doc);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const xml = parse(toDrawio(doc, boxes, lang, { layers: RELATION_KINDS }));
      const all = new Set([...xml.getElementsByTagName('*')].map((e) => e.localName));
      expect([...all].sort()).toEqual(['diagram', 'mxCell', 'mxGeometry', 'mxGraphModel', 'mxfile', 'root']);
      expect(xml.querySelector('diagram')?.getAttribute('name')).toBe(doc.title[lang]);
      for (const u of Object.values(doc.units)) {
        const cell = xml.querySelector(`mxCell[id="${vertexId(u.id)}"]`);
        const html = new DOMParser().parseFromString(cell?.getAttribute('value') ?? '', 'text/html');
        const tags = new Set([...html.body.getElementsByTagName('*')].map((e) => e.localName));
        for (const t of tags) expect(['b', 'br', 'font']).toContain(t);
        expect(html.body.querySelectorAll('b')[1]?.textContent).toBe(u.name[lang]);
        expect(html.querySelector('[onclick], script')).toBeNull();
      }
    }
  });

  it('positions follow the canvas, shifted to the page', async () => {
    const doc = template('classroom');
    const { boxes } = await laidOut(doc);
    const xml = parse(toDrawio(doc, boxes, 'en'));
    const [a, b] = boxes;
    const ga = xml.querySelector(`mxCell[id="${vertexId(a?.id ?? '')}"] > mxGeometry`);
    const gb = xml.querySelector(`mxCell[id="${vertexId(b?.id ?? '')}"] > mxGeometry`);
    expect(Number(gb?.getAttribute('x')) - Number(ga?.getAttribute('x'))).toBeCloseTo((b?.x ?? 0) - (a?.x ?? 0), 0);
    expect(Number(gb?.getAttribute('y')) - Number(ga?.getAttribute('y'))).toBeCloseTo((b?.y ?? 0) - (a?.y ?? 0), 0);
  });
});
