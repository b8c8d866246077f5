import { describe, expect, it } from 'vitest';
import { LAW } from '../../../models/law';
import { LIVE_REVIEW, liveExerciseFromSeed } from '../../../models/classroom/livePicks';
import { questionSchema, revealSchema } from '../../../models/classroom/schema';
import { generateExercise, gradeExercise } from '../../../models/practice';

describe('live questions from the manual and from practice', () => {
  it('all 80 review questions can be asked live: valid questions in kk/ru/en, each reveal pointing to its seed lines', () => {
    expect(LIVE_REVIEW).toHaveLength(80);
    for (const p of LIVE_REVIEW) {
      expect(questionSchema.safeParse(p.question).success, p.question.id).toBe(true);
      expect(revealSchema.safeParse({ questionId: p.question.id, correct: p.correct, ...(p.note ? { note: p.note } : {}) }).success).toBe(true);
      for (const l of ['kk', 'ru', 'en'] as const) expect(p.note?.[l]).toMatch(/\d+–\d+/);
    }
    expect(new Set(LIVE_REVIEW.map((p) => p.question.id)).size).toBe(80);
  });

  for (const kind of ['choice', 'isAllowed'] as const) {
    it(`${kind}: 100 seeds give valid live questions whose right option is the exercise's own right answer`, () => {
      for (let seed = 1; seed <= 100; seed += 1) {
        const pick = liveExerciseFromSeed(kind, seed);
        expect(questionSchema.safeParse(pick.question).success, pick.question.id).toBe(true);
        expect(pick.question.options?.map((o) => o.id)).toContain(pick.correct);
        expect(pick.citation && LAW[pick.citation]).toBeTruthy();
        // The option marked right is graded right by the practice model, the other(s) wrong.
        const ex = generateExercise(kind, seed, 1);
        for (const o of pick.question.options ?? []) {
          const answer = kind === 'choice' ? Number(o.id.slice(1)) : { allowed: o.id === 'allowed' };
          expect(gradeExercise(ex, answer).correct, `${ex.id} ${o.id}`).toBe(o.id === pick.correct);
        }
      }
    });
  }
});
