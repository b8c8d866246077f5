/** Pure edits of relations. */
import { getUnit } from '../queries';
import { relationSchema } from '../schema';
import type { OrgDocument, Relation, RelationId, RelationKind, UnitId } from '../types';
import { RELATION_CITATION } from '../rules/citations';
import { names } from '../rules/text';
import { checkNewId, isIdTaken } from './guards';
import { sequentialIds } from './ids';
import { applyRecipe, refuse, type OpResult } from './result';
import type { OperationOptions } from './units';

export interface NewRelation {
  /** Generated from the kind when absent. */
  id?: RelationId;
  kind: RelationKind;
  from: UnitId;
  to: UnitId;
  consentOf?: UnitId;
  invited?: boolean;
}

/**
 * Adds a relation. Refused when an end (or `consentOf`) does not exist, when
 * the id is taken, or when it joins a unit to itself.
 * @example addRelation(doc, { kind: 'appointment', from: 'president', to: 'gpo', consentOf: 'senate' })
 */
export function addRelation(doc: OrgDocument, relation: NewRelation, options: OperationOptions = {}): OpResult {
  const ends: [string, UnitId | undefined][] = [['from', relation.from], ['to', relation.to], ['consentOf', relation.consentOf]];
  for (const [end, id] of ends) {
    if (id === undefined || getUnit(doc, id)) continue;
    return refuse('danglingEndpoint', {
      kk: `Байланыстың ұшы (${end}) жоқ "${id}" бөлімшесін көрсетеді`,
      ru: `Конец связи (${end}) указывает на несуществующее подразделение "${id}"`,
      en: `The relation's ${end} points at "${id}", which does not exist`,
    }, RELATION_CITATION[relation.kind], { end, id });
  }
  if (relation.from === relation.to) {
    const n = names(getUnit(doc, relation.from));
    return refuse('selfLoop', {
      kk: `${n.kk} өзімен өзі байланыса алмайды`,
      ru: `${n.ru} не может быть связана сама с собой`,
      en: `${n.en} cannot be related to itself`,
    }, RELATION_CITATION[relation.kind], { id: relation.from });
  }
  const id = relation.id ?? (options.idGen ?? sequentialIds)(`${relation.kind}-${relation.from}-${relation.to}`, (x) => isIdTaken(doc, x));
  const idBad = checkNewId(doc, id);
  if (idBad) return idBad;
  const rel: Relation = { id, kind: relation.kind, from: relation.from, to: relation.to };
  if (relation.consentOf !== undefined) rel.consentOf = relation.consentOf;
  if (relation.invited !== undefined) rel.invited = relation.invited;
  if (!relationSchema.safeParse(rel).success) {
    return refuse('invalidRelation', {
      kk: 'Байланыс деректері жарамсыз',
      ru: 'Данные связи недопустимы',
      en: 'The relation data are not valid',
    }, RELATION_CITATION[relation.kind], { id });
  }
  return applyRecipe(doc, (d) => {
    d.relations.push(rel);
  }, [id]);
}

export function removeRelation(doc: OrgDocument, id: RelationId): OpResult {
  const index = doc.relations.findIndex((r) => r.id === id);
  if (index < 0) {
    return refuse('relationNotFound', {
      kk: `"${id}" байланысы жоқ`,
      ru: `Связи "${id}" нет`,
      en: `There is no relation "${id}"`,
    }, undefined, { id });
  }
  return applyRecipe(doc, (d) => {
    d.relations.splice(index, 1);
  });
}
