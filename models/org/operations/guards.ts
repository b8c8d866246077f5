/** Shared preconditions of the operations, each returning a refusal or undefined. */
import type { LocalizedText } from '../../law/types';
import { isAllowedUnder, isExternalKind, KINDS } from '../kinds';
import { getUnit } from '../queries';
import { idSchema, localizedTextSchema } from '../schema';
import type { OrgDocument, Unit, UnitId, UnitKind } from '../types';
import { kindList, kindText, names } from '../rules/text';
import { refuse, type OpRefusal } from './result';

export function unitNotFound(id: UnitId): OpRefusal {
  return refuse('unitNotFound', {
    kk: `"${id}" бөлімшесі жоқ`,
    ru: `Подразделения "${id}" нет`,
    en: `There is no unit "${id}"`,
  }, undefined, { id });
}

export function isIdTaken(doc: OrgDocument, id: string): boolean {
  return getUnit(doc, id) !== undefined || doc.relations.some((r) => r.id === id);
}

/** A new id must be well-formed and not used by any unit or relation. */
export function checkNewId(doc: OrgDocument, id: string): OpRefusal | undefined {
  if (!idSchema.safeParse(id).success) {
    return refuse('invalidId', {
      kk: `"${id}" идентификатор бола алмайды: 1–100 әріп, сан, «_», «.», «:» немесе «-»`,
      ru: `"${id}" не годится как идентификатор: 1–100 букв, цифр, «_», «.», «:» или «-»`,
      en: `"${id}" is not a valid id: 1–100 letters, digits, "_", ".", ":" or "-"`,
    }, undefined, { id });
  }
  if (isIdTaken(doc, id)) {
    return refuse('idTaken', {
      kk: `"${id}" идентификаторы бос емес`,
      ru: `Идентификатор "${id}" уже занят`,
      en: `The id "${id}" is already taken`,
    }, undefined, { id });
  }
  return undefined;
}

/** Names and head titles: plain text of sane length in all three languages. */
export function checkText(text: LocalizedText, field: string): OpRefusal | undefined {
  const r = localizedTextSchema.safeParse(text);
  if (r.success) return undefined;
  const why = r.error.issues[0]?.message ?? 'invalid';
  return refuse('invalidText', {
    kk: `«${field}» жарамсыз: ${why}`,
    ru: `Поле «${field}» недопустимо: ${why}`,
    en: `The ${field} is not valid: ${why}`,
  }, undefined, { field, why });
}

/**
 * Whether a unit of `kind` may be placed under `parentId` (undefined: at the
 * top), given the table in kinds.ts and the one-root rule.
 */
export function checkPlacement(doc: OrgDocument, kind: UnitKind, parentId: UnitId | undefined, self?: UnitId): OpRefusal | undefined {
  const parent = parentId === undefined ? undefined : getUnit(doc, parentId);
  if (parentId !== undefined && !parent) {
    return refuse('parentNotFound', {
      kk: `"${parentId}" жоғары тұрған бөлімшесі жоқ`,
      ru: `Вышестоящего подразделения "${parentId}" нет`,
      en: `There is no parent unit "${parentId}"`,
    }, 'common.subordination', { parentId });
  }
  if (parent && isExternalKind(parent.kind)) {
    const pn = names(parent);
    return refuse('externalParent', {
      kk: `${pn.kk} прокуратура жүйесінен тыс: оның астына бөлімше қоюға болмайды`,
      ru: `${pn.ru} вне системы прокуратуры: под неё нельзя ставить подразделения`,
      en: `${pn.en} is outside the prosecution system: no unit can be placed under it`,
    }, 'org.accountability', { parentId: parent.id });
  }
  if (!isAllowedUnder(kind, parent?.kind)) {
    const k = kindText(kind);
    const allowed = kindList(KINDS[kind].parents);
    if (!parent) {
      return refuse('kindNotAllowed', isExternalKind(kind) ? {
        kk: `${k.kk} ешкімге бағынбайды`, ru: `${k.ru} никому не подчиняется`, en: `The ${k.en} answers to no unit`,
      } : {
        kk: `${k.kk} жоғары тұрған бөлімшесіз тұра алмайды; оның орны: ${allowed.kk}`,
        ru: `${k.ru} не может стоять без вышестоящего; её место под: ${allowed.ru}`,
        en: `A ${k.en} needs a parent; it belongs under: ${allowed.en}`,
      }, KINDS[kind].citation, { kind, parentKind: null });
    }
    const pn = names(parent);
    const pk = kindText(parent.kind);
    if (kind === 'generalOffice') {
      return refuse('kindNotAllowed', {
        kk: `Бас прокуратура жүйені басқарады және ${pn.kk} астында тұра алмайды`,
        ru: `Генеральная прокуратура возглавляет систему и не может стоять под ${pn.ru}`,
        en: `The General Prosecutor's Office heads the system and cannot sit under ${pn.en}`,
      }, 'org.system', { kind, parentKind: parent.kind });
    }
    return refuse('kindNotAllowed', isExternalKind(kind) ? {
      kk: `${k.kk} прокуратура жүйесінен тыс және ${pn.kk} астында тұра алмайды`,
      ru: `${k.ru} вне системы прокуратуры и не может стоять под ${pn.ru}`,
      en: `The ${k.en} is outside the prosecution system and cannot sit under ${pn.en}`,
    } : {
      kk: `${k.kk} ${pn.kk} (${pk.kk}) астында тұра алмайды; оның орны: ${allowed.kk}`,
      ru: `${k.ru} не может стоять под ${pn.ru} (${pk.ru}); её место под: ${allowed.ru}`,
      en: `A ${k.en} cannot sit under ${pn.en} (${pk.en}); it belongs under: ${allowed.en}`,
    }, KINDS[kind].citation, { kind, parentKind: parent.kind });
  }
  if (kind === 'generalOffice') {
    const other = Object.values(doc.units).find((u: Unit) => u.kind === 'generalOffice' && u.id !== self);
    if (other) {
      const on = names(other);
      return refuse('secondRoot', {
        kk: `Бас прокуратура біреу ғана: ${on.kk} бар`,
        ru: `Генеральная прокуратура одна: уже есть ${on.ru}`,
        en: `There is one General Prosecutor's Office: ${on.en} already exists`,
      }, 'org.generalOffice', { existing: other.id });
    }
  }
  return undefined;
}
