import { describe, expect, it } from 'vitest';
import { ancestors, childrenIndex, depth, descendants, findByName, isAncestor, roots } from '../../../models/org/queries';
import { docOf, goodDoc, unit, withUnit } from './fixtures';

const doc = goodDoc();

describe('org queries', () => {
  it('indexes children by parent in document order', () => {
    const idx = childrenIndex(doc);
    expect(idx.get('almaty')).toEqual(['medeu', 'almaty-council', 'almaty-collegium']);
    expect(idx.get('medeu')).toEqual(['medeu-meeting']);
    expect(idx.get('president')).toBeUndefined();
  });

  it('walks up and down the tree', () => {
    expect(ancestors(doc, 'mil-garrison')).toEqual(['mil-south', 'mil', 'gpo']);
    expect(ancestors(doc, 'gpo')).toEqual([]);
    expect(descendants(doc, 'mil')).toEqual(['mil-south', 'mil-garrison', 'mil-south-meeting', 'mil-council']);
    expect(depth(doc, 'medeu-meeting')).toBe(3);
    expect(depth(doc, 'gpo')).toBe(0);
  });

  it('tells who stands higher (the superior prosecutor check)', () => {
    expect(isAncestor(doc, 'gpo', 'medeu')).toBe(true);
    expect(isAncestor(doc, 'almaty', 'medeu')).toBe(true);
    expect(isAncestor(doc, 'medeu', 'almaty')).toBe(false);
    expect(isAncestor(doc, 'mil', 'medeu')).toBe(false);
    expect(isAncestor(doc, 'medeu', 'medeu')).toBe(false);
  });

  it('lists roots without external bodies', () => {
    expect(roots(doc)).toEqual(['gpo']);
    expect(roots(withUnit(doc, unit('orphan', 'district', 'missing')))).toEqual(['gpo', 'orphan']);
  });

  it('never loops on a broken document', () => {
    const broken = docOf([unit('a', 'gpoDepartment', 'b'), unit('b', 'gpoDepartment', 'a'), unit('c', 'gpoDepartment', 'a')]);
    expect(ancestors(broken, 'c')).toEqual(['a', 'b']);
    expect(descendants(broken, 'a').sort()).toEqual(['b', 'c']);
    expect(isAncestor(broken, 'a', 'a')).toBe(false);
  });

  it('finds units by name in any language, case-insensitively, preferred language first', () => {
    const d = docOf([
      { id: 'x', kind: 'oblast', oblastType: 'oblast', parentId: 'g', name: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
      { id: 'y', kind: 'oblast', oblastType: 'city', parentId: 'g', name: { kk: 'Алматы қаласы', ru: 'Город Алматы', en: 'City of Almaty' } },
      { id: 'g', kind: 'generalOffice', name: { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: 'GPO' } },
    ]);
    expect(findByName(d, 'алматы').map((u) => u.id)).toEqual(['x', 'y']);
    expect(findByName(d, 'ALMATY', 'en').map((u) => u.id)).toEqual(['x', 'y']);
    expect(findByName(d, 'город', 'ru').map((u) => u.id)).toEqual(['y']);
    expect(findByName(d, 'city', 'kk').map((u) => u.id)).toEqual(['y']);
    expect(findByName(d, 'прокуратура').map((u) => u.id)).toEqual(['g']);
    expect(findByName(d, '  ')).toEqual([]);
    expect(findByName(d, 'nothing')).toEqual([]);
  });
});
