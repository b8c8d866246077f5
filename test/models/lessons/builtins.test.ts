import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, getQuestion, getScheme, lessonIndexSchema, missingUnits, schemeNodes, tryParseLessonFile, type Lesson } from '../../../models/lessons';
import { TEMPLATES } from '../../../models/org/templates';
import { tryParseScenario } from '../../../models/procedures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const index = lessonIndexSchema.parse(JSON.parse(read('public/lessons/index.json')));
const lessons: Lesson[] = index.lessons.map((entry) => {
  const r = tryParseLessonFile(read(`public/lessons/${entry.file}`));
  if (!r.ok) throw new Error(`${entry.file}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return r.value.lesson;
});

describe('the eight built-in lessons', () => {
  it('are one per theme, listed in the index with their stop counts, each of 6 to 15 stops', () => {
    expect(lessons.map((l) => l.theme)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    index.lessons.forEach((entry, i) => {
      expect(entry.id).toBe(lessons[i]?.id);
      expect(entry.stops).toBe(lessons[i]?.stops.length);
      expect(entry.title).toEqual(lessons[i]?.title);
    });
    for (const l of lessons) {
      expect(l.stops.length, l.id).toBeGreaterThanOrEqual(6);
      expect(l.stops.length, l.id).toBeLessThanOrEqual(15);
    }
  });

  it('say everything in kk, ru and en', () => {
    for (const l of lessons) {
      for (const s of l.stops) for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(s.title[lang].trim(), `${l.id}/${s.id}`).not.toBe('');
        expect(s.text[lang].trim(), `${l.id}/${s.id}`).not.toBe('');
      }
    }
  });

  it('name only units that exist in their template', () => {
    const docs = new Map(TEMPLATES.map((t) => [t.id as string, t.build()]));
    for (const l of lessons) {
      for (const s of l.stops) {
        if (s.view.kind !== 'org') continue;
        const doc = docs.get(s.view.template ?? '');
        expect(doc, `${l.id}/${s.id} template`).toBeDefined();
        if (doc) expect(missingUnits(s, doc), `${l.id}/${s.id}`).toEqual([]);
      }
    }
  });

  it('replay only sample scenarios that exist and reach the stop\'s step', () => {
    for (const l of lessons) {
      for (const s of l.stops) {
        if (s.view.kind !== 'run') continue;
        const r = tryParseScenario(read(`public/scenarios/${s.view.scenario}`));
        expect(r.ok, `${l.id}/${s.id}`).toBe(true);
        if (r.ok) expect(s.view.step, `${l.id}/${s.id}`).toBeLessThanOrEqual(r.value.steps.length);
      }
    }
  });

  it('emphasise only nodes their scheme has', () => {
    for (const l of lessons) {
      for (const s of l.stops) {
        if (s.view.kind !== 'scheme') continue;
        const scheme = getScheme(s.view.scheme);
        const ids = new Set(scheme ? schemeNodes(scheme).map((x) => x.id) : []);
        for (const id of s.view.focus ?? []) expect(ids.has(id), `${l.id}/${s.id}: ${id}`).toBe(true);
      }
    }
  });

  it('cover themes 2, 3, 7 with the national diagram, 4 and 6 with runs, 1, 3, 5, 6, 8 with schemes', () => {
    const kinds = (theme: number) => new Set(lessons.find((l) => l.theme === theme)?.stops.map((s) => s.view.kind));
    for (const th of [2, 3, 7]) expect(kinds(th).has('org'), `theme ${th}`).toBe(true);
    for (const th of [4, 6]) expect(kinds(th).has('run'), `theme ${th}`).toBe(true);
    for (const th of [1, 3, 5, 6, 8]) expect(kinds(th).has('scheme'), `theme ${th}`).toBe(true);
  });

  it('attach each of the 80 review questions once, in its own theme\'s lesson', () => {
    const seen = new Map<string, string>();
    for (const l of lessons) {
      for (const s of l.stops) {
        for (const q of s.questions ?? []) {
          expect(seen.has(q), `${q} attached twice`).toBe(false);
          seen.set(q, `${l.id}/${s.id}`);
          expect(getQuestion(q)?.theme, q).toBe(l.theme);
        }
      }
    }
    expect([...seen.keys()].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });
});

describe('the lessons teach the registration as the models read it (audit §0.3)', () => {
  it('every stop citing the registration term also cites our reading of Rules item 11, and none says "the next working day" without it', () => {
    for (const l of lessons) {
      for (const s of l.stops) {
        const cites = s.citations ?? [];
        if (cites.includes('inspection.registration')) expect(cites, `${l.id} ${s.id}`).toContain('inspection.registrationReading');
        if (/next working day/i.test(s.text.en)) expect(s.text.en, `${l.id} ${s.id}`).toMatch(/item 11/);
      }
    }
  });
});
