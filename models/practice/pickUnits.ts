/**
 * pickUnits: "click the body that appoints X", "...whose consent is needed", "...the councils X sits
 * on", over the national template. The answer is read from the document's relations (org queries),
 * and an answer is graded by reading them again.
 */
import { RELATION_CITATION } from '../org/rules';
import { relationsOf } from '../org/queries';
import type { OrgDocument, UnitId } from '../org/types';
import type { LocalizedText } from '../law/types';
import { nationalDocument, sameSet, unitList, unitNames } from './org';
import { createRng } from './prng';
import type { Difficulty, GenerateOptions, Grade, GradeLine, KindModule, PickQuestion, PickUnitsExercise } from './types';

/** The units that answer a question about `target`, sorted: the one rule of this kind. */
export function unitsAnswering(doc: OrgDocument, question: PickQuestion, target: UnitId): UnitId[] {
  const rel = relationsOf(doc, target);
  let out: UnitId[];
  if (question === 'appointer') out = rel.filter((r) => r.kind === 'appointment' && r.to === target).map((r) => r.from);
  else if (question === 'consent') out = rel.filter((r) => r.kind === 'appointment' && r.to === target && r.consentOf !== undefined).map((r) => r.consentOf as UnitId);
  else out = rel.filter((r) => r.kind === 'councilMember' && r.from === target).map((r) => r.to);
  return [...new Set(out)].sort();
}

function targetsFor(doc: OrgDocument, question: PickQuestion): UnitId[] {
  const ids = new Set<UnitId>();
  for (const r of doc.relations) {
    if (question === 'appointer' && r.kind === 'appointment') ids.add(r.to);
    if (question === 'consent' && r.kind === 'appointment' && r.consentOf) ids.add(r.to);
    if (question === 'councils' && r.kind === 'councilMember') ids.add(r.from);
  }
  return [...ids].sort();
}

/** Who could plausibly be the answer to a question of this kind: the distractors come from here. */
function poolFor(doc: OrgDocument, question: PickQuestion): UnitId[] {
  const ids = new Set<UnitId>();
  for (const r of doc.relations) {
    if (question !== 'councils' && r.kind === 'appointment') ids.add(question === 'consent' && r.consentOf ? r.consentOf : r.from);
    if (question === 'consent' && r.kind === 'appointment') ids.add(r.from);
    if (question === 'councils' && r.kind === 'councilMember') ids.add(r.to);
  }
  return [...ids].sort();
}

const QUESTION_BY_DIFFICULTY: Record<Difficulty, readonly PickQuestion[]> = {
  1: ['appointer'],
  2: ['appointer', 'consent'],
  3: ['consent', 'councils'],
};

function promptFor(question: PickQuestion, target: UnitId): LocalizedText {
  const n = unitNames(target);
  if (question === 'appointer') {
    return {
      kk: `${n.kk}: басшысын кім тағайындайды? Тағайындайтын органды таңдаңыз.`,
      ru: `${n.ru}: кто назначает руководителя? Выберите назначающий орган.`,
      en: `${n.en}: who appoints its head? Pick the appointing body.`,
    };
  }
  if (question === 'consent') {
    return {
      kk: `${n.kk}: басшысын тағайындау үшін кімнің келісімі керек? Келісім беретін органды таңдаңыз.`,
      ru: `${n.ru}: чьё согласие нужно для назначения руководителя? Выберите орган, дающий согласие.`,
      en: `${n.en}: whose consent does the appointment of its head need? Pick the consenting body.`,
    };
  }
  return {
    kk: `${n.kk} қай үйлестіру кеңестерінің құрамына кіреді? Барлығын таңдаңыз.`,
    ru: `В какие координационные советы входит ${n.ru}? Выберите все.`,
    en: `Which coordination councils does ${n.en} sit on? Pick them all.`,
  };
}

function citationFor(question: PickQuestion) {
  return question === 'councils' ? RELATION_CITATION.councilMember : RELATION_CITATION.appointment;
}

function generate(seed: number, options: GenerateOptions = {}): PickUnitsExercise {
  const rng = createRng(`pickUnits:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  const doc = nationalDocument();
  const question = rng.pick(QUESTION_BY_DIFFICULTY[difficulty]);
  const target = rng.pick(targetsFor(doc, question));
  const answer = unitsAnswering(doc, question, target);
  const distractors = rng.shuffle(poolFor(doc, question).filter((id) => !answer.includes(id) && id !== target));
  const options_ = rng.shuffle([...answer, ...distractors.slice(0, Math.max(3, 2 + difficulty * 2) - Math.min(answer.length, 2))]);
  return {
    id: `pickUnits-${seed}`,
    kind: 'pickUnits',
    seed,
    difficulty,
    theme: question === 'councils' ? 7 : question === 'consent' ? 2 : 3,
    questions: question === 'councils' ? ['q7.5'] : question === 'consent' ? ['q2.5', 'q3.6'] : ['q3.6', 'q2.3'],
    prompt: promptFor(question, target),
    citation: citationFor(question),
    template: 'kazakhstan',
    question,
    target,
    options: options_,
    answer,
  };
}

function asIds(answer: unknown): UnitId[] {
  return Array.isArray(answer) ? answer.filter((x): x is string => typeof x === 'string') : [];
}

function grade(ex: PickUnitsExercise, answer: unknown): Grade {
  const doc = nationalDocument();
  const truth = unitsAnswering(doc, ex.question, ex.target);
  const given = asIds(answer);
  const missing = truth.filter((id) => !given.includes(id));
  const extra = given.filter((id) => !truth.includes(id));
  const lines: GradeLine[] = [];
  const t = unitNames(ex.target);
  const right = unitList(truth);
  lines.push({
    text:
      ex.question === 'councils'
        ? { kk: `${t.kk} мүше кеңестер: ${right.kk}`, ru: `${t.ru} входит в: ${right.ru}`, en: `${t.en} sits on: ${right.en}` }
        : ex.question === 'consent'
          ? { kk: `Келісім береді: ${right.kk}`, ru: `Согласие даёт: ${right.ru}`, en: `Consent is given by: ${right.en}` }
          : { kk: `Тағайындайды: ${right.kk}`, ru: `Назначает: ${right.ru}`, en: `Appointed by: ${right.en}` },
    citation: ex.citation,
    units: [ex.target, ...truth],
  });
  if (missing.length) {
    const m = unitList(missing);
    lines.push({ text: { kk: `Белгіленбеді: ${m.kk}`, ru: `Не отмечено: ${m.ru}`, en: `Not picked: ${m.en}` }, units: missing });
  }
  if (extra.length) {
    const e = unitList(extra);
    lines.push({ text: { kk: `Артық таңдалды: ${e.kk}`, ru: `Лишнее: ${e.ru}`, en: `Picked but wrong: ${e.en}` }, units: extra });
  }
  return { correct: sameSet(given, truth), citation: ex.citation, lines, show: { kind: 'org', template: 'kazakhstan', focus: [ex.target, ...truth] } };
}

function perturb(ex: PickUnitsExercise, seed: number): UnitId[] {
  const rng = createRng(`pickUnits:perturb:${seed}`);
  const wrong = ex.options.filter((id) => !ex.answer.includes(id));
  if (ex.answer.length > 1 && rng.chance(0.5)) return ex.answer.slice(1);
  if (wrong.length === 0) return [];
  return [...ex.answer, rng.pick(wrong)];
}

export const pickUnits: KindModule<PickUnitsExercise> = { kind: 'pickUnits', generate, grade, perturb };
