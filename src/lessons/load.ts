import { lessonIndexSchema, tryParseLessonFile, type Lesson, type LessonIndex } from '../../models/lessons';
import type { ParseProblem } from '../../models/org/schema';
import { tryParseScenario } from '../../models/procedures';
import type { ScenarioFile } from '../../models/procedures/core/scenario';

const base = import.meta.env.BASE_URL;

/** The built-in lessons' index (public/lessons/index.json), same origin: works offline once loaded. */
export async function loadLessonIndex(): Promise<LessonIndex> {
  const res = await fetch(`${base}lessons/index.json`);
  if (!res.ok) throw new Error(`lessons/index.json: ${res.status}`);
  return lessonIndexSchema.parse(await res.json());
}

export type LoadResult = { ok: true; lesson: Lesson } | { ok: false; problems: ParseProblem[] };

export async function loadBuiltinLesson(file: string): Promise<LoadResult> {
  const res = await fetch(`${base}lessons/${file}`);
  if (!res.ok) return { ok: false, problems: [{ path: '(root)', message: `${file}: ${res.status}` }] };
  const r = tryParseLessonFile(await res.text());
  return r.ok ? { ok: true, lesson: r.value.lesson } : { ok: false, problems: r.problems };
}

const scenarios = new Map<string, Promise<ScenarioFile>>();

/** A sample scenario of public/scenarios, parsed once. */
export function loadScenario(file: string): Promise<ScenarioFile> {
  let p = scenarios.get(file);
  if (!p) {
    p = fetch(`${base}scenarios/${file}`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${file}: ${r.status}`))))
      .then((text) => {
        const parsed = tryParseScenario(text);
        if (!parsed.ok) throw new Error(`${file}: ${parsed.problems[0]?.message ?? 'invalid'}`);
        return parsed.value;
      });
    p.catch(() => scenarios.delete(file));
    scenarios.set(file, p);
  }
  return p;
}
