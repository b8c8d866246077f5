/**
 * Exercises graded by the models (issue 13). Every exercise is regenerated from its kind and seed;
 * its `answer` is what the models say, and `grade()` asks the same models again for any answer, so
 * no stored key can drift from the rules the app applies elsewhere.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import type { QuestionId } from '../lessons/types';
import type { UnitId } from '../org/types';
import type { ProcedureId } from '../procedures/core/types';

export const EXERCISE_KINDS = ['pickUnits', 'buildHierarchy', 'isAllowed', 'deadline', 'voteOutcome', 'nextStep', 'reachGoal', 'choice'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** 1 easy, 2 middle, 3 hard. */
export type Difficulty = 1 | 2 | 3;
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

export type Theme = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface ExerciseBase {
  /** `<kind>-<seed>`: regenerates the same exercise. */
  id: string;
  kind: ExerciseKind;
  seed: number;
  difficulty: Difficulty;
  theme: Theme;
  /** Review questions of the manual this exercise practises. */
  questions: QuestionId[];
  prompt: LocalizedText;
  citation: CitationId;
}

/** A run: a procedure, its input and the events so far (the simulator's shape). */
export interface RunRef {
  procedure: ProcedureId;
  input: unknown;
  events: { type: string }[];
}

export type PickQuestion = 'appointer' | 'consent' | 'councils';

export interface PickUnitsExercise extends ExerciseBase {
  kind: 'pickUnits';
  template: 'kazakhstan';
  question: PickQuestion;
  target: UnitId;
  /** Units offered to click, the answer among them. */
  options: UnitId[];
  answer: UnitId[];
}

export interface BuildHierarchyExercise extends ExerciseBase {
  kind: 'buildHierarchy';
  template: 'kazakhstan';
  /** The units to place, scrambled. */
  units: UnitId[];
  /** The superiors offered. */
  parents: UnitId[];
  /** unit -> its superior in the template. */
  answer: Record<UnitId, UnitId>;
}

export interface IsAllowedAnswer {
  allowed: boolean;
  /** The provision that forbids it, when it is not allowed (asked from difficulty 2). */
  reason?: CitationId;
}

export interface IsAllowedExercise extends ExerciseBase {
  kind: 'isAllowed';
  run: RunRef;
  event: { type: string };
  /** Whether the reason must be named too. */
  askReason: boolean;
  /** Provisions offered as the reason, the true one among them when it is refused. */
  reasons: CitationId[];
  answer: IsAllowedAnswer;
  /** The refusal code, when refused (the explanation). */
  code: string | null;
}

export interface DeadlineExercise extends ExerciseBase {
  kind: 'deadline';
  procedure: 'protest' | 'inspection';
  /** The day of the triggering event (bringing the protest, starting the inspection). */
  from: string;
  days: number;
  unit: 'working' | 'calendar';
  suspendedOn?: string;
  resumedOn?: string;
  answer: string;
}

export interface VoteMember {
  id: UnitId;
  present: boolean;
  /** Present members only; absent: silent. */
  vote?: 'for' | 'against' | 'abstain';
}

export interface VoteOutcomeAnswer {
  quorate: boolean;
  adopted: boolean;
}

export interface VoteOutcomeExercise extends ExerciseBase {
  kind: 'voteOutcome';
  body: 'coordinationCouncil' | 'collegium';
  chairId: UnitId;
  members: VoteMember[];
  rules: { quorum: { num: number; den: number } | null; majority: 'ofPresent' | 'ofVotesCast' | 'ofTotal'; chairCastingVote: boolean };
  answer: VoteOutcomeAnswer;
}

export interface GoalExercise extends ExerciseBase {
  kind: 'nextStep' | 'reachGoal';
  run: RunRef;
  /** The state value to reach (dot-separated). */
  goal: string;
  maxSteps: number;
  /** The events offered to the trainee, the answer's among them. */
  palette: { type: string }[];
  answer: { type: string }[];
}

export interface ChoiceExercise extends ExerciseBase {
  kind: 'choice';
  item: string;
  options: LocalizedText[];
  /** Index into `options`. */
  answer: number;
}

export type Exercise =
  | PickUnitsExercise
  | BuildHierarchyExercise
  | IsAllowedExercise
  | DeadlineExercise
  | VoteOutcomeExercise
  | GoalExercise
  | ChoiceExercise;

export type AnswerOf<E extends Exercise> = E['answer'];

/** Where "show me" goes: units on the diagram, or a run at a step. */
export type ShowMe =
  | { kind: 'org'; template: 'kazakhstan'; focus: UnitId[] }
  | { kind: 'run'; run: RunRef; step: number }
  | { kind: 'calendar'; from: string; to: string }
  | { kind: 'none' };

export interface GradeLine {
  text: LocalizedText;
  citation?: CitationId;
  code?: string;
  units?: UnitId[];
}

export interface Grade {
  correct: boolean;
  /** The provision behind the right answer. */
  citation: CitationId;
  /** Why: one line per point (a wrong placement, a refusal, a missing unit...). */
  lines: GradeLine[];
  show: ShowMe;
}

export interface GenerateOptions {
  difficulty?: Difficulty;
  /** Only for kinds that can choose among themes (choice). */
  theme?: Theme;
}

export interface KindModule<E extends Exercise> {
  kind: E['kind'];
  generate(seed: number, options?: GenerateOptions): E;
  grade(exercise: E, answer: unknown): Grade;
  /** A plausible wrong answer (for tests and for the CLI's self-check). */
  perturb(exercise: E, seed: number): E['answer'];
}

export const PRACTICE_LANGS = ['kk', 'ru', 'en'] as const;
