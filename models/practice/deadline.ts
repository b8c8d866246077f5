/**
 * deadline: the last day of a protest's consideration (10 calendar days) or of an inspection (30
 * working days), the latter also with a suspension. The answer is what the machine computes when
 * the run is replayed (protest.bring; inspection.start, suspend, resume), so it follows the
 * calendar of models/calendar and the machine's own counting of a suspension.
 */
import type { CitationId } from '../law';
import { addDays, addWorkingDays, compareIso, dayInfo, isWorkingDay, nextWorkingDay, workingDaysBetween } from '../calendar';
import { replay } from '../procedures/core/replay';
import { createRng, type Rng } from './prng';
import { definitionOf } from './runs';
import type { DeadlineExercise, Difficulty, GenerateOptions, Grade, GradeLine, KindModule, RunRef } from './types';

/** The first and last day a triggering event may fall on: answers stay inside 2023–2026. */
export const DEADLINE_RANGE = { from: '2023-01-03', to: '2026-09-30' } as const;

const PROTEST_INPUT = {
  prosecutor: { role: 'districtProsecutor' },
  act: { issuer: 'localExecutive', type: 'individual' },
  addressee: 'issuer',
};
const INSPECTION_INPUT = {
  initiator: { role: 'districtProsecutor' },
  basis: 'decision',
  ground: 'minors',
  subject: { kind: 'organisation', name: 'Children\'s home No. 3' },
  area: 'general',
};

const PROTEST_DAYS = 10;
const INSPECTION_DAYS = 30;

/** The run that sets the term: the procedure's own events, nothing else. */
export function deadlineRun(ex: Pick<DeadlineExercise, 'procedure' | 'from' | 'suspendedOn' | 'resumedOn'>): RunRef {
  if (ex.procedure === 'protest') {
    return { procedure: 'protest', input: { startDate: ex.from, ...PROTEST_INPUT }, events: [{ type: 'protest.bring' }] };
  }
  const events: { type: string; [k: string]: unknown }[] = [{ type: 'inspection.appoint', inspectors: ['A'] }, { type: 'resolution.hand' }, { type: 'inspection.start' }];
  if (ex.suspendedOn && ex.resumedOn) {
    events.push(
      { type: 'time.advanceTo', date: ex.suspendedOn },
      { type: 'inspection.suspend', reason: 'expertExamination' },
      { type: 'time.advanceTo', date: ex.resumedOn },
      { type: 'inspection.resume' },
    );
  }
  return { procedure: 'inspection', input: { startDate: ex.from, ...INSPECTION_INPUT }, events };
}

/** The last day as the machine sets it, or null when the run is refused somewhere. */
export function machineDeadline(ex: Pick<DeadlineExercise, 'procedure' | 'from' | 'suspendedOn' | 'resumedOn'>): string | null {
  const run = deadlineRun(ex);
  const steps = replay(definitionOf(run.procedure), run.input, run.events);
  if (steps.some((s) => !s.verdict.ok)) return null;
  const ctx = steps.at(-1)?.snapshot.context as { deadline?: string | null; deadlines?: { completion?: string | null } };
  const d = ex.procedure === 'protest' ? ctx.deadline : ctx.deadlines?.completion;
  return typeof d === 'string' ? d : null;
}

const SPAN_DAYS = Math.round((Date.parse(DEADLINE_RANGE.to) - Date.parse(DEADLINE_RANGE.from)) / 86_400_000);

/** A working day in the range (a day off moves to the next working day). */
function randomDay(rng: Rng): string {
  const d = addDays(DEADLINE_RANGE.from, rng.int(0, SPAN_DAYS));
  return isWorkingDay(d) ? d : nextWorkingDay(d);
}

function generate(seed: number, options: GenerateOptions = {}): DeadlineExercise {
  const rng = createRng(`deadline:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  // Plain terms at least half of the time; suspensions only from difficulty 2.
  const r = rng.next();
  const variant = r < 0.4 ? 'protest' : r < 0.65 || difficulty === 1 ? 'inspection' : 'suspended';
  for (;;) {
    const from = randomDay(rng);
    const procedure = variant === 'protest' ? 'protest' : 'inspection';
    let suspendedOn: string | undefined;
    let resumedOn: string | undefined;
    if (variant === 'suspended') {
      suspendedOn = addWorkingDays(from, rng.int(1, 25));
      const back = addDays(suspendedOn, rng.int(1, 40));
      resumedOn = isWorkingDay(back) ? back : nextWorkingDay(back);
    }
    const base = { procedure, from, ...(suspendedOn && resumedOn ? { suspendedOn, resumedOn } : {}) } as const;
    const answer = machineDeadline(base);
    if (answer === null || compareIso(answer, '2026-12-31') > 0) continue;
    const days = procedure === 'protest' ? PROTEST_DAYS : INSPECTION_DAYS;
    const unit = procedure === 'protest' ? 'calendar' : 'working';
    const citation: CitationId = procedure === 'protest' ? 'protest.term' : suspendedOn ? 'inspection.suspension' : 'inspection.term';
    const prompt =
      procedure === 'protest'
        ? {
            kk: `Наразылық ${from} күні келтірілді. Оны қараудың соңғы күні қай күн (күнтізбелік ${days} күн)?`,
            ru: `Протест принесён ${from}. Какой последний день его рассмотрения (${days} календарных дней)?`,
            en: `A protest was brought on ${from}. What is the last day for considering it (${days} calendar days)?`,
          }
        : suspendedOn
          ? {
              kk: `Тексеру ${from} күні басталды, ${suspendedOn} күні тоқтатыла тұрды, ${resumedOn} күні қайта жалғасты. Оның соңғы күні қай күн (${days} жұмыс күні)?`,
              ru: `Проверка начата ${from}, приостановлена ${suspendedOn}, возобновлена ${resumedOn}. Какой её последний день (${days} рабочих дней)?`,
              en: `An inspection started on ${from}, was suspended on ${suspendedOn} and resumed on ${resumedOn}. What is its last day (${days} working days)?`,
            }
          : {
              kk: `Тексеру ${from} күні басталды. Оның соңғы күні қай күн (${days} жұмыс күні)?`,
              ru: `Проверка начата ${from}. Какой её последний день (${days} рабочих дней)?`,
              en: `An inspection started on ${from}. What is its last day (${days} working days)?`,
            };
    return {
      id: `deadline-${seed}`,
      kind: 'deadline',
      seed,
      difficulty,
      theme: procedure === 'protest' ? 6 : 4,
      questions: procedure === 'protest' ? ['q6.2'] : suspendedOn ? ['q4.5', 'q4.6'] : ['q4.5'],
      prompt,
      citation,
      procedure,
      from,
      days,
      unit,
      ...(suspendedOn && resumedOn ? { suspendedOn, resumedOn } : {}),
      answer,
    };
  }
}

function dayNote(date: string): { kk: string; ru: string; en: string } {
  const info = dayInfo(date);
  if (info.working) return { kk: 'жұмыс күні', ru: 'рабочий день', en: 'a working day' };
  if (info.holiday) return { kk: `демалыс: ${info.holiday.name.kk}`, ru: `выходной: ${info.holiday.name.ru}`, en: `a day off: ${info.holiday.name.en}` };
  return { kk: 'демалыс күні', ru: 'выходной', en: 'a weekend day' };
}

function grade(ex: DeadlineExercise, answer: unknown): Grade {
  const truth = machineDeadline(ex);
  const given = typeof answer === 'string' ? answer.trim() : '';
  const lines: GradeLine[] = [];
  if (ex.unit === 'calendar') {
    const raw = addDays(ex.from, ex.days);
    const n = dayNote(raw);
    lines.push({
      text: {
        kk: `Есеп ${ex.from} күнінен кейінгі күннен басталады; ${ex.days}-күн — ${raw} (${n.kk})${raw === truth ? '' : `, сондықтан мерзім келесі жұмыс күні ${truth ?? '?'} аяқталады`}`,
        ru: `Счёт начинается со дня после ${ex.from}; ${ex.days}-й день — ${raw} (${n.ru})${raw === truth ? '' : `, поэтому срок истекает в следующий рабочий день, ${truth ?? '?'}`}`,
        en: `Counting starts the day after ${ex.from}; day ${ex.days} is ${raw} (${n.en})${raw === truth ? '' : `, so the term ends on the next working day, ${truth ?? '?'}`}`,
      },
      citation: 'calendar.termEnd',
    });
  } else {
    const plain = addWorkingDays(ex.from, ex.days);
    lines.push({
      text: {
        kk: `${ex.from} күнінен кейінгі ${ex.days} жұмыс күні ${plain} күні бітеді (демалыс пен мереке күндері саналмайды)`,
        ru: `${ex.days} рабочих дней после ${ex.from} истекают ${plain} (выходные и праздники не считаются)`,
        en: `${ex.days} working days after ${ex.from} end on ${plain} (weekends and holidays do not count)`,
      },
      citation: 'calendar.workingDays',
    });
    if (ex.suspendedOn && ex.resumedOn && truth) {
      const frozen = workingDaysBetween(plain, truth) ;
      lines.push({
        text: {
          kk: `Тоқтатыла тұру ${ex.suspendedOn}–${ex.resumedOn}: мерзім ${frozen} жұмыс күнге жылжиды, ${truth}`,
          ru: `Приостановление ${ex.suspendedOn}–${ex.resumedOn}: срок сдвигается на ${frozen} рабочих дн., до ${truth}`,
          en: `Suspension ${ex.suspendedOn} to ${ex.resumedOn}: the term moves by ${frozen} working days, to ${truth}`,
        },
        citation: 'inspection.suspension',
      });
    }
  }
  return { correct: truth !== null && given === truth, citation: ex.citation, lines, show: { kind: 'calendar', from: ex.from, to: truth ?? ex.from } };
}

function perturb(ex: DeadlineExercise, seed: number): string {
  const rng = createRng(`deadline:perturb:${seed}`);
  return addDays(ex.answer, rng.chance(0.5) ? 1 : -1);
}

export const deadline: KindModule<DeadlineExercise> = { kind: 'deadline', generate, grade, perturb };
