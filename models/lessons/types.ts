import type { LocalizedText } from '../law/types';
import type { RelationKind, UnitId } from '../org/types';

export const LESSON_FORMAT = 'prokuratura.lesson';
export const LESSON_VERSION = 1;

/** A review question of the manual: `q<theme>.<number>`, e.g. "q4.5". */
export type QuestionId = `q${number}.${number}`;

/** The manual's themes, 1–8 (fidelity-audit.md §3). */
export type LessonTheme = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** The org diagram as the stop shows it. Everything is bound to unit ids, never to screen positions. */
export interface OrgView {
  kind: 'org';
  /** A built-in template id ("kazakhstan", "classroom")... */
  template?: string;
  /** ...or the name of a saved document. One of the two is given. */
  document?: string;
  edition?: string;
  /** The units the camera flies to and that are emphasised; empty or absent: the whole picture. */
  focus?: UnitId[];
  /** The relation kinds drawn besides subordination; absent: the stage's default. */
  layers?: RelationKind[];
  /** Levels of the hierarchy shown from the top (1 = the roots only); absent: all. */
  reveal?: number;
  /** A lit path between two units (appointment, consent, subordination). */
  path?: [UnitId, UnitId];
  collapsed?: UnitId[];
}

/** A concept scheme of the manual (principles, tasks, functions, acts, guarantees...). */
export interface SchemeView {
  kind: 'scheme';
  scheme: string;
  /** Scheme node ids emphasised at this stop. */
  focus?: string[];
}

/** A sample scenario replayed to a step (0 = before the first event). */
export interface RunView {
  kind: 'run';
  scenario: string;
  step: number;
}

export type LessonView = OrgView | SchemeView | RunView;

export interface LessonStop {
  id: string;
  title: LocalizedText;
  /** What the teacher says, short. */
  text: LocalizedText;
  /** Notes for the presenter window only. */
  notes?: LocalizedText;
  /** Citation ids of models/law. */
  citations: string[];
  view: LessonView;
  questions?: QuestionId[];
}

export interface Lesson {
  id: string;
  theme?: LessonTheme;
  title: LocalizedText;
  stops: LessonStop[];
}

export interface LessonFile {
  format: typeof LESSON_FORMAT;
  version: typeof LESSON_VERSION;
  lesson: Lesson;
}
