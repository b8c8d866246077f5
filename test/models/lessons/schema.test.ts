import { describe, expect, it } from 'vitest';
import { kazakhstanTemplate } from '../../../models/org/templates';
import { LESSON_VERSION, migrateLessonFile, missingUnits, resolveOrgView, toLessonFile, tryParseLessonFile, type Lesson } from '../../../models/lessons';

const tx = (s: string) => ({ kk: s, ru: s, en: s });
const lesson: Lesson = {
  id: 'demo',
  theme: 2,
  title: tx('Demo'),
  stops: [
    { id: 's1', title: tx('Top'), text: tx('The top'), citations: ['org.system'], view: { kind: 'org', template: 'kazakhstan', reveal: 1 }, questions: ['q2.3'] },
    { id: 's2', title: tx('Acts'), text: tx('Acts'), citations: [], view: { kind: 'scheme', scheme: 'acts' } },
    { id: 's3', title: tx('Run'), text: tx('Run'), citations: [], view: { kind: 'run', scenario: 'protest-satisfied.json', step: 2 } },
  ],
};

describe('the lesson file', () => {
  it('reads a good file back as it was written', () => {
    const r = tryParseLessonFile(JSON.stringify(toLessonFile(lesson)));
    expect(r.ok && r.value.lesson).toEqual(lesson);
  });

  it('lists every failing path, not just the first', () => {
    const bad = structuredClone(toLessonFile(lesson)) as unknown as { lesson: { stops: Record<string, unknown>[] } };
    bad.lesson.stops[0] = { ...bad.lesson.stops[0], citations: ['no.such'] };
    bad.lesson.stops[1] = { ...bad.lesson.stops[1], questions: ['q9.9'] };
    const r = tryParseLessonFile(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['lesson.stops.0.citations.0', 'lesson.stops.1.questions.0']));
  });

  it('refuses another format, a newer version and prototype keys with a plain message', () => {
    const other = tryParseLessonFile({ format: 'prokuratura.org', version: 1 });
    expect(!other.ok && other.problems[0]?.path).toBe('format');
    const newer = tryParseLessonFile({ ...toLessonFile(lesson), version: LESSON_VERSION + 1 });
    expect(!newer.ok && newer.problems[0]?.message).toMatch(/newer/);
    const proto = tryParseLessonFile('{"format":"prokuratura.lesson","version":1,"lesson":{"__proto__":{}}}');
    expect(proto.ok).toBe(false);
  });

  it('runs the migrations in order from the file version up', () => {
    const seen: number[] = [];
    const out = migrateLessonFile({ version: 0, a: 1 }, { 0: (f) => (seen.push(0), { ...f, version: 1 }) });
    expect(seen).toEqual([0]);
    expect(out).toMatchObject({ version: 1, a: 1 });
  });
});

describe('a stop against a document', () => {
  const doc = kazakhstanTemplate();

  it('reveals the hierarchy level by level', () => {
    const one = resolveOrgView({ kind: 'org', template: 'kazakhstan', reveal: 1, layers: ['appointment'] }, doc);
    const two = resolveOrgView({ kind: 'org', template: 'kazakhstan', reveal: 2 }, doc);
    expect(one.visible.has('gpo')).toBe(true);
    expect(one.visible.has('oblast-almaty-city')).toBe(false);
    expect(two.visible.has('oblast-almaty-city')).toBe(true);
    expect(two.visible.has('district-abai-semey')).toBe(false);
    expect(one.visible.has('president')).toBe(true); // joined by the appointment layer
    expect(one.relations).toContain('appointment:president:gpo');
    expect(one.relations).not.toContain('appointment:president:gpo-first-deputy'); // the deputy is not revealed yet
    expect(resolveOrgView({ kind: 'org', template: 'kazakhstan', reveal: 1 }, doc).visible.has('president')).toBe(false);
  });

  it('lights the appointment from the GP to an oblast office and the President whose consent it needs', () => {
    const r = resolveOrgView({ kind: 'org', template: 'kazakhstan', path: ['gpo', 'oblast-abai'] }, doc);
    expect(r.litUnits).toEqual(['gpo', 'oblast-abai', 'president']);
    expect(r.litRelations).toContain('appointment:gpo:oblast-abai');
    expect(r.relations).toEqual(['appointment:gpo:oblast-abai']); // only the lit one, not the other 145 appointments
  });

  it('says which units are gone instead of failing', () => {
    const stop = { ...lesson.stops[0], view: { kind: 'org' as const, template: 'kazakhstan', focus: ['gpo', 'gone-unit'], path: ['gpo', 'also-gone'] as [string, string] } };
    expect(missingUnits(stop, doc)).toEqual(['gone-unit', 'also-gone']);
    const r = resolveOrgView(stop.view, doc);
    expect(r.focus).toEqual(['gpo']);
    expect(r.litUnits).toEqual([]);
  });
});
