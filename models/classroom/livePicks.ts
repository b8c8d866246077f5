/**
 * What a teacher can put to the class live beside the samples: the manual's review questions
 * (models/lessons/questions.ts, theme by theme) and a practice exercise, graded by the same models.
 * A review question has no single right answer: its reveal says where the manual answers it. An
 * exercise becomes a choice question whose right option and provision come from the exercise itself.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import { QUESTIONS, type Question as ReviewQuestion } from '../lessons/questions';
import { generateExercise, type Exercise } from '../practice';
import { LIMITS, type Question } from './schema';

export interface LivePick {
  question: Question;
  /** The right option or value, kept on the teacher's device until the reveal. */
  correct: string;
  citation?: CitationId;
  /** Said with the reveal: where the manual answers an open question. */
  note?: LocalizedText;
}

/** A review question of the manual, asked as an open text question; the reveal points to its lines. */
export function liveReviewQuestion(q: ReviewQuestion): LivePick {
  const [from, to] = q.seedLines;
  return {
    question: { id: `review-${q.id.replace(/\./g, '-')}`, kind: 'text', prompt: q.text },
    correct: '—',
    note: {
      kk: `Жауабы — оқу құралының ${q.theme}-тақырыбында (${from}–${to}-жолдардағы сұрақ).`,
      ru: `Ответ — в теме ${q.theme} пособия (вопрос в строках ${from}–${to}).`,
      en: `The answer is in theme ${q.theme} of the manual (the question at lines ${from}–${to}).`,
    },
  };
}

export const LIVE_REVIEW: readonly LivePick[] = QUESTIONS.map(liveReviewQuestion);

const ALLOWED: LocalizedText = { kk: 'Қазір заң бойынша жол бар', ru: 'Сейчас допустимо', en: 'Lawful now' };
const REFUSED: LocalizedText = { kk: 'Қазір жол жоқ', ru: 'Сейчас недопустимо', en: 'Not lawful now' };

/** A practice exercise as a live question, where its answer is one of a few options; else null. */
export function liveExercise(ex: Exercise): LivePick | null {
  const id = `ex-${ex.id}`;
  if (ex.kind === 'choice' && ex.options.length >= 2 && ex.options.length <= LIMITS.questionOptions) {
    return {
      question: { id, kind: 'choice', prompt: ex.prompt, options: ex.options.map((label, i) => ({ id: `o${i}`, label })) },
      correct: `o${ex.answer}`,
      citation: ex.citation,
    };
  }
  if (ex.kind === 'isAllowed') {
    return {
      question: { id, kind: 'choice', prompt: ex.prompt, options: [{ id: 'allowed', label: ALLOWED }, { id: 'refused', label: REFUSED }] },
      correct: ex.answer.allowed ? 'allowed' : 'refused',
      citation: ex.citation,
    };
  }
  return null;
}

/** A fresh exercise of a kind that can be asked live, from a seed (the same seed, the same question). */
export function liveExerciseFromSeed(kind: 'choice' | 'isAllowed', seed: number): LivePick {
  const pick = liveExercise(generateExercise(kind, seed, 1));
  if (!pick) throw new Error(`a ${kind} exercise that cannot be asked live (seed ${seed})`);
  return pick;
}
