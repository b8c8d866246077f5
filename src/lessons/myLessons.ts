/**
 * Teachers' own lessons, kept in IndexedDB beside the documents (the `lessons` store). Every
 * record is checked on the way in and on the way out; a record that no longer parses is left
 * alone, never thrown over. A change is announced in the tab, so the Lessons tab shows it.
 */
import { addStop, newLesson, tryParseLesson, type Lesson, type LessonView } from '../../models/lessons';
import type { LocalizedText } from '../../models/law/types';
import { deleteLessonRecord, getAllLessonsRaw, putLessonRecord } from '../persistence/db';

export const MY_LESSONS_CHANGED = 'prokuratura:my-lessons';

interface LessonRecord {
  id: string;
  updatedAt: number;
  lesson: unknown;
}

export async function loadMyLessons(): Promise<Lesson[]> {
  const raw = (await getAllLessonsRaw()) as LessonRecord[];
  const out: { at: number; lesson: Lesson }[] = [];
  for (const r of raw) {
    const parsed = tryParseLesson(r?.lesson);
    if (parsed.ok) out.push({ at: typeof r.updatedAt === 'number' ? r.updatedAt : 0, lesson: parsed.value });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.lesson);
}

/** Keeps a lesson (after checking it): resolves with the problems instead when it does not parse. */
export async function saveMyLesson(lesson: Lesson, announce = true): Promise<{ ok: true } | { ok: false; reason: string }> {
  const parsed = tryParseLesson(lesson);
  if (!parsed.ok) return { ok: false, reason: parsed.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ') };
  const record: LessonRecord = { id: lesson.id, updatedAt: Date.now(), lesson: parsed.value };
  await putLessonRecord(record);
  // The Lessons tab's own autosave does not announce: reloading in the middle of typing could show an older text.
  if (announce) window.dispatchEvent(new CustomEvent(MY_LESSONS_CHANGED));
  return { ok: true };
}

export async function deleteMyLesson(id: string): Promise<void> {
  await deleteLessonRecord(id);
  window.dispatchEvent(new CustomEvent(MY_LESSONS_CHANGED));
}

/**
 * "Add this view as a stop": appends to one of my lessons, or starts a new one (`into` undefined).
 * Resolves with the lesson and the new stop's number (1-based).
 */
export async function addViewAsStop(
  view: LessonView,
  into: string | undefined,
  words: { lessonTitle: LocalizedText; stopTitle: (n: number) => LocalizedText },
): Promise<{ ok: true; lesson: Lesson; stop: number } | { ok: false; reason: string }> {
  const mine = await loadMyLessons();
  const target = into ? mine.find((l) => l.id === into) : undefined;
  const lesson = target
    ? addStop(target, view, words.stopTitle(target.stops.length + 1))
    : newLesson(new Set(mine.map((l) => l.id)), words.lessonTitle, view, words.stopTitle(1));
  const saved = await saveMyLesson(lesson);
  return saved.ok ? { ok: true, lesson, stop: lesson.stops.length } : saved;
}
