/** Deleting and copying whole branches. */
import type { Draft } from 'immer';
import { childrenIndex, descendants, getUnit } from '../queries';
import { names } from '../rules/text';
import { idSchema } from '../schema';
import type { OrgDocument, Relation, Unit, UnitId } from '../types';
import { checkPlacement, unitNotFound } from './guards';
import { sequentialIds } from './ids';
import { applyRecipe, refuse, type OpResult } from './result';
import { normaliseAttributes, type OperationOptions } from './units';

/** Removes the units and every relation that touches them (a lost `consentOf` is dropped, the appointment kept). */
function removeUnits(d: Draft<OrgDocument>, gone: ReadonlySet<UnitId>): void {
  for (let i = d.relations.length - 1; i >= 0; i--) {
    const r = d.relations[i];
    if (gone.has(r.from) || gone.has(r.to)) d.relations.splice(i, 1);
    else if (r.consentOf !== undefined && gone.has(r.consentOf)) delete r.consentOf;
  }
  for (const id of gone) delete d.units[id];
}

/** Deletes a unit that has nothing below it, with the relations touching it. */
export function deleteUnit(doc: OrgDocument, id: UnitId): OpResult {
  const unit = getUnit(doc, id);
  if (!unit) return unitNotFound(id);
  const kids = childrenIndex(doc).get(id) ?? [];
  if (kids.length) {
    const n = names(unit);
    return refuse('hasChildren', {
      kk: `${n.kk} астында ${kids.length} бөлімше бар: оларды ауыстырыңыз немесе бүкіл тармақты жойыңыз`,
      ru: `Под ${n.ru} стоят подразделения (${kids.length}): перенесите их или удалите всю ветвь`,
      en: `${n.en} has ${kids.length} unit(s) below it: move them or delete the whole branch`,
    }, 'common.subordination', { id, children: kids.length });
  }
  return applyRecipe(doc, (d) => removeUnits(d, new Set([id])));
}

/** Deletes a unit, everything below it and every relation touching any of them. */
export function deleteSubtree(doc: OrgDocument, id: UnitId): OpResult {
  if (!getUnit(doc, id)) return unitNotFound(id);
  const gone = new Set([id, ...descendants(doc, id)]);
  return applyRecipe(doc, (d) => removeUnits(d, gone));
}

/**
 * Copies a unit and everything below it under `newParentId`, with fresh ids
 * (from `options.idGen`, default `<id>-copy`, `<id>-copy-2`, …). Relations
 * with both ends inside the branch are copied too; pinned positions are not.
 * @example duplicateSubtree(doc, 'oblast-almaty', 'gpo').created // ['oblast-almaty-copy', …]
 */
export function duplicateSubtree(doc: OrgDocument, rootId: UnitId, newParentId: UnitId | undefined, options: OperationOptions = {}): OpResult {
  const root = getUnit(doc, rootId);
  if (!root) return unitNotFound(rootId);
  const bad = checkPlacement(doc, root.kind, newParentId);
  if (bad) return bad;
  const gen = options.idGen ?? sequentialIds;
  const originals = [rootId, ...descendants(doc, rootId)];
  const taken = new Set<string>([...Object.keys(doc.units), ...doc.relations.map((r) => r.id)]);
  const map = new Map<UnitId, UnitId>();
  let badId: string | undefined;
  const fresh = (base: string) => {
    const id = gen(base, (x) => taken.has(x));
    if (taken.has(id) || !idSchema.safeParse(id).success) badId ??= id;
    taken.add(id);
    return id;
  };
  for (const id of originals) map.set(id, fresh(`${id}-copy`));
  const parentKind = getUnit(doc, newParentId)?.kind;
  const copies: Unit[] = originals.map((id) => {
    const src = getUnit(doc, id) as Unit;
    const copy: Unit = structuredClone(src);
    copy.id = map.get(id) as UnitId;
    delete copy.position;
    if (id === rootId) {
      if (newParentId === undefined) delete copy.parentId;
      else copy.parentId = newParentId;
      normaliseAttributes(copy, parentKind);
    } else {
      copy.parentId = map.get(src.parentId as UnitId);
    }
    return copy;
  });
  const relCopies: Relation[] = [];
  for (const r of doc.relations) {
    const from = map.get(r.from);
    const to = map.get(r.to);
    if (from === undefined || to === undefined) continue;
    const c: Relation = { ...r, id: fresh(`${r.id}-copy`), from, to };
    if (r.consentOf !== undefined) c.consentOf = map.get(r.consentOf) ?? r.consentOf;
    relCopies.push(c);
  }
  if (badId !== undefined) {
    return refuse('invalidId', {
      kk: `Жаңа идентификатор "${badId}" жарамсыз немесе бос емес`,
      ru: `Новый идентификатор "${badId}" недопустим или уже занят`,
      en: `The new id "${badId}" is not valid or already taken`,
    }, undefined, { id: badId });
  }
  return applyRecipe(doc, (d) => {
    for (const u of copies) d.units[u.id] = u;
    d.relations.push(...relCopies);
  }, [...map.values(), ...relCopies.map((r) => r.id)]);
}
