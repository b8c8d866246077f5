/**
 * The protest procedure's formats (design.md, "Scenario files" -> protest): the machine's
 * input and its events, parsed by zod at every boundary. Types are inferred from the schemas.
 */
import { z } from 'zod';
import { isIsoDate } from '../../calendar';

const isoDate = z.string().refine(isIsoDate, { message: 'Expected a real date written YYYY-MM-DD' });

/** Who acts for the prosecution: the role list shared with the inspection procedure (design.md). */
export const PROSECUTOR_ROLES = [
  'president',
  'generalProsecutor',
  'deputyGeneralProsecutor',
  'gpoUnitHead',
  'committeeChair',
  'committeeTerritorialHead',
  'chiefMilitaryProsecutor',
  'chiefTransportProsecutor',
  'militaryRegionalProsecutor',
  'garrisonMilitaryProsecutor',
  'transportRegionalProsecutor',
  'regionalProsecutor',
  'deputyRegionalProsecutor',
  'districtProsecutor',
  'staffProsecutor',
] as const;
export const prosecutorRoleSchema = z.enum(PROSECUTOR_ROLES);
export type ProsecutorRole = z.infer<typeof prosecutorRoleSchema>;

/** Who issued the protested act. */
export const ACT_ISSUERS = [
  'parliament',
  'president',
  'presidentialAdministration',
  'constitutionalCourt',
  'supremeAuditChamber',
  'government',
  'ministry',
  'localExecutive',
  'localRepresentative',
  'selfGovernment',
  'organisation',
  'official',
  'court',
] as const;
export const actIssuerSchema = z.enum(ACT_ISSUERS);
export type ActIssuer = z.infer<typeof actIssuerSchema>;

export const ACT_TYPES = ['normative', 'individual', 'actionOrInaction', 'courtAct'] as const;
export const actTypeSchema = z.enum(ACT_TYPES);
export type ActType = z.infer<typeof actTypeSchema>;

export const protestInputSchema = z.object({
  startDate: isoDate,
  prosecutor: z.object({
    role: prosecutorRoleSchema,
    unitId: z.string().min(1).optional(),
  }),
  act: z.object({
    issuer: actIssuerSchema,
    type: actTypeSchema,
    /** The act sums up an audit (only matters for the Supreme Audit Chamber, CL art. 33.6). */
    auditResult: z.boolean().optional(),
  }),
  /** The issuer itself or the body above it (CL art. 33.2). */
  addressee: z.enum(['issuer', 'superior']),
  /** Set when the protest was opened from an inspection's `inspection.decide { decision: protest }`. */
  linkedRun: z
    .object({
      procedure: z.literal('inspection'),
      title: z.string().optional(),
    })
    .optional(),
});
export type ProtestInput = z.infer<typeof protestInputSchema>;

/** A term the prosecutor sets instead of the default ten calendar days. */
export const protestTermSchema = z.object({
  days: z.number().int().min(1).max(366),
  unit: z.enum(['working', 'calendar']),
});
export type ProtestTerm = z.infer<typeof protestTermSchema>;

export const protestOutcomeSchema = z.enum(['satisfied', 'partiallySatisfied', 'rejected']);
export type ProtestOutcome = z.infer<typeof protestOutcomeSchema>;

export const courtOutcomeSchema = z.enum(['actUnlawful', 'claimDismissed']);
export type CourtOutcome = z.infer<typeof courtOutcomeSchema>;

export const protestDomainEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('protest.bring'), term: protestTermSchema.optional() }),
  /** `by` defaults to the prosecutor's own role. */
  z.object({ type: z.literal('act.suspend'), by: prosecutorRoleSchema.optional() }),
  z.object({ type: z.literal('hearing.notify'), date: isoDate }),
  z.object({ type: z.literal('protest.withdraw'), by: z.enum(['author', 'superior']) }),
  z.object({ type: z.literal('protest.consider'), outcome: protestOutcomeSchema }),
  z.object({ type: z.literal('court.file') }),
  z.object({ type: z.literal('court.rule'), outcome: courtOutcomeSchema }),
]);
export type ProtestDomainEvent = z.infer<typeof protestDomainEventSchema>;

export const timeEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('time.advance'), days: z.number().int().min(0) }),
  z.object({ type: z.literal('time.advanceTo'), date: isoDate }),
]);

/** Every event the protest machine knows, time events included. */
export const protestEventSchema = z.union([protestDomainEventSchema, timeEventSchema]);
export type ProtestEvent = z.infer<typeof protestEventSchema>;
