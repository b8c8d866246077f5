/**
 * The appeal's formats (жолданым; design.md, "More procedures" -> appeal): the machine's input and its
 * events, parsed by zod at every boundary. Types are inferred from the schemas.
 */
import { z } from 'zod';
import { actingProsecutorSchema, editionSchema } from '../core/input';
import { isoDateSchema, timeEventSchemas } from '../core/time';

export const CONCERNS = ['crime', 'nationalSecurity', 'other'] as const;
export type Concern = (typeof CONCERNS)[number];

export const appealInputSchema = z.strictObject({
  edition: editionSchema,
  /** The day the appeal arrives. */
  startDate: isoDateSchema,
  anonymous: z.boolean().optional(),
  concerns: z.enum(CONCERNS).optional(),
  repeatedWithoutNewArguments: z.boolean().optional(),
  /** Who considers it (optional; an inspection opened from the appeal takes this role). */
  prosecutor: actingProsecutorSchema.optional(),
});
export type AppealInput = z.infer<typeof appealInputSchema>;

export const ANSWER_OUTCOMES = ['satisfied', 'partiallySatisfied', 'rejected', 'explained'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];
export const DISMISS_REASONS = ['anonymous', 'repeated'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export const appealDomainEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('appeal.register') }),
  z.strictObject({ type: z.literal('appeal.extend'), until: isoDateSchema }),
  z.strictObject({ type: z.literal('applicant.notify') }),
  z.strictObject({ type: z.literal('inspection.appoint') }),
  z.strictObject({ type: z.literal('inspection.finish') }),
  z.strictObject({ type: z.literal('appeal.answer'), outcome: z.enum(ANSWER_OUTCOMES) }),
  z.strictObject({ type: z.literal('appeal.dismiss'), reason: z.enum(DISMISS_REASONS) }),
]);
export type AppealDomainEvent = z.infer<typeof appealDomainEventSchema>;

/** Every event of the appeal, time events included. */
export const appealEventSchema = z.discriminatedUnion('type', [...appealDomainEventSchema.options, ...timeEventSchemas]);
export type AppealEvent = z.infer<typeof appealEventSchema>;
export type AppealEventType = AppealEvent['type'];
export type AppealEventOf<T extends AppealEventType> = Extract<AppealEvent, { type: T }>;
