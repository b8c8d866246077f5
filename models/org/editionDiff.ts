/**
 * What differs between two documents of the same system in two editions (the
 * "What changed in 2026" view): units only in one of them, and relations
 * added, removed or changed (same id, other ends or other consent).
 */
import type { OrgDocument, Relation, RelationId, UnitId } from './types';

export interface DocumentDiff {
  removedUnits: UnitId[];
  addedUnits: UnitId[];
  removedRelations: RelationId[];
  addedRelations: RelationId[];
  changedRelations: RelationId[];
}

const same = (a: Relation, b: Relation) =>
  a.kind === b.kind && a.from === b.from && a.to === b.to && a.consentOf === b.consentOf && Boolean(a.invited) === Boolean(b.invited);

/**
 * @example
 * const d = diffDocuments(kazakhstanTemplate(), kazakhstan2026Template());
 * d.removedUnits // ['senate']; d.addedUnits // ['kurultai']; d.changedRelations // ['appointment:president:gpo']
 */
export function diffDocuments(before: OrgDocument, after: OrgDocument): DocumentDiff {
  const has = (doc: OrgDocument, id: string) => Object.prototype.hasOwnProperty.call(doc.units, id);
  const beforeRel = new Map(before.relations.map((r) => [r.id, r]));
  const afterRel = new Map(after.relations.map((r) => [r.id, r]));
  return {
    removedUnits: Object.keys(before.units).filter((id) => !has(after, id)),
    addedUnits: Object.keys(after.units).filter((id) => !has(before, id)),
    removedRelations: [...beforeRel.keys()].filter((id) => !afterRel.has(id)),
    addedRelations: [...afterRel.keys()].filter((id) => !beforeRel.has(id)),
    changedRelations: [...afterRel.entries()].filter(([id, r]) => {
      const b = beforeRel.get(id);
      return b !== undefined && !same(b, r);
    }).map(([id]) => id),
  };
}
