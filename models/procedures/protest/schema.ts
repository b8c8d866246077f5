/**
 * The protest procedure's formats (design.md, "Scenario files" -> protest): the machine's
 * input and its events, parsed by zod at every boundary. Types are inferred from the schemas.
 */
import { z } from 'zod';
import { isoDateSchema as isoDate, timeEventSchemas } from '../core/time';
import { prosecutorRoleSchema } from '../../org/roles';
import { editionSchema } from '../core/input';

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

/** The groups whose protection lets a prosecutor protest an organisation's act (seed l. 1546-1558). */
export const AFFECTED_GROUPS = ['vulnerablePersons', 'minors', 'unlimitedGroup'] as const;
export type AffectedGroup = (typeof AFFECTED_GROUPS)[number];

export const protestInputSchema = z.strictObject({
  startDate: isoDate,
  /**
   * Who acts for the prosecution: the roles of models/org (design.md, protest: "as above"), so that a
   * run opened from an inspection carries its role over unchanged.
   */
  prosecutor: z.strictObject({
    role: prosecutorRoleSchema,
    unitId: z.string().min(1).optional(),
  }),
  act: z.strictObject({
    issuer: actIssuerSchema,
    type: actTypeSchema,
    /** The act sums up an audit (only matters for the Supreme Audit Chamber, CL art. 33.6). */
    auditResult: z.boolean().optional(),
    /**
     * Whom the act concerns, where it matters: an organisation's act is protested only when it
     * concerns persons unable to defend themselves, minors or an unlimited group (seed l. 1546-1558).
     */
    affects: z.array(z.enum(AFFECTED_GROUPS)).max(AFFECTED_GROUPS.length).optional(),
  }),
  /** The issuer itself or the body above it (CL art. 33.2). */
  addressee: z.enum(['issuer', 'superior']),
  /**
   * Set when the protest was opened from another run: an inspection's
   * `inspection.decide { decision: protest }`, or a suspension handed over (CL art. 37).
   */
  linkedRun: z
    .object({
      procedure: z.enum(['inspection', 'actSuspension']),
      title: z.string().optional(),
    })
    .optional(),
  edition: editionSchema,
});
export type ProtestInput = z.infer<typeof protestInputSchema>;

/** A term the prosecutor sets instead of the default ten calendar days. */
export const protestTermSchema = z.strictObject({
  days: z.number().int().min(1).max(366),
  unit: z.enum(['working', 'calendar']),
});
export type ProtestTerm = z.infer<typeof protestTermSchema>;

export const protestOutcomeSchema = z.enum(['satisfied', 'partiallySatisfied', 'rejected']);
export type ProtestOutcome = z.infer<typeof protestOutcomeSchema>;

export const courtOutcomeSchema = z.enum(['actUnlawful', 'claimDismissed']);
export type CourtOutcome = z.infer<typeof courtOutcomeSchema>;

export const protestDomainEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('protest.bring'), term: protestTermSchema.optional() }),
  /** `by` defaults to the prosecutor's own role. */
  z.strictObject({ type: z.literal('act.suspend'), by: prosecutorRoleSchema.optional() }),
  z.strictObject({ type: z.literal('hearing.notify'), date: isoDate }),
  z.strictObject({ type: z.literal('protest.withdraw'), by: z.enum(['author', 'superior']) }),
  z.strictObject({ type: z.literal('protest.consider'), outcome: protestOutcomeSchema }),
  z.strictObject({ type: z.literal('court.file') }),
  z.strictObject({ type: z.literal('court.rule'), outcome: courtOutcomeSchema }),
]);
export type ProtestDomainEvent = z.infer<typeof protestDomainEventSchema>;

/** Every event the protest machine knows: its own and the two time events of the shared core. */
export const protestEventSchema = z.discriminatedUnion('type', [...protestDomainEventSchema.options, ...timeEventSchemas]);
export type ProtestEvent = z.infer<typeof protestEventSchema>;
export type ProtestEventType = ProtestEvent['type'];
export type ProtestEventOf<T extends ProtestEventType> = Extract<ProtestEvent, { type: T }>;
