/**
 * nextStep and reachGoal: bring a run from where it stands to a goal state within a number of
 * steps. The machine is the judge: the trainee's events are replayed from the run (every event
 * counts as a step, a refused one too), and the goal is met when the state reaches it.
 * nextStep is the one-step case, answered by picking one event.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang, LocalizedText } from '../law/types';
import { step as stepOnce } from '../procedures/core/replay';
import type { VerdictValues } from '../procedures/core/types';
import { createRng } from './prng';
import { eventWords, namesOfInput, refusalWords, stateWords, stateWordsAll } from './words';
import { definitionOf, replaySeed, eventKey, procedureTitle, questionsOf, snapshotOf, stateOf, themeOf, uniqueEvents, dateOf } from './runs';
import { scenarioSeeds } from './seeds';
import type { Difficulty, GenerateOptions, Grade, GoalExercise, GradeLine, KindModule } from './types';

const MAX_STEPS: Record<Difficulty, number> = { 1: 2, 2: 3, 3: 5 };

/** Replays `events` from the run and says whether (and at which step) the goal state is reached. */
export function tryReach(ex: Pick<GoalExercise, 'run' | 'goal' | 'maxSteps'>, events: readonly { type: string }[]) {
  const def = definitionOf(ex.run.procedure);
  let snapshot: AnyMachineSnapshot = snapshotOf(ex.run);
  const trace: { event: { type: string }; ok: boolean; code?: string; citation?: string; values?: VerdictValues; state: string }[] = [];
  let reachedAt: number | null = stateOf(snapshot) === ex.goal ? 0 : null;
  for (const [i, event] of events.slice(0, ex.maxSteps).entries()) {
    if (reachedAt !== null) break;
    const r = stepOnce(def, snapshot, event);
    snapshot = r.snapshot;
    trace.push({ event, ok: r.verdict.ok, ...(r.verdict.ok ? {} : { code: r.verdict.code, citation: r.verdict.citation, ...(r.verdict.values ? { values: r.verdict.values } : {}) }), state: stateOf(snapshot) });
    if (stateOf(snapshot) === ex.goal) reachedAt = i + 1;
  }
  return { reached: reachedAt !== null, reachedAt, trace };
}

function generateKind(kind: 'nextStep' | 'reachGoal', seed: number, options: GenerateOptions): GoalExercise {
  const rng = createRng(`${kind}:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  const seeds = scenarioSeeds();
  const maxSteps = kind === 'nextStep' ? 1 : MAX_STEPS[difficulty];
  for (;;) {
    const file = rng.pick(seeds);
    const def = definitionOf(file.procedure);
    const all = file.steps.map((s) => s.event);
    const { steps, snapshots: snaps } = replaySeed(file);
    const k = rng.int(0, Math.max(0, all.length - 1));
    const start = snaps[k];
    if (!start || start.status !== 'active') continue;
    // The accepted events after k and the first state each new state is reached at.
    const path: { type: string }[] = [];
    const seen = new Set([stateOf(start)]);
    const targets: { goal: string; events: { type: string }[] }[] = [];
    for (let i = k; i < all.length && path.length < maxSteps; i += 1) {
      const s = steps[i];
      if (!s || !s.verdict.ok) continue;
      path.push(s.event);
      const st = stateOf(s.snapshot);
      if (!seen.has(st)) {
        seen.add(st);
        targets.push({ goal: st, events: [...path] });
      }
    }
    if (targets.length === 0) continue;
    const target = kind === 'nextStep' ? targets.find((t) => t.events.length === 1) : rng.pick(targets.slice(-2));
    if (!target) continue;
    const run = { procedure: file.procedure, input: file.input, events: all.slice(0, k) };
    // The palette: what the simulator offers at each snapshot along the answer, and the answer itself.
    const offered: { type: string }[] = [];
    let snap: AnyMachineSnapshot = start;
    for (const e of target.events) {
      offered.push(...def.offers(snap).map((o) => o.event as { type: string }));
      snap = stepOnce(def, snap, e).snapshot;
    }
    const answerKeys = new Set(target.events.map(eventKey));
    const distractors = rng.shuffle(uniqueEvents(offered).filter((e) => !answerKeys.has(eventKey(e))));
    // For nextStep the other options must miss the goal, else the question answers itself.
    const others = kind === 'nextStep' ? distractors.filter((e) => stateOf(stepOnce(def, start, e).snapshot) !== target.goal) : distractors;
    if (kind === 'nextStep' && others.length === 0) continue;
    const palette = rng.shuffle(uniqueEvents([...target.events, ...others.slice(0, kind === 'nextStep' ? 3 : 4 + difficulty)]));
    const title = procedureTitle(file.procedure);
    const state = stateWordsAll(def, stateOf(start));
    const goal = stateWordsAll(def, target.goal);
    const date = dateOf(start);
    return {
      id: `${kind}-${seed}`,
      kind,
      seed,
      difficulty,
      theme: themeOf(file.procedure),
      questions: questionsOf(file.procedure),
      prompt:
        kind === 'nextStep'
          ? {
              kk: `${title.kk}: ${k}-қадам, күйі «${state.kk}», күні ${date}. Жүрісті бір қадаммен «${goal.kk}» күйіне жеткізетін оқиғаны таңдаңыз.`,
              ru: `${title.ru}: шаг ${k}, состояние «${state.ru}», дата ${date}. Выберите событие, которое за один шаг приведёт в состояние «${goal.ru}».`,
              en: `${title.en}: step ${k}, state “${state.en}”, date ${date}. Pick the event that takes the run to “${goal.en}” in one step.`,
            }
          : {
              kk: `${title.kk}: ${k}-қадам, күйі «${state.kk}», күні ${date}. Жүрісті ${maxSteps} қадамнан аспай «${goal.kk}» күйіне жеткізіңіз.`,
              ru: `${title.ru}: шаг ${k}, состояние «${state.ru}», дата ${date}. Доведите ход не более чем за ${maxSteps} шаг(а) до состояния «${goal.ru}».`,
              en: `${title.en}: step ${k}, state “${state.en}”, date ${date}. Bring the run to “${goal.en}” within ${maxSteps} steps.`,
            },
      citation: def.eventCitation?.(target.events.at(-1)?.type ?? '', start.context) ?? def.citation,
      run,
      goal: target.goal,
      maxSteps,
      palette,
      answer: target.events,
    };
  }
}

function asEvents(answer: unknown): { type: string }[] {
  if (!Array.isArray(answer)) return [];
  return answer.filter((e): e is { type: string } => !!e && typeof e === 'object' && typeof (e as { type?: unknown }).type === 'string');
}

function grade(ex: GoalExercise, answer: unknown): Grade {
  const def = definitionOf(ex.run.procedure);
  const events = asEvents(answer);
  const r = tryReach(ex, events);
  const all = (f: (lang: Lang) => string): LocalizedText => ({ kk: f('kk'), ru: f('ru'), en: f('en') });
  const goal = (lang: Lang) => stateWords(def, ex.goal, lang);
  const nameOf = namesOfInput(ex.run.input);
  const lines: GradeLine[] = r.trace.map((t, i) => {
    const e = (lang: Lang) => eventWords(def, t.event, lang, nameOf);
    const why = (lang: Lang) => (t.code ? refusalWords(def, t.code, t.values, lang, nameOf) : '');
    return t.ok
      ? { text: all((l) => ({ kk: `${i + 1}. ${e(l)}: қабылданды, күйі «${stateWords(def, t.state, l)}»`, ru: `${i + 1}. ${e(l)}: принято, состояние «${stateWords(def, t.state, l)}»`, en: `${i + 1}. ${e(l)}: accepted, now “${stateWords(def, t.state, l)}”` })[l]) }
      : { text: all((l) => ({ kk: `${i + 1}. ${e(l)}: бас тартылды — ${why(l)}`, ru: `${i + 1}. ${e(l)}: отклонено — ${why(l)}`, en: `${i + 1}. ${e(l)}: refused — ${why(l)}` })[l]), ...(t.code ? { code: t.code } : {}), ...(t.citation ? { citation: t.citation as Grade['citation'] } : {}) };
  });
  if (events.length > ex.maxSteps) {
    lines.push({ text: { kk: `Тек ${ex.maxSteps} қадам есептеледі`, ru: `Засчитываются только ${ex.maxSteps} шаг(а)`, en: `Only ${ex.maxSteps} steps count` } });
  }
  const way = (lang: Lang) => ex.answer.map((e) => eventWords(def, e, lang, nameOf)).join(' → ');
  lines.push(
    r.reached
      ? { text: all((l) => ({ kk: `Мақсатқа жетті: «${goal(l)}»`, ru: `Цель достигнута: «${goal(l)}»`, en: `Goal reached: “${goal(l)}”` })[l]), citation: ex.citation }
      : { text: all((l) => ({ kk: `Мақсатқа жетпеді: «${goal(l)}». Бір жолы: ${way(l)}`, ru: `Цель не достигнута: «${goal(l)}». Один из путей: ${way(l)}`, en: `Goal not reached: “${goal(l)}”. One way: ${way(l)}` })[l]), citation: ex.citation },
  );
  const shown = { ...ex.run, events: [...ex.run.events, ...(r.reached ? events.slice(0, r.reachedAt ?? 0) : ex.answer)] };
  return { correct: r.reached && events.length <= ex.maxSteps, citation: ex.citation ?? def.citation, lines, show: { kind: 'run', run: shown, step: shown.events.length } };
}

function perturb(ex: GoalExercise, seed: number): { type: string }[] {
  const rng = createRng(`${ex.kind}:perturb:${seed}`);
  if (ex.kind === 'nextStep') {
    const def = definitionOf(ex.run.procedure);
    const start = snapshotOf(ex.run);
    const miss = ex.palette.filter((e) => stateOf(stepOnce(def, start, e).snapshot) !== ex.goal);
    return [rng.pick(miss)];
  }
  // The answer without its last event: the goal is first reached by that event, so it is missed.
  return ex.answer.slice(0, -1);
}

export const nextStep: KindModule<GoalExercise> = { kind: 'nextStep', generate: (seed, o = {}) => generateKind('nextStep', seed, o), grade, perturb };
export const reachGoal: KindModule<GoalExercise> = { kind: 'reachGoal', generate: (seed, o = {}) => generateKind('reachGoal', seed, o), grade, perturb };
