/** choice: an authored item with its options shuffled by the seed; the item knows the right option. */
import { CHOICE_ITEMS, type ChoiceItem } from './choiceItems';
import { createRng } from './prng';
import type { ChoiceExercise, Difficulty, GenerateOptions, Grade, KindModule, Theme } from './types';

/** Where the options came from: the right option is the item's first one. */
function order(ex: ChoiceExercise): ChoiceItem | undefined {
  return CHOICE_ITEMS.find((i) => i.id === ex.item);
}

export function choiceItemsOfTheme(theme: Theme): ChoiceItem[] {
  return CHOICE_ITEMS.filter((i) => i.theme === theme);
}

function generate(seed: number, options: GenerateOptions = {}): ChoiceExercise {
  const rng = createRng(`choice:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  const pool = options.theme ? choiceItemsOfTheme(options.theme) : CHOICE_ITEMS;
  const item = rng.pick(pool.length ? pool : CHOICE_ITEMS);
  // Easy items show three options, harder ones all four.
  const [right, ...wrong] = item.options;
  const shown = rng.shuffle([right, ...rng.shuffle(wrong).slice(0, difficulty === 1 ? 2 : wrong.length)]);
  return {
    id: `choice-${seed}`,
    kind: 'choice',
    seed,
    difficulty,
    theme: item.theme,
    questions: item.questions,
    prompt: item.prompt,
    citation: item.citation,
    item: item.id,
    options: shown,
    answer: shown.indexOf(right),
  };
}

function grade(ex: ChoiceExercise, answer: unknown): Grade {
  const item = order(ex);
  const right = item?.options[0];
  const chosen = typeof answer === 'number' ? ex.options[answer] : undefined;
  const correct = !!right && !!chosen && chosen.en === right.en;
  const lines = right ? [{ text: { kk: `Дұрыс жауап: ${right.kk}`, ru: `Верный ответ: ${right.ru}`, en: `The right answer: ${right.en}` }, citation: ex.citation }] : [];
  return { correct, citation: ex.citation, lines, show: { kind: 'none' } };
}

function perturb(ex: ChoiceExercise): number {
  return (ex.answer + 1) % ex.options.length;
}

export const choice: KindModule<ChoiceExercise> = { kind: 'choice', generate, grade, perturb };
