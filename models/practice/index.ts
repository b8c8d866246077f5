/**
 * Practice: exercises generated from the models and graded by them (issue 13). Every kind is a
 * module `{ generate(seed), grade(exercise, answer), perturb }`; a set is a list of seeds.
 */
import { buildHierarchy } from './buildHierarchy';
import { choice } from './choice';
import { deadline } from './deadline';
import { nextStep, reachGoal } from './goals';
import { isAllowed } from './isAllowed';
import { pickUnits } from './pickUnits';
import { createRng } from './prng';
import { voteOutcome } from './voteOutcome';
import { EXERCISE_KINDS, type Difficulty, type Exercise, type ExerciseKind, type Grade, type KindModule, type Theme } from './types';

export * from './types';
export { createRng, hashSeed, type Rng } from './prng';
export { CHOICE_ITEMS, type ChoiceItem } from './choiceItems';
export { machineDeadline, deadlineRun, DEADLINE_RANGE } from './deadline';
export { unitsAnswering } from './pickUnits';
export { placementFindings, placed } from './buildHierarchy';
export { outcome as voteResult, voteRulesText } from './voteOutcome';
export { tryReach } from './goals';
export { snapshotOf, eventText, eventKey, definitionOf } from './runs';
export { eventWords, namesOfInput, stateWords } from './words';
export { nationalDocument, unitNames } from './org';
export * from './results';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const KIND_MODULES: { readonly [K in ExerciseKind]: KindModule<any> } = {
  pickUnits,
  buildHierarchy,
  isAllowed,
  deadline,
  voteOutcome,
  nextStep,
  reachGoal,
  choice,
};

/** The themes each kind can produce (a theme filter picks kinds from here). */
export const KIND_THEMES: Record<ExerciseKind, readonly Theme[]> = {
  pickUnits: [2, 3, 7],
  buildHierarchy: [2],
  isAllowed: [4, 6, 7],
  deadline: [4, 6],
  voteOutcome: [7],
  nextStep: [4, 6, 7],
  reachGoal: [4, 6, 7],
  choice: [1, 2, 5, 6, 7, 8],
};

export function isExerciseKind(s: string): s is ExerciseKind {
  return (EXERCISE_KINDS as readonly string[]).includes(s);
}

/** The exercise of a kind and seed: the same pair always gives the same exercise. */
export function generateExercise(kind: ExerciseKind, seed: number, difficulty?: Difficulty): Exercise {
  return KIND_MODULES[kind].generate(seed, difficulty ? { difficulty } : {}) as Exercise;
}

/** Grades an answer by asking the models again. */
export function gradeExercise(exercise: Exercise, answer: unknown): Grade {
  return KIND_MODULES[exercise.kind].grade(exercise, answer);
}

/** A plausible wrong answer. */
export function perturbAnswer(exercise: Exercise, seed: number): unknown {
  return KIND_MODULES[exercise.kind].perturb(exercise, seed);
}

export interface SetOptions {
  seed: number;
  count: number;
  kinds?: readonly ExerciseKind[];
  theme?: Theme;
  difficulty?: Difficulty;
}

/**
 * A set of exercises: kinds taken in turn from the allowed list, each with a seed drawn from the
 * set's seed. With a theme, only the exercises of that theme are kept (generation goes on until
 * the count is met or the kinds cannot give it).
 */
export function generateSet(options: SetOptions): Exercise[] {
  const rng = createRng(`set:${options.seed}`);
  let kinds = [...(options.kinds && options.kinds.length ? options.kinds : EXERCISE_KINDS)];
  if (options.theme !== undefined) {
    const th = options.theme;
    kinds = kinds.filter((k) => KIND_THEMES[k].includes(th));
  }
  const out: Exercise[] = [];
  if (kinds.length === 0) return out;
  const order = rng.shuffle(kinds);
  for (let i = 0, tries = 0; out.length < options.count && tries < options.count * 40; tries += 1) {
    const kind = order[i % order.length];
    const seed = rng.int(1, 2_000_000_000);
    const ex = kind === 'choice' && options.theme !== undefined
      ? (choice.generate(seed, { ...(options.difficulty ? { difficulty: options.difficulty } : {}), theme: options.theme }) as Exercise)
      : generateExercise(kind, seed, options.difficulty);
    if (options.theme !== undefined && ex.theme !== options.theme) continue;
    out.push(ex);
    i += 1;
  }
  return out;
}
