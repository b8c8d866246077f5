import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { buildElkGraph, layoutOrg, STACK_COLUMN, type ElkEngine } from '../../../models/layout';
import { classroomTemplate } from '../../../models/org/templates/classroom';
import { kazakhstanTemplate } from '../../../models/org/templates/kazakhstan';
import type { OrgDocument } from '../../../models/org/types';

const elk = new ELK();
const engine: ElkEngine = { layout: (g) => elk.layout(g) };
const SIZE = { width: 200, height: 64 };

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.abs(a.x - b.x) < SIZE.width && Math.abs(a.y - b.y) < SIZE.height;
}

describe('layoutOrg', () => {
  it('places every unit of the national system, no two cards overlapping', async () => {
    const doc = kazakhstanTemplate();
    const { positions } = await layoutOrg(doc, engine, { defaultSize: SIZE });
    const ids = Object.keys(doc.units);
    expect(Object.keys(positions).sort()).toEqual(ids.sort());
    const list = ids.map((id) => positions[id]);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect(overlaps(list[i], list[j]), `${ids[i]} overlaps ${ids[j]}`).toBe(false);
      }
    }
  });

  it('draws every child below its parent when going down, and right of it when going right', async () => {
    const doc = classroomTemplate();
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const { positions, stacked } = await layoutOrg(doc, engine, { direction, defaultSize: SIZE });
      for (const u of Object.values(doc.units)) {
        if (!u.parentId) continue;
        const p = positions[u.parentId];
        const c = positions[u.id];
        if (stacked[u.id] !== undefined || direction === 'DOWN') expect(c.y, `${u.id} under ${u.parentId}`).toBeGreaterThan(p.y);
        else expect(c.x, `${u.id} right of ${u.parentId}`).toBeGreaterThan(p.x);
      }
    }
  });

  it('puts the President above the office he appoints', async () => {
    const doc = classroomTemplate();
    const { positions } = await layoutOrg(doc, engine, { defaultSize: SIZE });
    const president = Object.values(doc.units).find((u) => u.kind === 'president')!;
    const gpo = Object.values(doc.units).find((u) => u.kind === 'generalOffice')!;
    expect(positions[president.id].y).toBeLessThan(positions[gpo.id].y);
  });

  it('keeps pinned units where they are and leaves hidden ones out', async () => {
    const doc: OrgDocument = structuredClone(classroomTemplate());
    const oblast = Object.values(doc.units).find((u) => u.kind === 'oblast')!;
    oblast.position = { x: -5000, y: 777 };
    const child = Object.values(doc.units).find((u) => u.parentId === oblast.id)!;
    const { positions } = await layoutOrg(doc, engine, { hidden: new Set([child.id]) });
    expect(positions[oblast.id]).toEqual({ x: -5000, y: 777 });
    expect(positions[child.id]).toBeUndefined();
    const free = await layoutOrg(doc, engine, { keepPinned: false });
    expect(free.positions[oblast.id]).not.toEqual({ x: -5000, y: 777 });
  });

  it('stacks the leaves of a parent in columns of at most STACK_COLUMN instead of one wide layer', () => {
    const doc = kazakhstanTemplate();
    const { graph, stacks } = buildElkGraph(doc);
    const committee = Object.values(doc.units).find((u) => u.kind === 'committee')!;
    const territorial = Object.values(doc.units).filter((u) => u.kind === 'committeeTerritorial');
    expect(stacks.get(committee.id)).toHaveLength(territorial.length);
    // Leaves in a column are not ELK nodes: the graph holds far fewer nodes than the document.
    expect(graph.children!.length).toBeLessThan(Object.keys(doc.units).length / 2);
    const box = graph.children!.find((n) => n.id === committee.id)!;
    const rows = Math.ceil(territorial.length / Math.ceil(territorial.length / STACK_COLUMN));
    expect(box.height).toBeLessThanOrEqual(64 + rows * (64 + 14));
  });
});
