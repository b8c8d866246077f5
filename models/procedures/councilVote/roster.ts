/**
 * From an org document to the `body` of a councilVote run: who chairs, who is a permanent
 * member, who is invited, with their names.
 */
import type { LocalizedText } from '../../law/types';
import type { OrgDocument, UnitId } from '../../org/types';
import type { CouncilBody } from './schema';

export type RosterResult = { ok: true; body: CouncilBody } | { ok: false; code: 'notCollegial' | 'noChair' | 'manyChairs'; unitId: UnitId };

/**
 * Builds the body of a council or collegium from the document's relations:
 * `councilChair` (chairing office -> council) names the chair, who is also a permanent member;
 * `councilMember` (member -> council) the permanent members, or invited participants when
 * `invited: true`. Members keep the order of the relations; names come from the units
 * (a relation pointing at a missing unit keeps its id as the name).
 * @example rosterFromOrg(doc, 'council-rep') // { ok: true, body: { kind: 'coordinationCouncil', level: 'republican', chairId: 'gpo', ... } }
 */
export function rosterFromOrg(doc: OrgDocument, councilOrCollegiumUnitId: UnitId): RosterResult {
  const unit = doc.units[councilOrCollegiumUnitId];
  if (!unit || (unit.kind !== 'coordinationCouncil' && unit.kind !== 'collegium')) {
    return { ok: false, code: 'notCollegial', unitId: councilOrCollegiumUnitId };
  }
  const into = doc.relations.filter((r) => r.to === councilOrCollegiumUnitId);
  const chairs = [...new Set(into.filter((r) => r.kind === 'councilChair').map((r) => r.from))];
  const chairId = chairs[0];
  if (chairId === undefined) return { ok: false, code: 'noChair', unitId: councilOrCollegiumUnitId };
  if (chairs.length > 1) return { ok: false, code: 'manyChairs', unitId: councilOrCollegiumUnitId };

  const permanentMembers: string[] = [chairId];
  const invited: string[] = [];
  for (const r of into) {
    if (r.kind !== 'councilMember' || r.from === chairId) continue;
    const list = r.invited === true ? invited : permanentMembers;
    if (!permanentMembers.includes(r.from) && !invited.includes(r.from)) list.push(r.from);
  }

  const names: Record<string, LocalizedText> = {};
  for (const id of [...permanentMembers, ...invited]) {
    const u = doc.units[id];
    names[id] = u ? { ...u.name } : { kk: id, ru: id, en: id };
  }

  const body: CouncilBody = { kind: unit.kind, chairId, permanentMembers, names };
  if (invited.length > 0) body.invited = invited;
  if (unit.kind === 'coordinationCouncil' && unit.level !== undefined) body.level = unit.level;
  return { ok: true, body };
}
