/**
 * Pure read helpers over the org document. They never throw on a broken
 * document: a chain that loops or points at a missing unit simply stops.
 */
import type { Lang } from '../law/types';
import { isExternalKind } from './kinds';
import type { OrgDocument, Relation, Unit, UnitId } from './types';

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The unit with this id, if it exists (safe against inherited keys). */
export function getUnit(doc: OrgDocument, id: UnitId | undefined): Unit | undefined {
  return id !== undefined && has(doc.units, id) ? doc.units[id] : undefined;
}

export function hasUnit(doc: OrgDocument, id: UnitId | undefined): boolean {
  return getUnit(doc, id) !== undefined;
}

/**
 * Children ids by parent id, in document order. Build once and pass it to
 * `descendants` when asking many times.
 * @example childrenIndex(doc).get('gpo') // ['apparatus', 'oblast-almaty', …]
 */
export function childrenIndex(doc: OrgDocument): Map<UnitId, UnitId[]> {
  const m = new Map<UnitId, UnitId[]>();
  for (const u of Object.values(doc.units)) {
    if (u.parentId === undefined) continue;
    const list = m.get(u.parentId);
    if (list) list.push(u.id);
    else m.set(u.parentId, [u.id]);
  }
  return m;
}

/** Direct children ids of a unit. */
export function childrenOf(doc: OrgDocument, id: UnitId): UnitId[] {
  return Object.values(doc.units)
    .filter((u) => u.parentId === id)
    .map((u) => u.id);
}

/**
 * Ids above a unit, nearest first (parent, grandparent, …), not including the
 * unit itself. Stops at a missing parent or a loop.
 * @example ancestors(doc, 'district-medeu') // ['oblast-almaty', 'gpo']
 */
export function ancestors(doc: OrgDocument, id: UnitId): UnitId[] {
  const out: UnitId[] = [];
  const seen = new Set<UnitId>([id]);
  let cur = getUnit(doc, getUnit(doc, id)?.parentId);
  while (cur && !seen.has(cur.id)) {
    out.push(cur.id);
    seen.add(cur.id);
    cur = getUnit(doc, cur.parentId);
  }
  return out;
}

/**
 * Ids below a unit, depth-first pre-order, not including the unit itself.
 * @example descendants(doc, 'oblast-almaty') // ['district-medeu', …]
 */
export function descendants(doc: OrgDocument, id: UnitId, index: ReadonlyMap<UnitId, UnitId[]> = childrenIndex(doc)): UnitId[] {
  const out: UnitId[] = [];
  const seen = new Set<UnitId>([id]);
  const stack = [...(index.get(id) ?? [])].reverse();
  while (stack.length) {
    const next = stack.pop();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    const kids = index.get(next);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Number of units above this one (0 at a root). */
export function depth(doc: OrgDocument, id: UnitId): number {
  return ancestors(doc, id).length;
}

/**
 * Whether `a` stands strictly above `b` in the subordination tree, i.e. `a` is
 * a higher prosecutor for `b` (CL art. 5.2; the protest's superior check).
 * @example isAncestor(doc, 'gpo', 'district-medeu') // true
 */
export function isAncestor(doc: OrgDocument, a: UnitId, b: UnitId): boolean {
  return a !== b && ancestors(doc, b).includes(a);
}

/** Ids of units at the top of the tree: no parent (or a missing one) and not external. */
export function roots(doc: OrgDocument): UnitId[] {
  return Object.values(doc.units)
    .filter((u) => !isExternalKind(u.kind) && (u.parentId === undefined || !hasUnit(doc, u.parentId)))
    .map((u) => u.id);
}

/** External units (President, Senate, agencies), outside the tree. */
export function externals(doc: OrgDocument): UnitId[] {
  return Object.values(doc.units)
    .filter((u) => isExternalKind(u.kind))
    .map((u) => u.id);
}

/** Relations touching a unit, either end (or as `consentOf`). */
export function relationsOf(doc: OrgDocument, id: UnitId): Relation[] {
  return doc.relations.filter((r) => r.from === id || r.to === id || r.consentOf === id);
}

/**
 * Units whose name (in any of the three languages) or id contains `query`,
 * case-insensitively. With `lang`, matches in that language come first; names
 * starting with the query come before names merely containing it.
 * @example findByName(doc, 'алматы', 'kk').map((u) => u.id)
 */
export function findByName(doc: OrgDocument, query: string, lang?: Lang): Unit[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const langs: Lang[] = lang ? [lang, ...(['kk', 'ru', 'en'] as const).filter((l) => l !== lang)] : ['kk', 'ru', 'en'];
  const scored: { unit: Unit; score: number; order: number }[] = [];
  Object.values(doc.units).forEach((unit, order) => {
    let score = Infinity;
    langs.forEach((l, li) => {
      const name = unit.name[l].toLocaleLowerCase();
      const at = name.indexOf(q);
      if (at < 0) return;
      score = Math.min(score, li * 2 + (at === 0 ? 0 : 1));
    });
    if (score === Infinity && unit.id.toLocaleLowerCase().includes(q)) score = langs.length * 2;
    if (score !== Infinity) scored.push({ unit, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.unit);
}
