import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../models/org/templates';
import { cleanName, fileNameFor, parseRecord, uniqueName } from '../../../src/persistence/records';

const doc = TEMPLATES.find((t) => t.id === 'classroom')!.build();

describe('stored records', () => {
  it('reads a well-formed record', () => {
    const r = parseRecord('a1', { id: 'a1', name: 'Lesson', doc, updatedAt: 5 });
    expect(r.ok && r.record).toEqual({ id: 'a1', name: 'Lesson', doc, updatedAt: 5 });
  });

  it.each([
    ['no document', { id: 'a1', name: 'x', updatedAt: 1 }, /doc/],
    ['a document of the wrong shape', { id: 'a1', name: 'x', doc: { units: 'nope' }, updatedAt: 1 }, /doc\.(title|units)/],
    ['markup in the name', { id: 'a1', name: '<b>x</b>', doc, updatedAt: 1 }, /name/],
    ['a bad date', { id: 'a1', name: 'x', doc, updatedAt: 'yesterday' }, /updatedAt/],
    ['a broken invariant', { id: 'a1', name: 'x', doc: { ...doc, units: { ...doc.units, gpo: { ...doc.units.gpo, parentId: 'nowhere' } } }, updatedAt: 1 }, /nowhere/],
    ['not an object', 'garbage', /record/],
  ])('skips a record with %s and says why', (_, raw, why) => {
    const r = parseRecord('k', raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.skipped.key).toBe('k');
      expect(r.skipped.problems.map((p) => `${p.path} ${typeof p.message === 'string' ? p.message : p.message.en}`).join('\n')).toMatch(why);
    }
  });
});

describe('names', () => {
  it('keeps names plain and short', () => {
    expect(cleanName('  <b>Lesson</b>\u0007 one  ')).toBe('bLesson/b one');
    expect(cleanName('x'.repeat(500))).toHaveLength(120);
  });

  it('numbers a taken name', () => {
    expect(uniqueName('Lesson', [])).toBe('Lesson');
    expect(uniqueName('Lesson', ['Lesson', 'Lesson (2)'])).toBe('Lesson (3)');
    expect(uniqueName('   ', [])).toBe('Untitled');
  });

  it('makes a safe file name', () => {
    expect(fileNameFor('Lesson 1')).toBe('Lesson 1.prokuratura.json');
    expect(fileNameFor('a/b:c*?"|')).toBe('a_b_c____.prokuratura.json');
    expect(fileNameFor('..')).toBe('document.prokuratura.json');
  });
});
