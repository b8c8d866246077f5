/**
 * The formats of forced bringing (привод, күштеп әкелу; design.md, "More procedures" -> forcedBringing):
 * the machine's input and its events, parsed by zod at every boundary.
 */
import { z } from 'zod';
import { actingProsecutorSchema, editionSchema } from '../core/input';
import { isoDateSchema, timeEventSchemas } from '../core/time';

export const forcedBringingInputSchema = z.strictObject({
  edition: editionSchema,
  startDate: isoDateSchema,
  person: z.strictObject({
    age: z.number().int().min(0).max(130),
    pregnant: z.boolean().optional(),
    /** A doctor certifies the person cannot leave where they are for health reasons. */
    medicalCertificate: z.boolean().optional(),
  }),
  orderedBy: actingProsecutorSchema,
});
export type ForcedBringingInput = z.infer<typeof forcedBringingInputSchema>;

/** A time of day, 24-hour `HH:MM`. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day written HH:MM, 00:00 to 23:59');

export const forcedBringingDomainEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('summons.serve') }),
  z.strictObject({ type: z.literal('summons.miss'), goodReason: z.boolean() }),
  z.strictObject({ type: z.literal('bringing.order') }),
  z.strictObject({ type: z.literal('representative.notify') }),
  z.strictObject({ type: z.literal('bringing.execute'), time: timeOfDaySchema }),
]);
export type ForcedBringingDomainEvent = z.infer<typeof forcedBringingDomainEventSchema>;

export const forcedBringingEventSchema = z.discriminatedUnion('type', [...forcedBringingDomainEventSchema.options, ...timeEventSchemas]);
export type ForcedBringingEvent = z.infer<typeof forcedBringingEventSchema>;
export type ForcedBringingEventType = ForcedBringingEvent['type'];
export type ForcedBringingEventOf<T extends ForcedBringingEventType> = Extract<ForcedBringingEvent, { type: T }>;
