import { describe, expect, it } from 'vitest';
import { isCitationId } from '../../../models/law';
import {
  addRelation,
  addUnit,
  applyEdit,
  applyOrgPatches,
  changeKind,
  deleteSubtree,
  deleteUnit,
  duplicateSubtree,
  pinPosition,
  removeRelation,
  renameUnit,
  reparent,
  setAttributes,
  setHead,
  setNotes,
  unpinPosition,
  type IdGenerator,
  type OpResult,
} from '../../../models/org/operations';
import { invariantViolations, validate } from '../../../models/org/rules';
import type { OrgDocument } from '../../../models/org/types';
import { goodDoc, nm } from './fixtures';

const good = goodDoc();

function ok(r: OpResult): OrgDocument {
  if (!r.ok) throw new Error(`refused: ${r.code}: ${r.message.en}`);
  return r.doc;
}

function refusedWith(r: OpResult, code: string): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe(code);
  for (const t of [r.message.kk, r.message.ru, r.message.en]) expect(t.length).toBeGreaterThan(5);
  if (r.citation) expect(isCitationId(r.citation)).toBe(true);
}

describe('addUnit', () => {
  it('adds a district under an oblast with a fresh id and its default type', () => {
    const r = addUnit(good, 'almaty', 'district', nm('Bostandyk'));
    const doc = ok(r);
    expect(r.ok && r.created).toEqual(['district']);
    expect(doc.units.district).toMatchObject({ id: 'district', kind: 'district', parentId: 'almaty', districtType: 'district' });
    const again = ok(addUnit(doc, 'almaty', 'district', nm('Auezov')));
    expect(Object.keys(again.units).filter((k) => k.startsWith('district'))).toEqual(['district', 'district-2']);
  });

  it('gives a new council the level of its host', () => {
    const doc = ok(addUnit(good, 'mil', 'collegium', nm('c')));
    expect(ok(addUnit(doc, 'tr', 'coordinationCouncil', nm('x'), 'tr-council-2')).units['tr-council-2']?.level).toBe('transport');
  });

  it('refuses what the law does not place there, and says why with the article', () => {
    const r = addUnit(good, 'gpo', 'district', nm('x'));
    refusedWith(r, 'kindNotAllowed');
    expect(!r.ok && r.citation).toBe('org.district');
    expect(!r.ok && r.message.en).toContain('Oblast');
    refusedWith(addUnit(good, 'medeu', 'coordinationCouncil', nm('x')), 'kindNotAllowed');
    refusedWith(addUnit(good, 'gpo', 'president', nm('x')), 'kindNotAllowed');
    refusedWith(addUnit(good, undefined, 'district', nm('x')), 'kindNotAllowed');
    refusedWith(addUnit(good, 'mvd', 'gpoDepartment', nm('x')), 'externalParent');
    refusedWith(addUnit(good, undefined, 'generalOffice', nm('x')), 'secondRoot');
    refusedWith(addUnit(good, 'ghost', 'district', nm('x')), 'parentNotFound');
  });

  it('refuses taken or malformed ids, bad text and foreign attributes', () => {
    refusedWith(addUnit(good, 'almaty', 'district', nm('x'), 'medeu'), 'idTaken');
    refusedWith(addUnit(good, 'almaty', 'district', nm('x'), 'a-gpo'), 'idTaken');
    refusedWith(addUnit(good, 'almaty', 'district', nm('x'), '__proto__'), 'invalidId');
    refusedWith(addUnit(good, 'almaty', 'district', nm('x'), 'two words'), 'invalidId');
    refusedWith(addUnit(good, 'almaty', 'district', { kk: '<b>', ru: 'x', en: 'x' }), 'invalidText');
    refusedWith(addUnit(good, 'almaty', 'district', nm('x'), undefined, { attributes: { level: 'regional' } }), 'attributeNotApplicable');
    refusedWith(addUnit(good, 'gpo', 'coordinationCouncil', nm('x'), undefined, { attributes: { level: 'military' } }), 'levelMismatch');
  });

  it('uses an injected id generator', () => {
    const gen: IdGenerator = (base, taken) => {
      let i = 100;
      while (taken(`${base}_${i}`)) i++;
      return `${base}_${i}`;
    };
    const r = addUnit(good, 'almaty', 'district', nm('x'), undefined, { idGen: gen });
    expect(r.ok && r.created).toEqual(['district_100']);
  });
});

describe('editing a unit', () => {
  it('renames, sets the head, notes and attributes, pins and unpins', () => {
    let doc = ok(renameUnit(good, 'medeu', { kk: 'Медеу', ru: 'Медеуский', en: 'Medeu' }));
    expect(doc.units.medeu?.name.ru).toBe('Медеуский');
    doc = ok(setHead(doc, 'medeu', nm('District Prosecutor')));
    expect(doc.units.medeu?.head?.en).toBe('District Prosecutor');
    doc = ok(setHead(doc, 'medeu', undefined));
    expect(doc.units.medeu && 'head' in doc.units.medeu).toBe(false);
    doc = ok(setNotes(doc, 'medeu', 'see order 12'));
    expect(doc.units.medeu?.notes).toBe('see order 12');
    doc = ok(setNotes(doc, 'medeu', ''));
    expect(doc.units.medeu?.notes).toBeUndefined();
    doc = ok(setAttributes(doc, 'medeu', { districtType: 'interDistrict' }));
    expect(doc.units.medeu?.districtType).toBe('interDistrict');
    doc = ok(pinPosition(doc, 'medeu', { x: 10, y: -5 }));
    expect(doc.units.medeu?.position).toEqual({ x: 10, y: -5 });
    doc = ok(unpinPosition(doc, 'medeu'));
    expect(doc.units.medeu?.position).toBeUndefined();
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('refuses edits of missing units, bad positions and levels that do not fit', () => {
    refusedWith(renameUnit(good, 'ghost', nm('x')), 'unitNotFound');
    refusedWith(pinPosition(good, 'medeu', { x: Number.NaN, y: 0 }), 'invalidPosition');
    refusedWith(pinPosition(good, 'medeu', { x: 1e9, y: 0 }), 'invalidPosition');
    refusedWith(setAttributes(good, 'almaty-council', { level: 'republican' }), 'levelMismatch');
    refusedWith(setAttributes(good, 'medeu', { oblastType: 'city' }), 'attributeNotApplicable');
    refusedWith(setNotes(good, 'medeu', 'x'.repeat(10_001)), 'invalidText');
  });
});

describe('changeKind', () => {
  it('changes a kind when the unit and its children still fit, and fixes attributes', () => {
    const doc = ok(changeKind(good, 'dept', 'apparatus'));
    expect(doc.units.dept?.kind).toBe('apparatus');
    const tr = ok(changeKind(ok(deleteSubtree(good, 'tr-west')), 'tr', 'militaryChief'));
    expect(tr.units['tr-council']?.level).toBe('military');
    expect(invariantViolations(tr)).toEqual([]);
  });

  it('refuses when children would be misplaced or the unit itself would be', () => {
    const r = changeKind(good, 'mil', 'transportChief');
    refusedWith(r, 'childrenMisplaced');
    expect(!r.ok && r.values?.childId).toBe('mil-south');
    refusedWith(changeKind(good, 'medeu', 'oblast'), 'kindNotAllowed');
    refusedWith(changeKind(good, 'mvd', 'generalOffice'), 'secondRoot');
    refusedWith(changeKind(good, 'almaty', 'agency'), 'kindNotAllowed');
  });
});

describe('deleting', () => {
  it('deletes a leaf with the relations touching it', () => {
    const doc = ok(deleteUnit(good, 'medeu-meeting'));
    expect(doc.units['medeu-meeting']).toBeUndefined();
    expect(doc.relations.find((r) => r.id === 'm-meeting')).toBeUndefined();
    refusedWith(deleteUnit(good, 'almaty'), 'hasChildren');
  });

  it('deletes a branch and every relation touching it; a lost consent is dropped from the appointment', () => {
    const doc = ok(deleteSubtree(good, 'almaty'));
    for (const id of ['almaty', 'medeu', 'medeu-meeting', 'almaty-council', 'almaty-collegium']) expect(doc.units[id]).toBeUndefined();
    expect(doc.relations.some((r) => ['a-almaty', 'a-medeu', 'c-alm', 'm-alm-mvd', 'm-meeting'].includes(r.id))).toBe(false);
    expect(invariantViolations(doc)).toEqual([]);
    const noSenate = ok(deleteUnit(good, 'senate'));
    expect(noSenate.relations.find((r) => r.id === 'a-gpo')).toEqual({ id: 'a-gpo', kind: 'appointment', from: 'president', to: 'gpo' });
    expect(validate(noSenate).map((f) => f.code)).toEqual(['appointments.missingConsent']);
  });
});

describe('reparent', () => {
  it('moves a branch, and a council takes the level of its new host', () => {
    const doc = ok(reparent(good, 'rep-council', 'almaty'));
    expect(doc.units['rep-council']).toMatchObject({ parentId: 'almaty', level: 'regional' });
    expect(ok(reparent(good, 'dept-sub', 'apparatus')).units['dept-sub']?.parentId).toBe('apparatus');
  });

  it('refuses loops and places the law does not allow', () => {
    const r = reparent(good, 'dept', 'dept-sub');
    refusedWith(r, 'cycle');
    expect(!r.ok && r.citation).toBe('common.subordination');
    refusedWith(reparent(good, 'dept', 'dept'), 'cycle');
    refusedWith(reparent(good, 'medeu', 'mil'), 'kindNotAllowed');
    refusedWith(reparent(good, 'medeu', undefined), 'kindNotAllowed');
    refusedWith(reparent(good, 'dept', 'president'), 'externalParent');
    refusedWith(reparent(good, 'gpo', 'almaty'), 'cycle');
    refusedWith(reparent(good, 'medeu', 'ghost'), 'parentNotFound');
  });
});

describe('relations', () => {
  it('adds and removes relations', () => {
    const r = addRelation(good, { kind: 'supervision', from: 'gpo', to: 'knb' });
    const doc = ok(r);
    expect(r.ok && r.created).toEqual(['supervision-gpo-knb']);
    expect(doc.relations.at(-1)).toEqual({ id: 'supervision-gpo-knb', kind: 'supervision', from: 'gpo', to: 'knb' });
    expect(ok(removeRelation(doc, 'supervision-gpo-knb'))).toEqual(good);
  });

  it('refuses dangling ends, taken ids and self-loops', () => {
    refusedWith(addRelation(good, { kind: 'supervision', from: 'gpo', to: 'ghost' }), 'danglingEndpoint');
    refusedWith(addRelation(good, { kind: 'appointment', from: 'gpo', to: 'medeu', consentOf: 'ghost' }), 'danglingEndpoint');
    refusedWith(addRelation(good, { kind: 'supervision', from: 'gpo', to: 'gpo' }), 'selfLoop');
    refusedWith(addRelation(good, { id: 'a-gpo', kind: 'supervision', from: 'gpo', to: 'knb' }), 'idTaken');
    refusedWith(addRelation(good, { id: 'knb', kind: 'supervision', from: 'gpo', to: 'knb' }), 'idTaken');
    refusedWith(removeRelation(good, 'ghost'), 'relationNotFound');
  });
});

describe('duplicateSubtree', () => {
  it('copies a branch with fresh ids and the relations inside it', () => {
    const r = duplicateSubtree(good, 'almaty', 'gpo');
    const doc = ok(r);
    expect(r.ok && r.created?.slice(0, 5)).toEqual(['almaty-copy', 'medeu-copy', 'medeu-meeting-copy', 'almaty-council-copy', 'almaty-collegium-copy']);
    expect(doc.units['medeu-copy']).toMatchObject({ kind: 'district', parentId: 'almaty-copy' });
    const chair = doc.relations.find((x) => x.kind === 'councilChair' && x.to === 'almaty-council-copy');
    expect(chair).toMatchObject({ id: 'c-alm-copy', from: 'almaty-copy' });
    // Relations leaving the branch (appointments by the GP, members from outside) are not copied.
    expect(doc.relations.filter((x) => x.to === 'almaty-copy')).toEqual([]);
    expect(invariantViolations(doc)).toEqual([]);
    const twice = ok(duplicateSubtree(doc, 'almaty', 'gpo'));
    expect(twice.units['almaty-copy-2']).toBeDefined();
  });

  it('is deterministic with an injected generator, and refuses a bad target', () => {
    let n = 0;
    const gen: IdGenerator = (_base, taken) => {
      do n++;
      while (taken(`n${n}`));
      return `n${n}`;
    };
    const r = duplicateSubtree(good, 'mil-south', 'mil', { idGen: gen });
    expect(r.ok && r.created).toEqual(['n1', 'n2', 'n3']);
    refusedWith(duplicateSubtree(good, 'medeu', 'gpo'), 'kindNotAllowed');
    refusedWith(duplicateSubtree(good, 'gpo', undefined), 'secondRoot');
    refusedWith(duplicateSubtree(good, 'medeu', 'almaty', { idGen: () => 'gpo' }), 'invalidId');
  });

  it('may copy a branch under a unit inside itself', () => {
    const doc = ok(duplicateSubtree(good, 'dept', 'dept-sub'));
    expect(doc.units['dept-copy']?.parentId).toBe('dept-sub');
    expect(doc.units['dept-sub-copy']?.parentId).toBe('dept-copy');
    expect(invariantViolations(doc)).toEqual([]);
  });
});

describe('patches', () => {
  it('undo with inverse patches and redo with patches', () => {
    const r = applyEdit(good, { type: 'unit.deleteSubtree', id: 'almaty' });
    if (!r.ok) throw new Error(r.code);
    expect(applyOrgPatches(r.doc, r.inversePatches)).toEqual(good);
    expect(applyOrgPatches(good, r.patches)).toEqual(r.doc);
  });

  it('an accepted edit returns a frozen new document and leaves the old one alone', () => {
    const before = structuredClone(good);
    const r = applyEdit(good, { type: 'unit.rename', id: 'medeu', name: nm('M') });
    expect(r.ok && Object.isFrozen(r.doc.units.medeu)).toBe(true);
    expect(good).toEqual(before);
  });
});
