import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutOrg, placeNewUnits, type ElkEngine } from '../../../models/layout';
import { addUnit } from '../../../models/org/operations';
import { classroomTemplate } from '../../../models/org/templates/classroom';
import { kazakhstanTemplate } from '../../../models/org/templates/kazakhstan';
import { allowedChildKinds } from '../../../models/org/kinds';
import type { OrgDocument } from '../../../models/org/types';

const elk = new ELK();
const engine: ElkEngine = { layout: (g) => elk.layout(g) };
const SIZE = { width: 200, height: 64 };

describe('placeNewUnits', () => {
  it('never moves a placed unit, and places every new one', async () => {
    const base = kazakhstanTemplate();
    const laid = await layoutOrg(base, engine, { defaultSize: SIZE });
    const parents = Object.values(base.units).filter((u) => allowedChildKinds(u.kind).length > 0);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: parents.length - 1 }), { minLength: 1, maxLength: 8 }), (picks) => {
        let doc: OrgDocument = base;
        for (const p of picks) {
          const parent = parents[p];
          if (!parent) continue;
          const kind = allowedChildKinds(parent.kind)[0];
          if (!kind) continue;
          const r = addUnit(doc, parent.id, kind, { kk: 'жаңа', ru: 'новое', en: 'new' });
          if (r.ok) doc = r.doc;
        }
        const { positions } = placeNewUnits(doc, laid.positions, { stacked: laid.stacked });
        for (const [id, p] of Object.entries(laid.positions)) expect(positions[id]).toEqual(p);
        for (const id of Object.keys(doc.units)) expect(positions[id], id).toBeDefined();
      }),
      { seed: 3, numRuns: 60 },
    );
  });

  it('puts a new leaf at the end of its parent\'s column, clear of its siblings', async () => {
    const base = classroomTemplate();
    const laid = await layoutOrg(base, engine, { defaultSize: SIZE });
    const [oblastId, column] = Object.entries(laid.stacked).map(([child, parent]) => [parent, child] as const)[0];
    const r = addUnit(base, oblastId, 'district', { kk: 'жаңа', ru: 'новая', en: 'new' });
    if (!r.ok) throw new Error(r.message.en);
    const created = r.created?.[0] ?? '';
    const { positions, stacked } = placeNewUnits(r.doc, laid.positions, { stacked: laid.stacked });
    expect(stacked[created]).toBe(oblastId);
    const siblings = Object.keys(laid.stacked).filter((k) => laid.stacked[k] === oblastId);
    const lowest = Math.max(...siblings.map((s) => laid.positions[s].y));
    expect(positions[created].x).toBe(laid.positions[column].x);
    expect(positions[created].y).toBeGreaterThan(lowest + SIZE.height - 1);
  });
});
