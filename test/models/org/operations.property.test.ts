import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, applyOrgPatches, type OrgEdit, type Patch } from '../../../models/org/operations';
import type { OrgDocument } from '../../../models/org/types';
import { checkInvariants, deepFreeze, editSeed, toEdit } from '../../helpers/orgEdits';
import { goodDoc } from './fixtures';

describe('org operations under random edit sequences', () => {
  it('keep every invariant, refuse without touching the document, and undo exactly', () => {
    const base = goodDoc();
    // Some pinned units, so that unpinning has something to do.
    for (const [i, id] of ['gpo', 'almaty', 'medeu', 'mil', 'dept', 'tr-west', 'rep-council'].entries()) {
      const u = base.units[id];
      if (u) u.position = { x: i * 100, y: i * 50 };
    }
    const start = deepFreeze(base);
    const startCopy = structuredClone(start);
    let accepted = 0;
    let refused = 0;
    const acceptedByType = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(editSeed, { minLength: 1, maxLength: 25 }), (seeds) => {
        let doc = start;
        const undo: Patch[][] = [];
        const redo: Patch[][] = [];
        for (const seed of seeds) {
          const edit = toEdit(doc, seed);
          const before = JSON.stringify(doc);
          const r = applyEdit(doc, edit);
          if (!r.ok) {
            refused++;
            expect(JSON.stringify(doc)).toBe(before);
            expect(r.message.en.length).toBeGreaterThan(0);
            continue;
          }
          accepted++;
          if (r.patches.length) acceptedByType.set(edit.type, (acceptedByType.get(edit.type) ?? 0) + 1);
          doc = r.doc;
          undo.push(r.inversePatches);
          redo.push(r.patches);
          checkInvariants(doc);
        }
        let back = doc;
        for (let i = undo.length - 1; i >= 0; i--) back = applyOrgPatches(back, undo[i] ?? []);
        expect(back).toEqual(startCopy);
        let forward: OrgDocument = start;
        for (const p of redo) forward = applyOrgPatches(forward, p);
        expect(forward).toEqual(doc);
      }),
      { seed: 42, numRuns: 1500 },
    );
    // The generator must exercise both paths in earnest.
    expect(accepted).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(2000);
    const types: OrgEdit['type'][] = [
      'unit.add', 'unit.rename', 'unit.setHead', 'unit.setNotes', 'unit.setAttributes', 'unit.changeKind', 'unit.delete', 'unit.deleteSubtree',
      'unit.reparent', 'unit.duplicateSubtree', 'unit.pin', 'unit.unpin', 'relation.add', 'relation.remove', 'document.setTitle', 'document.setEdition',
    ];
    for (const t of types) expect(acceptedByType.get(t) ?? 0, t).toBeGreaterThan(10);
    expect(start).toEqual(startCopy);
  }, 120_000);

  it('a refused edit hands back no document: the caller keeps the same reference', () => {
    fc.assert(
      fc.property(editSeed, (seed) => {
        const doc = deepFreeze(goodDoc());
        const r = applyEdit(doc, toEdit(doc, seed));
        if (!r.ok) expect('doc' in r).toBe(false);
        else if (r.patches.length === 0) expect(r.doc).toBe(doc);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
