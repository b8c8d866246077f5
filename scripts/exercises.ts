/**
 * Prints generated exercises (issue 13).
 *   npm run exercises -- --seed S --count N [--kind K] [--theme T] [--difficulty D] [--lang L] [--json]
 * --json prints a JSON array, one entry per exercise: { id, kind, prompt: {kk, ru, en}, ...the
 * kind's fields, answer, citation } (with --lang, the prompt holds that language only). Without
 * --json, one line per exercise: id, prompt, answer. Exit 0; exit 2 with a message on bad arguments.
 */
import { LANGS, type Lang } from '../models/law/types';
// Only the light types module at first: bad arguments are answered before the models load.
import { EXERCISE_KINDS, type Difficulty, type Exercise, type ExerciseKind, type Theme } from '../models/practice/types';

function isExerciseKind(s: string): s is ExerciseKind {
  return (EXERCISE_KINDS as readonly string[]).includes(s);
}

const USAGE = 'usage: npm run exercises -- --seed S --count N [--kind K] [--theme 1-8] [--difficulty 1-3] [--lang kk|ru|en] [--json]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^\d+$/.test(value)) fail(`--${name} needs a whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  const n = Number(value);
  if (n < min || n > max) fail(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function parse(argv: string[]) {
  const args = argv.filter((a) => a !== '--');
  const opts: { seed?: number; count?: number; kind?: string; theme?: number; difficulty?: number; lang?: Lang; json: boolean } = { json: false };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    const value = args[i + 1];
    switch (a) {
      case '--json': opts.json = true; break;
      case '--seed': opts.seed = wholeNumber('seed', value, 0, 2 ** 31); i += 1; break;
      case '--count': opts.count = wholeNumber('count', value, 1, 10_000); i += 1; break;
      case '--theme': opts.theme = wholeNumber('theme', value, 1, 8); i += 1; break;
      case '--difficulty': opts.difficulty = wholeNumber('difficulty', value, 1, 3); i += 1; break;
      case '--kind':
        if (!value || !isExerciseKind(value)) fail(`--kind must be one of ${EXERCISE_KINDS.join(', ')}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
        opts.kind = value; i += 1; break;
      case '--lang':
        if (!value || !(LANGS as readonly string[]).includes(value)) fail(`--lang must be one of ${LANGS.join(', ')}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
        opts.lang = value as Lang; i += 1; break;
      default: fail(`unknown argument "${a}"`);
    }
  }
  if (opts.seed === undefined) fail('--seed is required');
  if (opts.count === undefined) fail('--count is required');
  return opts as typeof opts & { seed: number; count: number };
}

async function main(argv: string[]): Promise<void> {
  const o = parse(argv);
  const { generateSet } = await import('../models/practice');
  const set = generateSet({
    seed: o.seed,
    count: o.count,
    ...(o.kind && isExerciseKind(o.kind) ? { kinds: [o.kind] } : {}),
    ...(o.theme ? { theme: o.theme as Theme } : {}),
    ...(o.difficulty ? { difficulty: o.difficulty as Difficulty } : {}),
  });
  if (set.length < o.count) fail(`only ${set.length} exercises can be made with these filters`);
  const lang = o.lang;
  const shown: unknown[] = lang ? set.map((e: Exercise) => ({ ...e, prompt: { [lang]: e.prompt[lang] } })) : set;
  if (o.json) {
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return;
  }
  for (const e of set) process.stdout.write(`${e.id}\t${e.prompt[lang ?? 'kk']}\t${JSON.stringify(e.answer)}\n`);
}

await main(process.argv.slice(2));
