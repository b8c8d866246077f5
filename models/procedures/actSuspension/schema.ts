/**
 * The formats of a resolution suspending an act or action (қаулы, CL art. 37; design.md, "More
 * procedures" -> actSuspension): the machine's input and its events, parsed by zod at every boundary.
 */
import { z } from 'zod';
import { actingProsecutorSchema, editionSchema } from '../core/input';
import { isoDateSchema, timeEventSchemas } from '../core/time';

export const actSuspensionInputSchema = z.strictObject({
  edition: editionSchema,
  startDate: isoDateSchema,
  prosecutor: actingProsecutorSchema,
  /** Set when opened from an inspection decided with a resolution. */
  linkedRun: z.object({ procedure: z.literal('inspection'), title: z.string().max(300).optional() }).optional(),
});
export type ActSuspensionInput = z.infer<typeof actSuspensionInputSchema>;

export const actSuspensionDomainEventSchema = z.discriminatedUnion('type', [
  /** Working days; the rule allows at most three (the schema only keeps the number sane). */
  z.strictObject({ type: z.literal('act.suspend'), days: z.number().int().min(1).max(366) }),
  z.strictObject({ type: z.literal('suspension.lift') }),
  z.strictObject({ type: z.literal('protest.bring') }),
]);
export type ActSuspensionDomainEvent = z.infer<typeof actSuspensionDomainEventSchema>;

export const actSuspensionEventSchema = z.discriminatedUnion('type', [...actSuspensionDomainEventSchema.options, ...timeEventSchemas]);
export type ActSuspensionEvent = z.infer<typeof actSuspensionEventSchema>;
export type ActSuspensionEventType = ActSuspensionEvent['type'];
export type ActSuspensionEventOf<T extends ActSuspensionEventType> = Extract<ActSuspensionEvent, { type: T }>;
