import { describe, expect, it } from 'vitest';
import { isCitationId } from '../../../models/law';
import { allowedChildKinds, councilLevelFor, isAllowedUnder, isExternalKind, kindFamily, KINDS } from '../../../models/org/kinds';
import { UNIT_KINDS, type UnitKind } from '../../../models/org/types';

describe('the kind table', () => {
  it('describes every kind, with labels in three languages and a citation in LAW', () => {
    for (const k of UNIT_KINDS) {
      const info = KINDS[k];
      expect(info.kind).toBe(k);
      expect(info.label.kk && info.label.ru && info.label.en).toBeTruthy();
      expect(isCitationId(info.citation)).toBe(true);
    }
  });

  it('puts the General Prosecutor\'s Office at the root and external bodies outside the tree', () => {
    expect(isAllowedUnder('generalOffice', undefined)).toBe(true);
    for (const k of UNIT_KINDS) if (k !== 'generalOffice') expect(isAllowedUnder('generalOffice', k)).toBe(false);
    for (const ext of ['president', 'senate', 'agency'] as const) {
      expect(isExternalKind(ext)).toBe(true);
      expect(kindFamily(ext)).toBe('external');
      expect(isAllowedUnder(ext, undefined)).toBe(true);
      expect(allowedChildKinds(ext)).toEqual([]);
      for (const k of UNIT_KINDS) expect(isAllowedUnder(ext, k)).toBe(false);
    }
    for (const k of UNIT_KINDS) if (!isExternalKind(k) && k !== 'generalOffice') expect(isAllowedUnder(k, undefined)).toBe(false);
  });

  it('follows the law on what sits directly under the General Prosecutor\'s Office', () => {
    expect(allowedChildKinds('generalOffice').sort()).toEqual(
      ['gpoPost', 'apparatus', 'gpoDepartment', 'committee', 'academy', 'militaryChief', 'transportChief', 'oblast', 'coordinationCouncil', 'collegium'].sort(),
    );
  });

  it.each([
    ['gpoDepartment', ['generalOffice', 'apparatus', 'gpoDepartment']],
    ['committeeTerritorial', ['committee']],
    ['militaryRegional', ['militaryChief']],
    ['militaryGarrison', ['militaryRegional']],
    ['transportRegional', ['transportChief']],
    ['district', ['oblast']],
    ['coordinationCouncil', ['generalOffice', 'oblast', 'militaryChief', 'transportChief']],
    ['collegium', ['generalOffice', 'oblast', 'militaryChief', 'transportChief', 'committee']],
    ['interdepartmentalMeeting', ['district', 'militaryRegional', 'militaryGarrison', 'transportRegional']],
  ] as [UnitKind, UnitKind[]][])('%s sits only under %j', (child, parents) => {
    for (const p of UNIT_KINDS) expect(isAllowedUnder(child, p), `${child} under ${p}`).toBe(parents.includes(p));
  });

  it('allowedChildKinds and isAllowedUnder are the same table', () => {
    for (const p of UNIT_KINDS) for (const c of UNIT_KINDS) expect(allowedChildKinds(p).includes(c)).toBe(isAllowedUnder(c, p));
  });

  it('gives a council its level from the office it sits at', () => {
    expect(councilLevelFor('generalOffice')).toBe('republican');
    expect(councilLevelFor('oblast')).toBe('regional');
    expect(councilLevelFor('militaryChief')).toBe('military');
    expect(councilLevelFor('transportChief')).toBe('transport');
    expect(councilLevelFor('district')).toBeUndefined();
  });
});
