import { describe, expect, it } from 'vitest';
import { childrenIndex, descendants, externals } from '../../../models/org/queries';
import { TEMPLATES } from '../../../models/org/templates';
import type { OrgDocument } from '../../../models/org/types';
import { EXTERNALS_ROW, expandAncestors, subtreeEnds, treeRows, typeAheadMatch } from '../../../src/editor/tree/rows';

function template(id: string): OrgDocument {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t.build();
}
const classroom = template('classroom');
const none = new Set<string>();

describe('treeRows', () => {
  it('lists every unit once when everything is open, externals in their own group last', () => {
    const rows = treeRows({ doc: classroom, collapsed: none, focus: null, externalsOpen: true });
    const ids = rows.filter((r) => !r.group).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(classroom.units).sort());
    const group = rows.findIndex((r) => r.id === EXTERNALS_ROW);
    expect(rows.slice(group + 1).map((r) => r.id).sort()).toEqual(externals(classroom).sort());
    expect(rows.slice(group + 1).every((r) => r.level === 2 && r.parent === EXTERNALS_ROW)).toBe(true);
  });

  it('gives ARIA level, set size and position that agree with the tree', () => {
    const rows = treeRows({ doc: classroom, collapsed: none, focus: null, externalsOpen: true });
    const index = childrenIndex(classroom);
    for (const r of rows) {
      if (r.group || r.parent === EXTERNALS_ROW || r.parent === null) continue;
      const sibs = index.get(r.parent) ?? [];
      expect(r.setSize).toBe(sibs.length);
      expect(sibs[r.posInSet - 1]).toBe(r.id);
      expect(r.level).toBe((rows.find((p) => p.id === r.parent)?.level ?? 0) + 1);
    }
    const tops = rows.filter((r) => r.level === 1);
    expect(tops.map((r) => r.posInSet)).toEqual(tops.map((_, i) => i + 1));
    expect(tops.every((r) => r.setSize === tops.length)).toBe(true);
  });

  it('leaves out what is under a collapsed unit and keeps the unit itself', () => {
    const gpo = Object.values(classroom.units).find((u) => u.kind === 'generalOffice');
    if (!gpo) throw new Error('no GPO');
    const oblast = Object.values(classroom.units).find((u) => u.kind === 'oblast');
    if (!oblast) throw new Error('no oblast');
    const rows = treeRows({ doc: classroom, collapsed: new Set([oblast.id]), focus: null, externalsOpen: false });
    const ids = new Set(rows.map((r) => r.id));
    expect(ids.has(oblast.id)).toBe(true);
    for (const d of descendants(classroom, oblast.id)) expect(ids.has(d)).toBe(false);
    expect(rows.find((r) => r.id === oblast.id)?.expanded).toBe(false);
    // A closed external group has its row, not its members.
    expect(ids.has(EXTERNALS_ROW)).toBe(true);
    for (const e of externals(classroom)) expect(ids.has(e)).toBe(false);
    const all = treeRows({ doc: classroom, collapsed: new Set([gpo.id]), focus: null, externalsOpen: false });
    expect(all.map((r) => r.id)).toEqual([gpo.id, EXTERNALS_ROW]);
  });

  it('shows only the focused branch: superiors, the unit and its subordinates', () => {
    const district = Object.values(classroom.units).find((u) => u.kind === 'district');
    if (!district?.parentId) throw new Error('no district');
    const rows = treeRows({ doc: classroom, collapsed: none, focus: district.parentId, externalsOpen: true });
    const expected = new Set([district.parentId, classroom.units[district.parentId]?.parentId, ...descendants(classroom, district.parentId)]);
    expect(new Set(rows.map((r) => r.id))).toEqual(expected);
  });

  it('stays cheap on 2,000 units and visits nothing under a collapsed root', () => {
    const big: OrgDocument = { title: { kk: 'b', ru: 'b', en: 'b' }, units: {}, relations: [] };
    big.units.gpo = { id: 'gpo', kind: 'generalOffice', name: { kk: 'g', ru: 'g', en: 'g' } };
    for (let o = 0; o < 40; o++) {
      big.units[`o${o}`] = { id: `o${o}`, kind: 'oblast', oblastType: 'oblast', parentId: 'gpo', name: { kk: `o${o}`, ru: `o${o}`, en: `o${o}` } };
      for (let d = 0; d < 49; d++) big.units[`o${o}d${d}`] = { id: `o${o}d${d}`, kind: 'district', districtType: 'district', parentId: `o${o}`, name: { kk: 'd', ru: 'd', en: 'd' } };
    }
    expect(Object.keys(big.units).length).toBe(2001);
    const t0 = performance.now();
    const open = treeRows({ doc: big, collapsed: none, focus: null, externalsOpen: true });
    const took = performance.now() - t0;
    expect(open.length).toBe(2001);
    expect(took).toBeLessThan(200);
    const closed = treeRows({ doc: big, collapsed: new Set(Array.from({ length: 40 }, (_, o) => `o${o}`)), focus: null, externalsOpen: true });
    expect(closed.length).toBe(41);
  });
});

describe('subtreeEnds', () => {
  it('marks where each row’s subtree stops', () => {
    const rows = treeRows({ doc: classroom, collapsed: none, focus: null, externalsOpen: true });
    const end = subtreeEnds(rows);
    rows.forEach((r, i) => {
      const stop = end[i] ?? -1;
      for (let k = i + 1; k < stop; k++) expect(rows[k]?.level ?? 0).toBeGreaterThan(r.level);
      if (stop < rows.length) expect(rows[stop]?.level ?? 99).toBeLessThanOrEqual(r.level);
    });
  });
});

describe('expandAncestors', () => {
  it('opens only the collapsed superiors and returns the same set when nothing changes', () => {
    const district = Object.values(classroom.units).find((u) => u.kind === 'district');
    if (!district?.parentId) throw new Error('no district');
    const keep = new Set(['some-other']);
    const collapsed = new Set([district.parentId, 'some-other']);
    expect(expandAncestors(classroom, collapsed, district.id)).toEqual(keep);
    expect(expandAncestors(classroom, keep, district.id)).toBe(keep);
  });
});

describe('typeAheadMatch', () => {
  const labels = ['Alpha', 'beta', 'Almaty', 'Bravo', 'Астана'];
  it('finds the next label by its first letters, wrapping round, case-insensitively', () => {
    expect(typeAheadMatch(labels, 0, 'a')).toBe(2);
    expect(typeAheadMatch(labels, 2, 'a')).toBe(0);
    expect(typeAheadMatch(labels, 0, 'alm')).toBe(2);
    expect(typeAheadMatch(labels, 0, 'alp')).toBe(0);
    expect(typeAheadMatch(labels, 0, 'B')).toBe(1);
    expect(typeAheadMatch(labels, 0, 'ас')).toBe(4);
    expect(typeAheadMatch(labels, 0, 'z')).toBe(-1);
  });
});
