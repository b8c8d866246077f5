/**
 * The representation's formats (design.md, "More procedures" -> representation): the machine's input
 * and its events, parsed by zod at every boundary. Types are inferred from the schemas.
 */
import { z } from 'zod';
import { actingProsecutorSchema, editionSchema } from '../core/input';
import { isoDateSchema, timeEventSchemas } from '../core/time';

/** Whom the representation goes to. */
export const ADDRESSEES = ['stateBody', 'localExecutive', 'organisation', 'official'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export const representationInputSchema = z.strictObject({
  edition: editionSchema,
  startDate: isoDateSchema,
  /** Who acts for the prosecution: the roles of models/org, so a run opened from an inspection keeps its role. */
  prosecutor: actingProsecutorSchema,
  addressee: z.enum(ADDRESSEES),
  /** Irreparable harm to life, health or the security of the state may occur: the prosecutor may set the term. */
  irreversibleHarm: z.boolean().optional(),
  /** Set when the representation was opened from an inspection decided with `representation`. */
  linkedRun: z.object({ procedure: z.literal('inspection'), title: z.string().max(300).optional() }).optional(),
});
export type RepresentationInput = z.infer<typeof representationInputSchema>;

/** A term the prosecutor sets where irreparable harm threatens, instead of thirty calendar days. */
export const representationTermSchema = z.strictObject({
  days: z.number().int().min(1).max(366),
  unit: z.enum(['working', 'calendar']),
});
export type RepresentationTerm = z.infer<typeof representationTermSchema>;

export const CONSIDER_OUTCOMES = ['accepted', 'partiallyAccepted', 'rejected'] as const;
export type ConsiderOutcome = (typeof CONSIDER_OUTCOMES)[number];
export const COURT_OUTCOMES = ['obliged', 'claimDismissed'] as const;
export type RepresentationCourtOutcome = (typeof COURT_OUTCOMES)[number];

export const representationDomainEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('representation.bring'), term: representationTermSchema.optional() }),
  z.strictObject({ type: z.literal('hearing.notify'), date: isoDateSchema }),
  z.strictObject({ type: z.literal('representation.consider'), outcome: z.enum(CONSIDER_OUTCOMES) }),
  z.strictObject({ type: z.literal('measures.report') }),
  z.strictObject({ type: z.literal('court.file') }),
  z.strictObject({ type: z.literal('court.rule'), outcome: z.enum(COURT_OUTCOMES) }),
]);
export type RepresentationDomainEvent = z.infer<typeof representationDomainEventSchema>;

/** Every event of the representation, time events included. */
export const representationEventSchema = z.discriminatedUnion('type', [...representationDomainEventSchema.options, ...timeEventSchemas]);
export type RepresentationEvent = z.infer<typeof representationEventSchema>;
export type RepresentationEventType = RepresentationEvent['type'];
export type RepresentationEventOf<T extends RepresentationEventType> = Extract<RepresentationEvent, { type: T }>;
export const REPRESENTATION_EVENT_TYPES: readonly RepresentationEventType[] = representationEventSchema.options.map((o) => o.shape.type.value);
