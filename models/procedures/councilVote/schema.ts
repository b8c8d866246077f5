/**
 * The input and events of the councilVote procedure (design.md, "councilVote"), parsed by zod.
 * Types are inferred from the schemas, so the file format and the machine cannot drift apart.
 */
import { z } from 'zod';
import { COUNCIL_LEVELS } from '../../org/types';
import { idSchema, localizedTextSchema } from '../../org/schema';
import { editionSchema } from '../core/input';
import { isoDateSchema, timeEventSchemas } from '../core/time';
import type { TimeEvent } from '../core/types';
import { CHOICES, MAJORITY_RULES } from './tally';

export const quorumRuleSchema = z
  .strictObject({
    num: z.number().int().min(1).max(100),
    den: z.number().int().min(1).max(100),
  })
  .refine((q) => q.num <= q.den, 'a quorum is a fraction of at most the whole membership');

export const rulesSchema = z.strictObject({
  quorum: quorumRuleSchema.nullable().optional(),
  majority: z.enum(MAJORITY_RULES).optional(),
  chairCastingVote: z.boolean().optional(),
});

export const bodySchema = z
  .strictObject({
    kind: z.enum(['coordinationCouncil', 'collegium']),
    level: z.enum(COUNCIL_LEVELS).optional(),
    chairId: idSchema,
    /** The chair is one of them. */
    permanentMembers: z.array(idSchema).min(1).max(200),
    /** Take part in discussion; never vote, never count towards the quorum. */
    invited: z.array(idSchema).max(200).optional(),
    /** Display names by member id (additive: the machine never reads them). */
    names: z.record(idSchema, localizedTextSchema).optional(),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.permanentMembers.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['permanentMembers', i], message: `"${id}" is listed twice` });
      seen.add(id);
    });
    if (!seen.has(body.chairId)) {
      ctx.addIssue({ code: 'custom', path: ['chairId'], message: `the chair "${body.chairId}" must be one of the permanent members` });
    }
    const invited = new Set<string>();
    (body.invited ?? []).forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['invited', i], message: `"${id}" is a permanent member, not an invited participant` });
      if (invited.has(id)) ctx.addIssue({ code: 'custom', path: ['invited', i], message: `"${id}" is listed twice` });
      invited.add(id);
    });
  });

export const councilVoteInputSchema = z.strictObject({
  startDate: isoDateSchema,
  body: bodySchema,
  rules: rulesSchema.optional(),
  edition: editionSchema,
});

export type CouncilVoteInput = z.infer<typeof councilVoteInputSchema>;
export type CouncilBody = z.infer<typeof bodySchema>;
export type RulesOverride = z.infer<typeof rulesSchema>;

const memberIdSchema = z.string().min(1).max(100);

export const councilEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session.convene'), kind: z.enum(['regular', 'extraordinary']) }),
  z.strictObject({ type: z.literal('attendance.mark'), memberId: memberIdSchema, present: z.boolean() }),
  z.strictObject({ type: z.literal('quorum.check') }),
  z.strictObject({ type: z.literal('item.open'), itemId: z.string().min(1).max(100), title: z.string().max(300).optional() }),
  z.strictObject({ type: z.literal('vote.open') }),
  z.strictObject({ type: z.literal('vote.cast'), memberId: memberIdSchema, choice: z.enum(CHOICES) }),
  z.strictObject({ type: z.literal('vote.close') }),
  z.strictObject({ type: z.literal('item.next') }),
  z.strictObject({ type: z.literal('session.adjourn') }),
  z.strictObject({ type: z.literal('session.close') }),
]);

export type CouncilEvent = z.infer<typeof councilEventSchema>;

/** The procedure's events and the two time events of the shared core. */
export const councilVoteEventSchema = z.discriminatedUnion('type', [...councilEventSchema.options, ...timeEventSchemas]);

/** Every event the machine knows. */
export type CouncilVoteEvent = CouncilEvent | TimeEvent;
