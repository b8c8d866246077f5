import { z } from 'zod';
import { prosecutorRoleSchema } from '../../org/roles';
import { editionSchema } from '../core/input';
import { isoDateSchema, timeEventSchemas } from '../core/time';

export const BASES = ['presidentAssignment', 'generalProsecutorAssignment', 'decision'] as const;
export const GROUNDS = ['vulnerablePersons', 'minors', 'unlimitedGroup', 'irreversibleHarm', 'businessInterference'] as const;
export const SUBJECT_KINDS = ['stateBody', 'business', 'organisation', 'detentionFacility'] as const;
export const AREAS = ['general', 'criminalProcedure', 'penalEnforcement', 'enforcementProceedings', 'administrativeOffences', 'operationalSearch'] as const;
export const REFUSAL_REASONS = ['noResolution', 'otherPersons', 'notRegistered', 'deadlinePassed', 'noClearance'] as const;
export const EXTENSION_REASONS = ['additionalMaterials', 'largeVolume'] as const;
export const SUSPENSION_REASONS = ['expertExamination', 'foreignRequest', 'otherObstacle'] as const;
export const DECISIONS = ['noViolations', 'protest', 'representation', 'resolution', 'instruction', 'claim', 'pretrialInvestigation'] as const;

export type Basis = (typeof BASES)[number];
export type Ground = (typeof GROUNDS)[number];
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export type Area = (typeof AREAS)[number];
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
export type ExtensionReason = (typeof EXTENSION_REASONS)[number];
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];
export type InspectionDecision = (typeof DECISIONS)[number];

const personSchema = z.string().trim().min(1).max(200);

/**
 * The machine's input. `ground` is optional here: a decision without one is a legal
 * error the simulator shows (code `groundRequired`), not a broken file.
 */
export const inspectionInputSchema = z.strictObject({
  startDate: isoDateSchema,
  /** Who appoints (design.md "inspection"): the roles of art. 18 and Rules item 9, kept once in models/org. */
  initiator: z.strictObject({ role: prosecutorRoleSchema, unitId: z.string().max(100).optional() }),
  basis: z.enum(BASES),
  ground: z.enum(GROUNDS).optional(),
  subject: z.strictObject({ kind: z.enum(SUBJECT_KINDS), secret: z.boolean().optional(), name: z.string().max(300).optional() }),
  area: z.enum(AREAS),
  urgent: z.boolean().optional(),
  /**
   * One of the cases of Rules item 11, where the resolution may be registered within the next
   * working day after the start; otherwise registration comes before the start (our reading).
   */
  registrationAfterStart: z.boolean().optional(),
  /** Set when the inspection was opened from an appeal that needed one (CL art. 24). */
  linkedRun: z.strictObject({ procedure: z.literal('appeal'), title: z.string().max(300).optional() }).optional(),
  edition: editionSchema,
});
export type InspectionInput = z.infer<typeof inspectionInputSchema>;

/** Every event of the inspection, time events included (design.md lists them). */
export const inspectionEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('inspection.requestConsent') }),
  z.strictObject({ type: z.literal('consent.requestInfo') }),
  z.strictObject({ type: z.literal('consent.grant') }),
  z.strictObject({ type: z.literal('consent.refuse') }),
  z.strictObject({ type: z.literal('inspection.appoint'), inspectors: z.array(personSchema).max(50) }),
  z.strictObject({ type: z.literal('resolution.hand') }),
  z.strictObject({ type: z.literal('inspection.register') }),
  z.strictObject({ type: z.literal('inspection.start') }),
  z.strictObject({ type: z.literal('access.refuse'), reason: z.enum(REFUSAL_REASONS), person: personSchema.optional() }),
  z.strictObject({ type: z.literal('clearance.show') }),
  z.strictObject({ type: z.literal('access.restore') }),
  z.strictObject({ type: z.literal('inspection.extend'), days: z.number().int().min(1).max(366), reason: z.enum(EXTENSION_REASONS) }),
  z.strictObject({ type: z.literal('inspection.suspend'), reason: z.enum(SUSPENSION_REASONS) }),
  z.strictObject({ type: z.literal('inspection.resume') }),
  z.strictObject({ type: z.literal('inspection.complete') }),
  z.strictObject({ type: z.literal('certificate.hand'), signed: z.boolean() }),
  z.strictObject({ type: z.literal('inspection.decide'), decision: z.enum(DECISIONS) }),
  ...timeEventSchemas,
]);
export type InspectionEvent = z.infer<typeof inspectionEventSchema>;
export type InspectionEventType = InspectionEvent['type'];
export type InspectionEventOf<T extends InspectionEventType> = Extract<InspectionEvent, { type: T }>;
