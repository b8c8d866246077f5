import { describe, expect, it } from 'vitest';
import { generateExercise, gradeExercise, perturbAnswer, type ExerciseKind } from '../../../models/practice';

/** An id as code writes it: `awaitingConsent`, `time.advanceTo`, `inProgress.active`. */
const ID = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z][A-Za-z]*\b/;
const RUN_KINDS: readonly ExerciseKind[] = ['isAllowed', 'nextStep', 'reachGoal'];

describe('practice over runs speaks in words, never in ids', () => {
  for (const kind of RUN_KINDS) {
    it(`${kind}: 60 prompts and their feedback, right and wrong, in kk/ru/en have no state or event id`, () => {
      for (let seed = 1; seed <= 60; seed += 1) {
        const ex = generateExercise(kind, seed, ((seed % 3) + 1) as 1 | 2 | 3);
        for (const lang of ['kk', 'ru', 'en'] as const) {
          expect(ex.prompt[lang], `${ex.id} ${lang}`).not.toMatch(ID);
          for (const answer of [ex.answer, perturbAnswer(ex, seed)]) {
            for (const line of gradeExercise(ex, answer).lines) expect(line.text[lang], `${ex.id} ${lang}`).not.toMatch(ID);
          }
        }
      }
    });
  }
});
