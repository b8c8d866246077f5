/**
 * Teachers make their own lessons: pure operations over a lesson (add the current view as a stop,
 * reorder, edit texts in kk/ru/en, delete a stop, duplicate a lesson). Every operation returns a
 * new lesson, or the same one when it cannot apply (out of range, the last stop); the UI never
 * edits a lesson in place. What a stop records is bound to unit ids, never to screen positions.
 */
import type { Lang, LocalizedText } from '../law/types';
import type { RelationKind, UnitId } from '../org/types';
import type { Lesson, LessonStop, LessonView, OrgView } from './types';

/** What the editor or the simulator is showing when "add this view as a stop" is pressed. */
export interface ViewOnScreen {
  /** A built-in template the picture was made from... */
  template?: string;
  /** ...or the saved document's name (used when there is no template). */
  document?: string;
  edition?: string;
  /** Selected or involved units: the camera's target. */
  focus?: readonly UnitId[];
  /** Relation layers drawn besides subordination. */
  layers?: readonly RelationKind[];
  collapsed?: readonly UnitId[];
  /** Levels of the hierarchy shown from the top, if the screen limits them. */
  reveal?: number;
}

const uniq = <T,>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The org view a stop records from what is on screen (empty parts are left out). */
export function viewFromScreen(screen: ViewOnScreen): OrgView {
  const view: OrgView = { kind: 'org', ...(screen.template ? { template: screen.template } : { document: screen.document ?? '' }) };
  if (screen.edition) view.edition = screen.edition;
  if (screen.focus?.length) view.focus = uniq(screen.focus).slice(0, 500);
  const layers = uniq(screen.layers ?? []).filter((k) => k !== 'subordination');
  if (layers.length) view.layers = layers;
  if (screen.collapsed?.length) view.collapsed = uniq(screen.collapsed);
  if (screen.reveal !== undefined && screen.reveal >= 1) view.reveal = Math.min(50, Math.floor(screen.reveal));
  return view;
}

/** A stop id not yet used in the lesson: `stop-<n>`. */
export function freshStopId(lesson: Lesson): string {
  const used = new Set(lesson.stops.map((s) => s.id));
  for (let n = lesson.stops.length + 1; ; n++) if (!used.has(`stop-${n}`)) return `stop-${n}`;
}

const EMPTY: LocalizedText = { kk: '', ru: '', en: '' };

/**
 * Adds a stop showing `view` after position `after` (default: at the end). The title is given by
 * the caller in the three languages (the UI's words); the text starts empty for the teacher.
 */
export function addStop(lesson: Lesson, view: LessonView, title: LocalizedText, after = lesson.stops.length - 1): Lesson {
  const stop: LessonStop = { id: freshStopId(lesson), title: { ...title }, text: { ...EMPTY }, citations: [], view };
  const at = Math.max(0, Math.min(after + 1, lesson.stops.length));
  return { ...lesson, stops: [...lesson.stops.slice(0, at), stop, ...lesson.stops.slice(at)] };
}

/** Moves the stop at `from` to position `to` (a drag). Out of range: unchanged. */
export function moveStop(lesson: Lesson, from: number, to: number): Lesson {
  const n = lesson.stops.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return lesson;
  const stops = [...lesson.stops];
  const [moved] = stops.splice(from, 1);
  if (!moved) return lesson;
  stops.splice(to, 0, moved);
  return { ...lesson, stops };
}

/** Alt+ArrowUp / Alt+ArrowDown: one place up (-1) or down (+1). */
export function moveStopBy(lesson: Lesson, index: number, delta: -1 | 1): Lesson {
  return moveStop(lesson, index, index + delta);
}

/** Deletes a stop; the last one stays (a lesson has at least one stop). */
export function removeStop(lesson: Lesson, index: number): Lesson {
  if (lesson.stops.length <= 1 || index < 0 || index >= lesson.stops.length) return lesson;
  return { ...lesson, stops: lesson.stops.filter((_, i) => i !== index) };
}

export type EditableField = 'title' | 'text' | 'notes';

/** Sets one language of a stop's title, text or notes. */
export function editStopText(lesson: Lesson, index: number, field: EditableField, lang: Lang, value: string): Lesson {
  const stop = lesson.stops[index];
  if (!stop) return lesson;
  const current = stop[field] ?? EMPTY;
  const next: LessonStop = { ...stop, [field]: { ...current, [lang]: value } };
  return { ...lesson, stops: lesson.stops.map((s, i) => (i === index ? next : s)) };
}

/** Sets one language of the lesson's title. */
export function editLessonTitle(lesson: Lesson, lang: Lang, value: string): Lesson {
  return { ...lesson, title: { ...lesson.title, [lang]: value } };
}

/**
 * A copy of a lesson to adapt: a new id not in `taken`, the title marked as a copy (the caller's
 * words for "copy" per language), every stop kept as it was.
 */
export function duplicateLesson(lesson: Lesson, taken: ReadonlySet<string>, copyWord: LocalizedText): Lesson {
  let id = `${lesson.id}-copy`;
  for (let n = 2; taken.has(id); n++) id = `${lesson.id}-copy-${n}`;
  const title: LocalizedText = { kk: `${lesson.title.kk} (${copyWord.kk})`, ru: `${lesson.title.ru} (${copyWord.ru})`, en: `${lesson.title.en} (${copyWord.en})` };
  const { theme, ...rest } = lesson;
  return { ...rest, ...(theme !== undefined ? { theme } : {}), id, title, stops: lesson.stops.map((s) => structuredClone(s)) };
}

/** A new lesson holding one stop with `view`. */
export function newLesson(taken: ReadonlySet<string>, title: LocalizedText, view: LessonView, stopTitle: LocalizedText): Lesson {
  let id = 'my-lesson';
  for (let n = 2; taken.has(id); n++) id = `my-lesson-${n}`;
  return { id, title: { ...title }, stops: [{ id: 'stop-1', title: { ...stopTitle }, text: { ...EMPTY }, citations: [], view }] };
}
