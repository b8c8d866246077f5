/**
 * The complaint's formats (against a prosecutor's act or action; design.md, "More procedures" ->
 * complaint): the machine's input and its events, parsed by zod at every boundary.
 */
import { z } from 'zod';
import { actingProsecutorSchema, editionSchema } from '../core/input';
import { compareIso } from '../../calendar';
import { isoDateSchema, timeEventSchemas } from '../core/time';

export const complaintInputSchema = z
  .strictObject({
  edition: editionSchema,
    startDate: isoDateSchema,
    /** The day the person learned of the act or action. */
    learnedOn: isoDateSchema,
    /** The higher prosecutor who considers it (optional). */
    prosecutor: actingProsecutorSchema.optional(),
  })
  .refine((i) => compareIso(i.learnedOn, i.startDate) <= 0, { path: ['learnedOn'], message: 'the person cannot learn of the act after the start date' });
export type ComplaintInput = z.infer<typeof complaintInputSchema>;

export const DECIDE_OUTCOMES = ['upheld', 'partiallyUpheld', 'rejected'] as const;
export type DecideOutcome = (typeof DECIDE_OUTCOMES)[number];
/** The court's answer to the complaint against the prosecutor's act (the design names no event for it; see the report). */
export const COMPLAINT_COURT_OUTCOMES = ['actUnlawful', 'claimDismissed'] as const;
export type ComplaintCourtOutcome = (typeof COMPLAINT_COURT_OUTCOMES)[number];

export const complaintDomainEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('term.restore'), reason: z.string().trim().min(1, 'the reason the person gives, not empty').max(1000) }),
  z.strictObject({ type: z.literal('complaint.file') }),
  z.strictObject({ type: z.literal('complaint.decide'), outcome: z.enum(DECIDE_OUTCOMES) }),
  z.strictObject({ type: z.literal('court.file') }),
  z.strictObject({ type: z.literal('court.rule'), outcome: z.enum(COMPLAINT_COURT_OUTCOMES) }),
]);
export type ComplaintDomainEvent = z.infer<typeof complaintDomainEventSchema>;

export const complaintEventSchema = z.discriminatedUnion('type', [...complaintDomainEventSchema.options, ...timeEventSchemas]);
export type ComplaintEvent = z.infer<typeof complaintEventSchema>;
export type ComplaintEventType = ComplaintEvent['type'];
export type ComplaintEventOf<T extends ComplaintEventType> = Extract<ComplaintEvent, { type: T }>;
