import { describe, expect, it } from 'vitest';
import { isCitationId } from '../../../models/law';
import { SCHEMES, getScheme, schemeNodes } from '../../../models/lessons';
import { norm, seedLines, seedText } from './seed';

const seed = seedLines();

describe('the concept schemes', () => {
  it('covers themes 1, 3, 5, 6 and 8', () => {
    expect([...new Set(SCHEMES.map((s) => s.theme))].sort()).toEqual([1, 3, 5, 6, 8]);
  });

  it('has unique node ids within each scheme and labels in kk, ru and en', () => {
    for (const s of SCHEMES) {
      const nodes = schemeNodes(s);
      expect(new Set(nodes.map((x) => x.id)).size, s.id).toBe(nodes.length);
      for (const node of nodes) for (const lang of ['kk', 'ru', 'en'] as const) expect(node.label[lang].length, `${s.id}/${node.id}`).toBeGreaterThan(0);
    }
  });

  it('cites for every node the seed lines that hold its Kazakh term, or a registered citation', () => {
    for (const s of SCHEMES) {
      for (const node of schemeNodes(s)) {
        const where = `${s.id}/${node.id}`;
        expect(node.seedLines !== undefined || node.citation !== undefined, where).toBe(true);
        if (node.citation) expect(isCitationId(node.citation), where).toBe(true);
        if (node.seedLines) {
          expect(node.term, where).toBeTruthy();
          expect(seedText(seed, node.seedLines), where).toContain(norm(node.term ?? ''));
        }
      }
    }
  });

  it('draws the map of acts as three families, with the five acts of supervision', () => {
    const acts = getScheme('acts');
    expect(acts?.root.children?.map((c) => c.id)).toEqual(['supervision', 'response', 'organisation']);
    expect(acts?.root.children?.[0]?.children).toHaveLength(5);
  });
});

describe('a scheme laid out by ELK', () => {
  it('puts every child below its parent and no two nodes on top of each other', async () => {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    const elk = new ELK();
    const { layoutScheme } = await import('../../../models/lessons');
    for (const s of SCHEMES) {
      const laid = await layoutScheme(s, { layout: (g) => elk.layout(g) }, () => ({ width: 240, height: 80 }));
      for (const e of laid.edges) expect(laid.positions[e.target].y, `${s.id} ${e.id}`).toBeGreaterThan(laid.positions[e.source].y);
      const spots = Object.values(laid.positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`);
      expect(new Set(spots).size, s.id).toBe(spots.length);
    }
  });
});
