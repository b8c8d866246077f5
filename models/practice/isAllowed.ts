/**
 * isAllowed: a run stopped at some step and a proposed event: lawful now or not, and (from
 * difficulty 2) which provision forbids it. The judge is the core's verdictFor (the procedure's
 * explain() and then the machine), the same call the simulator makes for every button.
 */
import { LAW, type CitationId } from '../law';
import { verdictFor } from '../procedures/core/replay';
import { createRng } from './prng';
import type { Lang } from '../law/types';
import { eventWordsAll, namesOfInput, refusalWords, stateWordsAll } from './words';
import { definitionOf, replaySeed, dateOf, procedureTitle, questionsOf, snapshotOf, stateOf, themeOf, uniqueEvents } from './runs';
import { scenarioSeeds } from './seeds';
import type { Difficulty, GenerateOptions, Grade, GradeLine, IsAllowedAnswer, IsAllowedExercise, KindModule } from './types';

function citationPrefix(id: CitationId): string {
  return id.split('.')[0] ?? id;
}

function generate(seed: number, options: GenerateOptions = {}): IsAllowedExercise {
  const rng = createRng(`isAllowed:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  const seeds = scenarioSeeds();
  for (;;) {
    const file = rng.pick(seeds);
    const def = definitionOf(file.procedure);
    const events = file.steps.map((s) => s.event);
    const k = rng.int(0, Math.max(0, events.length - 1));
    const snapshot = replaySeed(file).snapshots[k];
    if (!snapshot || snapshot.status !== 'active') continue;
    const next = events[k];
    const candidates = uniqueEvents([...def.offers(snapshot).map((o) => o.event as { type: string }), ...(next ? [next] : [])]);
    const judged = candidates.map((event) => ({ event, verdict: verdictFor(def, snapshot, event) }));
    const wantOk = rng.chance(0.5);
    const pool = judged.filter((j) => j.verdict.ok === wantOk);
    const chosen = rng.pick(pool.length > 0 ? pool : judged);
    const v = chosen.verdict;
    const askReason = difficulty >= 2;
    const prefix = citationPrefix(def.citation);
    const family = (Object.keys(LAW) as CitationId[]).filter((id) => citationPrefix(id) === prefix);
    const truth = v.ok ? null : v.citation;
    const others = rng.shuffle(family.filter((id) => id !== truth)).slice(0, truth ? 3 : 4);
    const reasons = rng.shuffle(truth ? [truth, ...others] : others);
    const run = { procedure: file.procedure, input: file.input, events: events.slice(0, k) };
    const state = stateWordsAll(def, stateOf(snapshot));
    const date = dateOf(snapshot);
    const title = procedureTitle(file.procedure);
    const ev = eventWordsAll(def, chosen.event, namesOfInput(file.input));
    const answer: IsAllowedAnswer = v.ok ? { allowed: true } : askReason ? { allowed: false, reason: v.citation } : { allowed: false };
    return {
      id: `isAllowed-${seed}`,
      kind: 'isAllowed',
      seed,
      difficulty,
      theme: themeOf(file.procedure),
      questions: questionsOf(file.procedure),
      prompt: {
        kk: `${title.kk}: ${k}-қадам, күйі «${state.kk}», күні ${date}. Ұсынылған оқиға: «${ev.kk}». Оған қазір заң бойынша жол бар ма?${askReason ? ' Жоқ болса — қай ереже тыйым салады?' : ''}`,
        ru: `${title.ru}: шаг ${k}, состояние «${state.ru}», дата ${date}. Предлагается событие: «${ev.ru}». Допустимо ли оно сейчас по закону?${askReason ? ' Если нет — какая норма запрещает?' : ''}`,
        en: `${title.en}: step ${k}, state “${state.en}”, date ${date}. Proposed event: “${ev.en}”. Is it lawful now?${askReason ? ' If not, which provision forbids it?' : ''}`,
      },
      citation: v.ok ? (def.eventCitation?.(chosen.event.type, snapshot.context) ?? def.citation) : v.citation,
      run,
      event: chosen.event,
      askReason,
      reasons,
      answer,
      code: v.ok ? null : v.code,
    };
  }
}

function asAnswer(answer: unknown): IsAllowedAnswer | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = answer as Record<string, unknown>;
  if (typeof a.allowed !== 'boolean') return null;
  return typeof a.reason === 'string' ? { allowed: a.allowed, reason: a.reason as CitationId } : { allowed: a.allowed };
}

function grade(ex: IsAllowedExercise, answer: unknown): Grade {
  const def = definitionOf(ex.run.procedure);
  const snapshot = snapshotOf(ex.run);
  const v = verdictFor(def, snapshot, ex.event);
  const given = asAnswer(answer);
  const lines: GradeLine[] = [];
  let citation: CitationId;
  if (v.ok) {
    citation = def.eventCitation?.(ex.event.type, snapshot.context) ?? def.citation;
    lines.push({ text: { kk: 'Оқиға қабылданады: қазір заң бойынша рұқсат', ru: 'Событие принимается: сейчас закон это допускает', en: 'The event is accepted: the law allows it now' }, citation });
  } else {
    citation = v.citation;
    const why = (lang: Lang) => refusalWords(def, v.code, v.values, lang, namesOfInput(ex.run.input));
    lines.push({
      text: { kk: `Бас тартылады: ${why('kk')}`, ru: `Отклоняется: ${why('ru')}`, en: `Refused: ${why('en')}` },
      citation,
      code: v.code,
    });
  }
  const correct = given !== null && given.allowed === v.ok && (v.ok || !ex.askReason || given.reason === v.citation);
  if (given && !v.ok && ex.askReason && given.allowed === false && given.reason !== v.citation) {
    lines.push({ text: { kk: 'Тыйым салатын ереже басқа', ru: 'Запрещает другая норма', en: 'Another provision forbids it' }, ...(given.reason ? { citation: given.reason } : {}) });
  }
  return { correct, citation, lines, show: { kind: 'run', run: ex.run, step: ex.run.events.length } };
}

function perturb(ex: IsAllowedExercise): IsAllowedAnswer {
  if (ex.answer.allowed) return { allowed: false, ...(ex.reasons[0] ? { reason: ex.reasons[0] } : {}) };
  return { allowed: true };
}

export const isAllowed: KindModule<IsAllowedExercise> = { kind: 'isAllowed', generate, grade, perturb };
