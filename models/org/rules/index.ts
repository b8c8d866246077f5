/**
 * The org rules: pure checks of a document, each with its code and citation.
 * `validate` builds the indexes once and runs every registered rule.
 */
import type { OrgDocument } from '../types';
import { appointments } from './appointments';
import { buildRuleContext } from './context';
import { councilChair, councilMembership } from './councils';
import { danglingParent, danglingRelation, ids } from './dangling';
import { editionKinds } from './edition';
import { noCycles } from './noCycles';
import { councilsOnlyAtLevels, externalNotInTree, kindAttributes, kindPlacement } from './placement';
import { duplicateRelations, relationEndpoints, storedSubordination } from './relations';
import { singleRoot } from './singleRoot';
import type { Finding, OrgRule, Severity } from './types';

export type { Finding, OrgRule, RuleContext, Severity } from './types';
export { buildRuleContext } from './context';
export { APPOINTMENTS, appointmentFor, type AppointmentRequirement } from './appointments';
export { RELATION_CITATION } from './citations';

/** Every rule, in the order findings are reported. */
export const RULES: readonly OrgRule[] = [
  ids,
  singleRoot,
  danglingParent,
  noCycles,
  externalNotInTree,
  kindPlacement,
  councilsOnlyAtLevels,
  kindAttributes,
  danglingRelation,
  relationEndpoints,
  duplicateRelations,
  storedSubordination,
  appointments,
  councilChair,
  councilMembership,
  editionKinds,
];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

/**
 * Finding codes the operations guarantee never to produce: the structural
 * invariants of a document (no loops, no dangling ids, unique ids, each kind
 * in its place, one root at most, kind attributes set). A missing root or a
 * missing appointment is not among them: those are the user's work in progress.
 */
export const INVARIANT_CODES: ReadonlySet<string> = new Set([
  'ids.mismatch',
  'ids.duplicateRelationId',
  'singleRoot.multiple',
  'singleRoot.hasParent',
  'danglingParent.missing',
  'noCycles.cycle',
  'externalNotInTree.hasParent',
  'externalNotInTree.externalParent',
  'kindPlacement.noParent',
  'kindPlacement.notAllowed',
  'councilsOnlyAtLevels.noParent',
  'councilsOnlyAtLevels.notAllowed',
  'kindAttributes.missing',
  'kindAttributes.levelMismatch',
  'danglingRelation.missing',
  'relationEndpoints.selfLoop',
]);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ValidateOptions {
  /** Run only these rule codes (default: all). */
  only?: readonly string[];
}

/**
 * All findings about a document, errors first, then warnings, then remarks;
 * within a severity in rule order.
 * @example
 * const errors = validate(doc).filter((f) => f.severity === 'error');
 */
export function validate(doc: OrgDocument, options: ValidateOptions = {}): Finding[] {
  const ctx = buildRuleContext(doc);
  const rules = options.only ? RULES.filter((r) => options.only?.includes(r.code)) : RULES;
  const out: Finding[] = [];
  for (const rule of rules) out.push(...rule.check(ctx));
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** Findings about the structural invariants only (see `INVARIANT_CODES`). */
export function invariantViolations(doc: OrgDocument): Finding[] {
  return validate(doc).filter((f) => INVARIANT_CODES.has(f.code));
}
