/**
 * The live classroom's shared state and messages (design.md, "The live classroom"), as zod
 * schemas with size limits. The shared state lives in one Yjs document per room that every
 * client only reads; the server alone writes it, after checking each message against these
 * schemas and the roles in ./decide.ts.
 */
import { z } from 'zod';
import { idSchema, localizedTextSchema, plainText } from '../org/schema';
import { councilVoteEventSchema, councilVoteInputSchema, type CouncilVoteEvent, type CouncilVoteInput } from '../procedures/councilVote';
import type { LocalizedText } from '../law/types';

/** Letters and digits a class can read off a projector: no I, O, 0 or 1. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;
export const roomCodeSchema = z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/, 'a room code is six letters or digits');

/** The Yjs document of a room. */
export function roomDocName(code: string): string {
  return `room/${code}`;
}

/** The room code of a document name, or null for any other name (the server opens nothing else). */
export function roomCodeOf(documentName: string): string | null {
  const m = /^room\/([A-HJ-NP-Z2-9]{6})$/.exec(documentName);
  return m ? m[1] : null;
}

/** Normalises what a student types: case, spaces and dashes do not matter. */
export function normaliseRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export const LIMITS = {
  /** Bytes of one message from a teacher (a council roster with names fits many times over). */
  teacherMessageBytes: 32_768,
  /** Bytes of one message from a student. */
  studentMessageBytes: 2_048,
  nameChars: 40,
  answerChars: 200,
  students: 300,
  councilEvents: 2_000,
  questionOptions: 8,
} as const;

/** What the teacher is showing: a screen of the app, and within a lesson its stop. */
export const SCREENS = ['diagram', 'simulator', 'lesson'] as const;
export type Screen = (typeof SCREENS)[number];
export const positionSchema = z.strictObject({
  screen: z.enum(SCREENS),
  lessonId: idSchema.optional(),
  stop: z.number().int().min(0).max(999).optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const QUESTION_KINDS = ['choice', 'number', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** A prompt may be longer than a label: some of the manual's review questions run to several sentences. */
const promptSchema = z.strictObject({ kk: plainText(1000), ru: plainText(1000), en: plainText(1000) });
export const questionSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(QUESTION_KINDS),
    prompt: promptSchema,
    options: z.array(z.strictObject({ id: idSchema, label: localizedTextSchema })).min(2).max(LIMITS.questionOptions).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'choice' && !q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs options' });
    if (q.kind !== 'choice' && q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'only a choice question has options' });
    const ids = new Set<string>();
    for (const [i, o] of (q.options ?? []).entries()) {
      if (ids.has(o.id)) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `option "${o.id}" is listed twice` });
      ids.add(o.id);
    }
  });
export type Question = z.infer<typeof questionSchema>;

/** The answer shown after the class has answered, with the provision behind it. */
export const revealSchema = z.strictObject({
  questionId: idSchema,
  correct: z.string().min(1).max(LIMITS.answerChars),
  citation: z.string().max(100).optional(),
  note: localizedTextSchema.optional(),
});
export type Reveal = z.infer<typeof revealSchema>;

export const nameSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(LIMITS.nameChars).refine((s) => !/[<>]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32), 'a name has no control characters or angle brackets'));

const refSchema = z.string().max(40).optional();

/** Messages only the teacher may send. */
export const teacherMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session.start'), ref: refSchema }),
  z.strictObject({ type: z.literal('position.set'), position: positionSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('question.open'), question: questionSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('question.close'), ref: refSchema }),
  z.strictObject({ type: z.literal('question.reveal'), reveal: revealSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('council.open'), input: councilVoteInputSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('council.append'), event: councilVoteEventSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('council.end'), ref: refSchema }),
]);

/** Messages a student sends about themselves. */
export const studentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('student.join'), name: nameSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('follow.set'), following: z.boolean(), ref: refSchema }),
  z.strictObject({ type: z.literal('answer.set'), questionId: idSchema, value: z.string().min(1).max(LIMITS.answerChars), ref: refSchema }),
  z.strictObject({ type: z.literal('seat.take'), memberId: idSchema, ref: refSchema }),
  z.strictObject({ type: z.literal('seat.leave'), ref: refSchema }),
  /** `memberId` may be given, but only as the student's own seat: the server refuses another. */
  z.strictObject({ type: z.literal('vote.cast'), choice: z.enum(['for', 'against', 'abstain']), memberId: idSchema.optional(), ref: refSchema }),
]);

export const clientMessageSchema = z.union([teacherMessageSchema, studentMessageSchema]);
export type TeacherMessage = z.infer<typeof teacherMessageSchema>;
export type StudentMessage = z.infer<typeof studentMessageSchema>;
export type ClientMessage = TeacherMessage | StudentMessage;
export const TEACHER_MESSAGE_TYPES: readonly string[] = teacherMessageSchema.options.map((o) => o.shape.type.value);

/** The token a client connects with (kept on its own device; the server stores only hashes). */
export const tokenSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('teacher'), key: z.string().regex(/^[0-9a-f]{32,64}$/) }),
  z.strictObject({ role: z.literal('student'), id: z.string().regex(/^s-[0-9a-z]{6,32}$/), secret: z.string().regex(/^[0-9a-f]{32,64}$/) }),
]);
export type Token = z.infer<typeof tokenSchema>;

/** Who sent a message, as the server knows it from the connection (hashes, never the secrets). */
export type Identity = { role: 'teacher'; keyHash: string } | { role: 'student'; id: string; secretHash: string };

/** What the server answers a message with (a stateless message to that connection only). */
export type ServerReply =
  | { type: 'ack'; ref?: string; request: string }
  | { type: 'refused'; ref?: string; request: string; code: RefusalCode; values?: Record<string, string | number | boolean | null> };

export const REFUSAL_CODES = [
  'messageTooLarge',
  'messageInvalid',
  'throttled',
  'teacherOnly',
  'studentOnly',
  'wrongTeacherKey',
  'roomNotStarted',
  'notJoined',
  'wrongStudentSecret',
  'roomFull',
  'noQuestionOpen',
  'questionMismatch',
  'answerInvalid',
  'answersClosed',
  'noCouncil',
  'seatUnknown',
  'seatTaken',
  'notSeated',
  'notYourSeat',
  'eventRefused',
  'tooManyEvents',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Student {
  name: string;
  secretHash: string;
  joinedAt: number;
}
export interface Presence {
  connected: boolean;
  following: boolean;
}
export interface Answer {
  questionId: string;
  studentId: string;
  value: string;
  at: number;
}
export interface CouncilSession {
  input: CouncilVoteInput;
  openedAt: number;
}
export interface SessionState {
  startedAt?: number;
  position?: Position;
  question?: Question | null;
  /** Every question asked in this session, by id (the CSV names them). */
  asked?: Record<string, Question>;
  /** Answers are taken while the question is open and not yet revealed. */
  questionClosed?: boolean;
  reveal?: Reveal | null;
  council?: CouncilSession | null;
}

/** The room as plain data, read from its Yjs document. */
export interface RoomState {
  meta: { teacherKeyHash?: string };
  session: SessionState;
  /** The council run's accepted events, in order (the run is `{ councilVote, input, events }`). */
  events: CouncilVoteEvent[];
  students: Record<string, Student>;
  presence: Record<string, Presence>;
  /** Keyed by `${questionId}/${studentId}`: one answer per student and question, the last one kept. */
  answers: Record<string, Answer>;
  /** Seat (a member id of the council roster) -> the student who took it. */
  seats: Record<string, string>;
}

export function emptyRoom(): RoomState {
  return { meta: {}, session: {}, events: [], students: {}, presence: {}, answers: {}, seats: {} };
}

export function answerKey(questionId: string, studentId: string): string {
  return `${questionId}/${studentId}`;
}

/** A display label in the language asked, falling back to the others. */
export function pick(text: LocalizedText, lang: keyof LocalizedText): string {
  return text[lang] || text.en || text.ru || text.kk;
}
