import { describe, expect, it } from 'vitest';
import { invariantViolations, validate } from '../../../models/org/rules';
import type { Relation, Unit } from '../../../models/org/types';
import { docOf, goodDoc, unit } from './fixtures';

/** The good document grown to about 2,000 units and as many relations by adding oblasts full of districts. */
function bigDoc() {
  const base = goodDoc();
  const units: Unit[] = Object.values(base.units);
  const relations: Relation[] = [...base.relations];
  for (let o = 0; o < 20; o++) {
    const ob = `ob-${o}`;
    units.push(unit(ob, 'oblast', 'gpo', { oblastType: 'oblast' }));
    units.push(unit(`${ob}-council`, 'coordinationCouncil', ob, { level: 'regional' }));
    relations.push({ id: `a-${ob}`, kind: 'appointment', from: 'gpo', to: ob, consentOf: 'president' });
    relations.push({ id: `c-${ob}`, kind: 'councilChair', from: ob, to: `${ob}-council` });
    relations.push({ id: `m-${ob}`, kind: 'councilMember', from: 'mvd', to: `${ob}-council` });
    for (let d = 0; d < 49; d++) {
      const di = `${ob}-d-${d}`;
      units.push(unit(di, 'district', ob, { districtType: 'district' }));
      units.push(unit(`${di}-meeting`, 'interdepartmentalMeeting', di));
      relations.push({ id: `a-${di}`, kind: 'appointment', from: 'gpo', to: di });
      relations.push({ id: `m-${di}`, kind: 'councilMember', from: 'mvd', to: `${di}-meeting` });
    }
  }
  return docOf(units, relations);
}

describe('validate on a national-size document', () => {
  it('checks 2,000 units in well under 50 ms', () => {
    const doc = bigDoc();
    expect(Object.keys(doc.units).length).toBeGreaterThanOrEqual(2000);
    expect(validate(doc)).toEqual([]);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      validate(doc);
      invariantViolations(doc);
      times.push((performance.now() - t0) / 2);
    }
    times.sort((a, b) => a - b);
    console.info(`validate, ${Object.keys(doc.units).length} units / ${doc.relations.length} relations: median ${times[3]?.toFixed(1)} ms, best ${times[0]?.toFixed(1)} ms`);
    // The median of seven runs, each a full validate: generous against a busy machine.
    expect(times[3]).toBeLessThan(50);
  });
});
