import { describe, expect, it } from 'vitest';
import { isAncestor } from '../../../models/org/queries';
import { higherProsecutors, isSuspendingRole, PROSECUTOR_ROLES, ROLE_LABELS, ROLE_OF_KIND, roleOfUnit, unitOfRole } from '../../../models/org/roles';
import { TEMPLATES } from '../../../models/org/templates';

const doc = TEMPLATES[0]?.build() ?? { title: { kk: '', ru: '', en: '' }, units: {}, relations: [] };

describe('role-to-unit questions (models/org/roles)', () => {
  it('finds higher prosecution offices above a district office, all of them its ancestors, none above the GPO', () => {
    const district = unitOfRole(doc, 'districtProsecutor');
    expect(district).toBeDefined();
    const higher = higherProsecutors(doc, district!);
    expect(higher.length).toBeGreaterThanOrEqual(2);
    for (const id of higher) expect(isAncestor(doc, id, district!)).toBe(true);
    expect(higherProsecutors(doc, unitOfRole(doc, 'generalProsecutor')!)).toEqual([]);
  });
  it('a deputy or a staff prosecutor stands for the office they serve in; a unit id wins', () => {
    expect(unitOfRole(doc, 'deputyRegionalProsecutor')).toBe(unitOfRole(doc, 'regionalProsecutor'));
    expect(unitOfRole(doc, 'staffProsecutor')).toBe(unitOfRole(doc, 'districtProsecutor'));
    const any = Object.keys(doc.units)[0];
    expect(unitOfRole(doc, 'districtProsecutor', any)).toBe(any);
  });
  it('the head of a unit has the role of its kind; a unit no prosecutor heads has none', () => {
    const district = unitOfRole(doc, 'districtProsecutor')!;
    expect(roleOfUnit(doc, district)).toBe('districtProsecutor');
    const council = Object.values(doc.units).find((u) => u.kind === 'coordinationCouncil');
    expect(council && roleOfUnit(doc, council.id)).toBeUndefined();
    for (const role of Object.values(ROLE_OF_KIND)) expect(PROSECUTOR_ROLES).toContain(role);
  });
  it('who may suspend a protested act (CL art. 33.5): the heads, not a deputy oblast or a staff prosecutor', () => {
    expect(isSuspendingRole('districtProsecutor')).toBe(true);
    expect(isSuspendingRole('deputyRegionalProsecutor')).toBe(false);
    expect(isSuspendingRole('staffProsecutor')).toBe(false);
  });
  it('every role has a label in kk, ru and en', () => {
    for (const role of PROSECUTOR_ROLES) for (const lang of ['kk', 'ru', 'en'] as const) expect(ROLE_LABELS[role][lang].length).toBeGreaterThan(0);
  });
});
