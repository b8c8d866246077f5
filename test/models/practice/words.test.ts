import { describe, expect, it } from 'vitest';
import { definitionOf, eventWords, namesOfInput, generateExercise, gradeExercise, perturbAnswer, voteRulesText, type ExerciseKind } from '../../../models/practice';

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

/** A payload key or value left in code (`outcome:`, `superior`) reads as Latin letters in a Kazakh or Russian text. */
const LATIN_WORD = /\b[A-Za-z]{3,}\b/;

/** Free text a scenario's author wrote (an item's title, an inspector's name) is shown as written: not a word of ours. */
function authoredText(ex: object): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (['title', 'inspectors', 'person', 'itemId'].includes(key)) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  const { run, palette, event } = ex as { run?: unknown; palette?: unknown; event?: unknown };
  walk([run, palette, event], '');
  return out.sort((a, b) => b.length - a.length);
}

describe('practice in Kazakh and Russian has no word left in code', () => {
  for (const kind of [...RUN_KINDS, 'voteOutcome'] as const) {
    it(`${kind}: 60 exercises, their options and feedback in kk/ru are free of Latin words`, () => {
      for (let seed = 1; seed <= 60; seed += 1) {
        const ex = generateExercise(kind, seed, ((seed % 3) + 1) as 1 | 2 | 3);
        for (const lang of ['kk', 'ru'] as const) {
          const texts = [ex.prompt[lang]];
          if (ex.kind === 'voteOutcome') texts.push(voteRulesText(ex.rules)[lang]);
          if (ex.kind === 'nextStep' || ex.kind === 'reachGoal') texts.push(...ex.palette.map((e) => eventWords(definitionOf(ex.run.procedure), e, lang, namesOfInput(ex.run.input))));
          for (const answer of [ex.answer, perturbAnswer(ex, seed)]) texts.push(...gradeExercise(ex, answer).lines.map((l) => l.text[lang]));
          const authored = authoredText(ex);
          for (const text of texts) expect(authored.reduce((t, a) => t.split(a).join(''), text), `${ex.id} ${lang}`).not.toMatch(LATIN_WORD);
        }
      }
    });
  }
});
