/**
 * What the projector shows of a question: how many chose each option, and the CSV the teacher
 * takes home. Pure: the room state in, numbers and text out.
 */
import type { Lang } from '../law/types';
import { pick, type Question, type RoomState } from './schema';

export interface ResultBar {
  /** The option id, or the answer's text for number and text questions. */
  value: string;
  label: string;
  count: number;
  correct: boolean | null;
}

/** Answers to one question in the room. */
export function answersTo(room: RoomState, questionId: string) {
  return Object.values(room.answers).filter((a) => a.questionId === questionId);
}

/**
 * One bar per option (in the question's order, zeros included) or per distinct answer
 * (most frequent first); `correct` is known once revealed.
 */
export function resultBars(room: RoomState, question: Question, lang: Lang): ResultBar[] {
  const answers = answersTo(room, question.id);
  const reveal = room.session.reveal?.questionId === question.id ? room.session.reveal : null;
  const isCorrect = (v: string) => (reveal ? normalise(v) === normalise(reveal.correct) : null);
  if (question.options) {
    return question.options.map((o) => ({ value: o.id, label: pick(o.label, lang), count: answers.filter((a) => a.value === o.id).length, correct: isCorrect(o.id) }));
  }
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(normalise(a.value), (counts.get(normalise(a.value)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, label: value, count, correct: isCorrect(value) }));
}

function normalise(v: string): string {
  return v.trim().toLowerCase().replace(',', '.');
}

function csvCell(v: string | number): string {
  const s = String(v);
  // A leading = + - @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * All answers of the room as CSV (UTF-8, comma-separated, one header line): student, question,
 * answer (the option's label in `lang`), correct (yes/no/empty before the reveal), time (ISO).
 */
export function answersCsv(room: RoomState, questions: readonly Question[], lang: Lang): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const lines = [['student', 'question', 'answer', 'correct', 'time'].join(',')];
  const rows = Object.values(room.answers).sort((a, b) => a.at - b.at || a.studentId.localeCompare(b.studentId));
  for (const a of rows) {
    const q = byId.get(a.questionId);
    const label = q?.options?.find((o) => o.id === a.value);
    const reveal = room.session.reveal?.questionId === a.questionId ? room.session.reveal : null;
    const correct = reveal ? (normalise(reveal.correct) === normalise(a.value) ? 'yes' : 'no') : '';
    lines.push([room.students[a.studentId]?.name ?? a.studentId, q ? pick(q.prompt, lang) : a.questionId, label ? pick(label.label, lang) : a.value, correct, new Date(a.at).toISOString()].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
