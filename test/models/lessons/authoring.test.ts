import { describe, expect, it } from 'vitest';
import {
  addStop,
  duplicateLesson,
  editLessonTitle,
  editStopText,
  moveStop,
  moveStopBy,
  newLesson,
  removeStop,
  resolveOrgView,
  tryParseLesson,
  viewFromScreen,
  type Lesson,
} from '../../../models/lessons';
import { TEMPLATES } from '../../../models/org/templates';

const T = (s: string) => ({ kk: `${s} kk`, ru: `${s} ru`, en: s });
const base = (): Lesson => newLesson(new Set(), T('Mine'), { kind: 'scheme', scheme: 'principles' } as never, T('First'));
const ids = (l: Lesson) => l.stops.map((s) => s.id);

describe('making a lesson of one\'s own', () => {
  it('records the view on screen: focus, layers (subordination left implied), collapsed, reveal, template', () => {
    const v = viewFromScreen({ template: 'kazakhstan', focus: ['gpo', 'gpo'], layers: ['subordination', 'appointment'], collapsed: ['military-chief'], reveal: 2.7, edition: '2023' });
    expect(v).toEqual({ kind: 'org', template: 'kazakhstan', edition: '2023', focus: ['gpo'], layers: ['appointment'], collapsed: ['military-chief'], reveal: 2 });
    expect(viewFromScreen({ document: 'My office' })).toEqual({ kind: 'org', document: 'My office' });
  });

  it('adds stops with fresh ids at the end or after a given stop, and the lesson stays valid', () => {
    let l = base();
    const view = viewFromScreen({ template: 'kazakhstan', focus: ['gpo'] });
    l = addStop(l, view, T('Second'));
    l = addStop(l, view, T('Between'), 0);
    expect(ids(l)).toEqual(['stop-1', 'stop-3', 'stop-2']);
    expect(l.stops[1].title.en).toBe('Between');
    expect(tryParseLesson(l).ok).toBe(true);
  });

  it('reorders by drag and by one place, and refuses moves out of range', () => {
    let l = base();
    for (const n of ['b', 'c', 'd']) l = addStop(l, { kind: 'scheme', scheme: 'principles' } as never, T(n));
    expect(ids(moveStop(l, 0, 3))).toEqual(['stop-2', 'stop-3', 'stop-4', 'stop-1']);
    expect(ids(moveStopBy(l, 2, -1))).toEqual(['stop-1', 'stop-3', 'stop-2', 'stop-4']);
    expect(ids(moveStopBy(l, 3, 1))).toEqual(ids(l));
    expect(moveStopBy(l, 0, -1)).toBe(l);
  });

  it('edits a title, text or notes in one language only', () => {
    let l = editStopText(base(), 0, 'text', 'ru', 'Говорим о принципах');
    l = editStopText(l, 0, 'notes', 'kk', 'Ескерту');
    l = editLessonTitle(l, 'en', 'Renamed');
    expect(l.stops[0].text).toEqual({ kk: '', ru: 'Говорим о принципах', en: '' });
    expect(l.stops[0].notes).toEqual({ kk: 'Ескерту', ru: '', en: '' });
    expect(l.title).toEqual({ kk: 'Mine kk', ru: 'Mine ru', en: 'Renamed' });
    expect(editStopText(l, 5, 'title', 'kk', 'x')).toBe(l);
  });

  it('deletes a stop but never the last one', () => {
    const two = addStop(base(), { kind: 'scheme', scheme: 'principles' } as never, T('b'));
    expect(ids(removeStop(two, 0))).toEqual(['stop-2']);
    const one = removeStop(two, 0);
    expect(removeStop(one, 0)).toBe(one);
  });

  it('duplicates a built-in lesson under a new id, the original untouched', () => {
    const l = { ...base(), id: 'theme-2', theme: 2 as const };
    const copy = duplicateLesson(l, new Set(['theme-2-copy']), { kk: 'көшірме', ru: 'копия', en: 'copy' });
    expect(copy.id).toBe('theme-2-copy-2');
    expect(copy.title.en).toBe('Mine (copy)');
    expect(copy.stops).toEqual(l.stops);
    expect(copy.stops[0]).not.toBe(l.stops[0]);
    expect(l.title.en).toBe('Mine');
  });

  it('a recorded stop shows the same units after the cards moved (bound to ids, not positions)', () => {
    const doc = TEMPLATES.find((t) => t.id === 'kazakhstan')!.build();
    const view = viewFromScreen({ template: 'kazakhstan', focus: ['oblast-abai'], layers: ['appointment'], reveal: 3 });
    const before = resolveOrgView(view, doc);
    const moved = { ...doc, units: Object.fromEntries(Object.entries(doc.units).map(([id, u], i) => [id, { ...u, position: { x: i * 37, y: -i * 11 } }])) };
    const after = resolveOrgView(view, moved);
    expect([...after.visible].sort()).toEqual([...before.visible].sort());
    expect(after.focus).toEqual(['oblast-abai']);
    expect(after.relations).toEqual(before.relations);
  });
});
