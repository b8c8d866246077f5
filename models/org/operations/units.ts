/** Pure edits of units. Each checks its preconditions, then runs one immer recipe. */
import type { Draft } from 'immer';
import { isEditionId, type EditionId } from '../../law/editions';
import type { LocalizedText } from '../../law/types';
import { allowedChildKinds, COUNCIL_LEVEL_LABELS, councilLevelFor, isAllowedUnder, kindLabel } from '../kinds';
import { childrenIndex, descendants, getUnit } from '../queries';
import { kindText, names } from '../rules/text';
import { unitSchema } from '../schema';
import type { CouncilLevel, DistrictType, OblastType, OrgDocument, Position, Unit, UnitId, UnitKind } from '../types';
import { checkNewId, checkPlacement, checkText, isIdTaken, unitNotFound } from './guards';
import { sequentialIds, type IdGenerator } from './ids';
import { applyRecipe, refuse, type OpResult } from './result';

export interface UnitAttributes {
  oblastType?: OblastType;
  districtType?: DistrictType;
  level?: CouncilLevel;
}

export interface OperationOptions {
  /** How fresh ids are made (default `sequentialIds`). */
  idGen?: IdGenerator;
}

/** Brings kind attributes in line with the kind and, for a council, with where it sits. */
export function normaliseAttributes(unit: Draft<Unit> | Unit, parentKind: UnitKind | undefined): void {
  if (unit.kind === 'oblast') unit.oblastType ??= 'oblast';
  else delete unit.oblastType;
  if (unit.kind === 'district') unit.districtType ??= 'district';
  else delete unit.districtType;
  if (unit.kind === 'coordinationCouncil') {
    const level = councilLevelFor(parentKind);
    if (level) unit.level = level;
  } else delete unit.level;
}

/**
 * Adds a unit under `parentId` (undefined: at the top, only for the root
 * office and external bodies). Refuses kinds the law does not put there.
 * @example
 * const r = addUnit(doc, 'gpo', 'oblast', { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Oblast' });
 * if (r.ok) select(r.created?.[0]);
 */
export function addUnit(
  doc: OrgDocument,
  parentId: UnitId | undefined,
  kind: UnitKind,
  name: LocalizedText,
  id?: UnitId,
  options: OperationOptions & { attributes?: UnitAttributes } = {},
): OpResult {
  const bad = checkText(name, 'name') ?? checkPlacement(doc, kind, parentId);
  if (bad) return bad;
  const newId = id ?? (options.idGen ?? sequentialIds)(kind, (x) => isIdTaken(doc, x));
  const idBad = checkNewId(doc, newId);
  if (idBad) return idBad;
  const unit: Unit = { id: newId, kind, name: { ...name } };
  if (parentId !== undefined) unit.parentId = parentId;
  const attrs = options.attributes ?? {};
  if (attrs.oblastType !== undefined) unit.oblastType = attrs.oblastType;
  if (attrs.districtType !== undefined) unit.districtType = attrs.districtType;
  if (attrs.level !== undefined) unit.level = attrs.level;
  const parentKind = getUnit(doc, parentId)?.kind;
  const attrBad = checkAttributes(unit, parentKind);
  if (attrBad) return attrBad;
  normaliseAttributes(unit, parentKind);
  if (!unitSchema.safeParse(unit).success) return invalidUnit(newId);
  return applyRecipe(doc, (d) => {
    d.units[newId] = unit;
  }, [newId]);
}

function invalidUnit(id: UnitId): OpResult {
  return refuse('invalidUnit', {
    kk: `"${id}" бөлімшесінің деректері жарамсыз`,
    ru: `Данные подразделения "${id}" недопустимы`,
    en: `The data of unit "${id}" are not valid`,
  }, undefined, { id });
}

export function renameUnit(doc: OrgDocument, id: UnitId, name: LocalizedText): OpResult {
  if (!getUnit(doc, id)) return unitNotFound(id);
  const bad = checkText(name, 'name');
  if (bad) return bad;
  return applyRecipe(doc, (d) => {
    const u = d.units[id];
    u.name.kk = name.kk;
    u.name.ru = name.ru;
    u.name.en = name.en;
  });
}

/** Sets (or with `undefined` clears) the title of the unit's head. */
export function setHead(doc: OrgDocument, id: UnitId, head: LocalizedText | undefined): OpResult {
  if (!getUnit(doc, id)) return unitNotFound(id);
  if (head) {
    const bad = checkText(head, 'head');
    if (bad) return bad;
  }
  return applyRecipe(doc, (d) => {
    const u = d.units[id];
    if (head) u.head = { kk: head.kk, ru: head.ru, en: head.en };
    else delete u.head;
  });
}

/** Sets free notes; an empty string or `undefined` clears them. */
export function setNotes(doc: OrgDocument, id: UnitId, notes: string | undefined): OpResult {
  if (!getUnit(doc, id)) return unitNotFound(id);
  if (notes) {
    const probe = unitSchema.shape.notes.safeParse(notes);
    if (!probe.success) {
      const why = probe.error.issues[0]?.message ?? 'invalid';
      return refuse('invalidText', { kk: `Жазба жарамсыз: ${why}`, ru: `Заметка недопустима: ${why}`, en: `The notes are not valid: ${why}` }, undefined, { field: 'notes', why });
    }
  }
  return applyRecipe(doc, (d) => {
    const u = d.units[id];
    if (notes) u.notes = notes;
    else delete u.notes;
  });
}

function checkAttributes(unit: Unit, parentKind: UnitKind | undefined): OpResult | undefined {
  const wrong = (attr: string) =>
    refuse('attributeNotApplicable', {
      kk: `«${attr}» белгісі ${kindLabel(unit.kind).kk} түріне қатысты емес`,
      ru: `Признак «${attr}» не относится к виду «${kindLabel(unit.kind).ru}»`,
      en: `The attribute "${attr}" does not apply to a ${kindLabel(unit.kind).en}`,
    }, undefined, { attribute: attr, kind: unit.kind });
  if (unit.oblastType !== undefined && unit.kind !== 'oblast') return wrong('oblastType');
  if (unit.districtType !== undefined && unit.kind !== 'district') return wrong('districtType');
  if (unit.level !== undefined && unit.kind !== 'coordinationCouncil') return wrong('level');
  const expected = councilLevelFor(parentKind);
  if (unit.kind === 'coordinationCouncil' && unit.level && expected && unit.level !== expected) {
    const want = COUNCIL_LEVEL_LABELS[expected];
    return refuse('levelMismatch', {
      kk: `Бұл жердегі кеңестің деңгейі — «${want.kk}»`,
      ru: `Совет на этом месте имеет уровень «${want.ru}»`,
      en: `A council at this place is "${want.en}"`,
    }, 'org.coordinationCouncils', { level: unit.level, expected });
  }
  return undefined;
}

/**
 * Sets kind attributes (oblast type, district type, council level). A council's
 * level must match the office it sits at; `undefined` values are left alone.
 */
export function setAttributes(doc: OrgDocument, id: UnitId, attributes: UnitAttributes): OpResult {
  const unit = getUnit(doc, id);
  if (!unit) return unitNotFound(id);
  const next: Unit = { ...unit };
  if (attributes.oblastType !== undefined) next.oblastType = attributes.oblastType;
  if (attributes.districtType !== undefined) next.districtType = attributes.districtType;
  if (attributes.level !== undefined) next.level = attributes.level;
  const bad = checkAttributes(next, getUnit(doc, unit.parentId)?.kind);
  if (bad) return bad;
  if (!unitSchema.safeParse(next).success) return invalidUnit(id);
  return applyRecipe(doc, (d) => {
    const u = d.units[id];
    if (attributes.oblastType !== undefined) u.oblastType = attributes.oblastType;
    if (attributes.districtType !== undefined) u.districtType = attributes.districtType;
    if (attributes.level !== undefined) u.level = attributes.level;
  });
}

/**
 * Changes a unit's kind. Refused when the new kind may not sit where the unit
 * is, or when any child would be left under a kind that may not hold it.
 * Kind attributes follow (defaults set, foreign ones dropped; councils
 * below take the level of their new host).
 */
export function changeKind(doc: OrgDocument, id: UnitId, kind: UnitKind): OpResult {
  const unit = getUnit(doc, id);
  if (!unit) return unitNotFound(id);
  if (unit.kind === kind) return applyRecipe(doc, () => undefined);
  const bad = checkPlacement(doc, kind, unit.parentId, id);
  if (bad) return bad;
  const kids = childrenIndex(doc).get(id) ?? [];
  const misplaced = kids.map((k) => getUnit(doc, k) as Unit).filter((c) => !isAllowedUnder(c.kind, kind));
  if (misplaced.length) {
    const first = misplaced[0];
    const cn = names(first);
    const k = kindText(kind);
    return refuse('childrenMisplaced', {
      kk: `${k.kk} астында ${cn.kk} тұра алмайды (барлығы ${misplaced.length} бөлімше): алдымен оларды басқа жерге ауыстырыңыз`,
      ru: `Под видом «${k.ru}» не может стоять ${cn.ru} (всего подразделений: ${misplaced.length}): сначала перенесите их`,
      en: `${cn.en} cannot sit under a ${k.en} (${misplaced.length} unit(s) in all): move them first`,
    }, 'org.system', { kind, count: misplaced.length, childId: first.id, allowedChildren: allowedChildKinds(kind).join(',') });
  }
  const parentKind = getUnit(doc, unit.parentId)?.kind;
  return applyRecipe(doc, (d) => {
    const u = d.units[id];
    u.kind = kind;
    normaliseAttributes(u, parentKind);
    for (const k of kids) {
      const c = d.units[k];
      if (c.kind === 'coordinationCouncil') normaliseAttributes(c, kind);
    }
  });
}

/**
 * Moves a unit (with everything below it) under another parent. Refused when
 * the new parent is the unit itself or below it (a loop), or when the kind may
 * not sit there.
 */
export function reparent(doc: OrgDocument, id: UnitId, newParentId: UnitId | undefined): OpResult {
  const unit = getUnit(doc, id);
  if (!unit) return unitNotFound(id);
  if (unit.parentId === newParentId) return applyRecipe(doc, () => undefined);
  if (newParentId !== undefined && (newParentId === id || descendants(doc, id).includes(newParentId))) {
    const n = names(unit);
    const pn = names(getUnit(doc, newParentId), newParentId);
    return refuse('cycle', {
      kk: `${n.kk} өзінің ішіндегі ${pn.kk} астына ауыстырылмайды: бағыну тізбегі тұйықталар еді`,
      ru: `${n.ru} нельзя перенести под ${pn.ru}, стоящую ниже неё: цепочка подчинения замкнулась бы`,
      en: `${n.en} cannot move under ${pn.en}, which is below it: subordination would loop`,
    }, 'common.subordination', { id, parentId: newParentId });
  }
  const bad = checkPlacement(doc, unit.kind, newParentId, id);
  if (bad) return bad;
  const parentKind = getUnit(doc, newParentId)?.kind;
  return applyRecipe(doc, (d) => {
    const u = d.units[id];
    if (newParentId === undefined) delete u.parentId;
    else u.parentId = newParentId;
    normaliseAttributes(u, parentKind);
  });
}

/** Pins a unit where the user dropped it; re-layout keeps it there. */
export function pinPosition(doc: OrgDocument, id: UnitId, position: Position): OpResult {
  if (!getUnit(doc, id)) return unitNotFound(id);
  if (!unitSchema.shape.position.safeParse(position).success) {
    return refuse('invalidPosition', {
      kk: 'Орын жарамсыз: шектеулі сандар керек',
      ru: 'Недопустимая позиция: нужны конечные числа в разумных пределах',
      en: 'Invalid position: finite numbers within range are needed',
    }, undefined, { x: Number.isFinite(position.x) ? position.x : null, y: Number.isFinite(position.y) ? position.y : null });
  }
  return applyRecipe(doc, (d) => {
    (d.units[id]).position = { x: position.x, y: position.y };
  });
}

export function unpinPosition(doc: OrgDocument, id: UnitId): OpResult {
  if (!getUnit(doc, id)) return unitNotFound(id);
  return applyRecipe(doc, (d) => {
    delete (d.units[id]).position;
  });
}

/**
 * Sets the legal edition the document follows (models/law/editions). The units
 * stay as they are: a Senate left in a 2026 document is the rules' finding, not
 * a refusal, so the user sees what the switch changes.
 */
export function setEdition(doc: OrgDocument, edition: EditionId): OpResult {
  if (!isEditionId(edition)) {
    const e = String(edition);
    return refuse('invalidEdition', { kk: `«${e}» — белгісіз редакция`, ru: `«${e}» — неизвестная редакция`, en: `"${e}" is not a known edition` }, undefined, { edition: e });
  }
  return applyRecipe(doc, (d) => {
    d.edition = edition;
  });
}

export function setTitle(doc: OrgDocument, title: LocalizedText): OpResult {
  const bad = checkText(title, 'title');
  if (bad) return bad;
  return applyRecipe(doc, (d) => {
    d.title = { kk: title.kk, ru: title.ru, en: title.en };
  });
}
