import { describe, expect, it } from 'vitest';
import { QUESTIONS, getQuestion, questionsOfTheme } from '../../../models/lessons';
import { norm, seedLines, seedText } from './seed';

const seed = seedLines();

describe('the question bank', () => {
  it('holds the 80 review questions of the manual, 5/7/10/16/19/5/9/9 by theme', () => {
    expect(QUESTIONS).toHaveLength(80);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((th) => questionsOfTheme(th).length)).toEqual([5, 7, 10, 16, 19, 5, 9, 9]);
  });

  it('numbers each theme 1..n in order, with unique ids', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(80);
    for (let th = 1; th <= 8; th++) {
      const qs = questionsOfTheme(th);
      expect(qs.map((q) => q.number)).toEqual(qs.map((_, i) => i + 1));
      for (const q of qs) expect(q.id).toBe(`q${th}.${q.number}`);
    }
  });

  it('gives every question kk, ru and en, and ends each with a question mark in every language', () => {
    for (const q of QUESTIONS) {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(q.text[lang].trim().length, `${q.id} ${lang}`).toBeGreaterThan(10);
        expect(q.text[lang].trim().endsWith('?'), `${q.id} ${lang}`).toBe(true);
      }
    }
  });

  it('keeps the Kazakh as the manual words it: the seed lines hold the question, and its first line its start', () => {
    for (const q of QUESTIONS) {
      const text = seedText(seed, q.seedLines);
      expect(text, q.id).toContain(norm(q.text.kk));
      const firstLine = norm(seed[q.seedLines[0] - 1] ?? '');
      const start = norm(q.text.kk).split(' ').slice(0, 2).join(' ');
      expect(firstLine, q.id).toContain(start);
    }
  });

  it('finds a question by id and refuses an unknown one', () => {
    expect(getQuestion('q4.5')?.seedLines).toEqual([2792, 2794]);
    expect(getQuestion('q9.1')).toBeUndefined();
  });
});
