/**
 * Role-to-unit questions the procedures ask of the org chart: which prosecutor heads a unit of a
 * kind, the unit a run's prosecutor stands for, who is higher, who may suspend an act. Pure: no
 * React, no DOM. The role list is the one scenario files use (design.md, "inspection").
 */
import { z } from 'zod';
import type { LocalizedText } from '../law/types';
import { ancestors } from './queries';
import type { OrgDocument, UnitId, UnitKind } from './types';

/** The roles of the prosecution (and the President) a scenario's input may name. */
export const PROSECUTOR_ROLES = [
  'president',
  'generalProsecutor',
  'deputyGeneralProsecutor',
  'gpoUnitHead',
  'committeeChair',
  'committeeTerritorialHead',
  'chiefMilitaryProsecutor',
  'chiefTransportProsecutor',
  'militaryRegionalProsecutor',
  'garrisonMilitaryProsecutor',
  'transportRegionalProsecutor',
  'regionalProsecutor',
  'deputyRegionalProsecutor',
  'districtProsecutor',
  'staffProsecutor',
] as const;
export type ProsecutorRole = (typeof PROSECUTOR_ROLES)[number];
/** A role as a scenario's input names it. */
export const prosecutorRoleSchema = z.enum(PROSECUTOR_ROLES);

export const ROLE_LABELS: Record<ProsecutorRole, LocalizedText> = {
  president: { kk: 'Президент', ru: 'Президент', en: 'President' },
  generalProsecutor: { kk: 'Бас Прокурор', ru: 'Генеральный Прокурор', en: 'General Prosecutor' },
  deputyGeneralProsecutor: { kk: 'Бас Прокурордың орынбасары', ru: 'Заместитель Генерального Прокурора', en: 'Deputy General Prosecutor' },
  gpoUnitHead: { kk: 'Бас прокуратура бөлімшесінің басшысы', ru: 'Руководитель подразделения ГП', en: 'Head of a GPO unit' },
  committeeChair: { kk: 'Комитет төрағасы', ru: 'Председатель Комитета', en: 'Chair of the Committee' },
  committeeTerritorialHead: { kk: 'Комитеттің аумақтық органының басшысы', ru: 'Руководитель территориального органа Комитета', en: 'Head of a territorial body of the Committee' },
  chiefMilitaryProsecutor: { kk: 'Бас әскери прокурор', ru: 'Главный военный прокурор', en: 'Chief Military Prosecutor' },
  chiefTransportProsecutor: { kk: 'Бас көлік прокуроры', ru: 'Главный транспортный прокурор', en: 'Chief Transport Prosecutor' },
  militaryRegionalProsecutor: { kk: 'Өңірлік әскери прокурор', ru: 'Военный прокурор региона', en: 'Regional military prosecutor' },
  garrisonMilitaryProsecutor: { kk: 'Гарнизонның әскери прокуроры', ru: 'Военный прокурор гарнизона', en: 'Garrison military prosecutor' },
  transportRegionalProsecutor: { kk: 'Өңірлік көлік прокуроры', ru: 'Транспортный прокурор региона', en: 'Regional transport prosecutor' },
  regionalProsecutor: { kk: 'Облыс прокуроры', ru: 'Прокурор области', en: 'Oblast prosecutor' },
  deputyRegionalProsecutor: { kk: 'Облыс прокурорының орынбасары', ru: 'Заместитель прокурора области', en: 'Deputy oblast prosecutor' },
  districtProsecutor: { kk: 'Аудан прокуроры', ru: 'Прокурор района', en: 'District prosecutor' },
  staffProsecutor: { kk: 'Прокурор (қызметкер)', ru: 'Прокурор (сотрудник)', en: 'Staff prosecutor' },
};

/** The prosecutor who heads a unit of this kind (clicking a unit on the diagram picks the role). */
export const ROLE_OF_KIND: Partial<Record<UnitKind, ProsecutorRole>> = {
  president: 'president',
  generalOffice: 'generalProsecutor',
  gpoPost: 'deputyGeneralProsecutor',
  gpoDepartment: 'gpoUnitHead',
  apparatus: 'gpoUnitHead',
  committee: 'committeeChair',
  committeeTerritorial: 'committeeTerritorialHead',
  militaryChief: 'chiefMilitaryProsecutor',
  militaryRegional: 'militaryRegionalProsecutor',
  militaryGarrison: 'garrisonMilitaryProsecutor',
  transportChief: 'chiefTransportProsecutor',
  transportRegional: 'transportRegionalProsecutor',
  oblast: 'regionalProsecutor',
  district: 'districtProsecutor',
};

/** The role of the head of a unit, or undefined for a unit no prosecutor heads. */
export function roleOfUnit(doc: OrgDocument, unitId: UnitId): ProsecutorRole | undefined {
  const kind = doc.units[unitId]?.kind;
  return kind === undefined ? undefined : ROLE_OF_KIND[kind];
}

/** The unit a run's prosecutor stands for: its own unitId, else the first unit whose kind has that role. */
export function unitOfRole(doc: OrgDocument, role: ProsecutorRole, unitId?: UnitId): UnitId | undefined {
  if (unitId && doc.units[unitId]) return unitId;
  const deputyOf: Partial<Record<ProsecutorRole, ProsecutorRole>> = { deputyRegionalProsecutor: 'regionalProsecutor', staffProsecutor: 'districtProsecutor' };
  const wanted = deputyOf[role] ?? role;
  return Object.values(doc.units).find((u) => ROLE_OF_KIND[u.kind] === wanted)?.id;
}

/** The prosecution offices above a unit, nearest first (external bodies such as the President left out). */
export function higherProsecutors(doc: OrgDocument, unitId: UnitId): UnitId[] {
  return ancestors(doc, unitId).filter((id) => {
    const kind = doc.units[id]?.kind;
    return kind !== undefined && ROLE_OF_KIND[kind] !== undefined && kind !== 'president';
  });
}

/**
 * Who may suspend a protested act until it is decided (CL art. 33.5): the GP, Deputy GPs, heads of
 * military and transport prosecution bodies, oblast (and equivalent) and district (and equivalent)
 * prosecutors. The seed names the heads only: a deputy oblast prosecutor is not on the list.
 */
export const SUSPENDING_ROLES: readonly ProsecutorRole[] = [
  'generalProsecutor',
  'deputyGeneralProsecutor',
  'chiefMilitaryProsecutor',
  'chiefTransportProsecutor',
  'militaryRegionalProsecutor',
  'garrisonMilitaryProsecutor',
  'transportRegionalProsecutor',
  'regionalProsecutor',
  'districtProsecutor',
];

/** True when the role may suspend a protested act (CL art. 33.5). */
export function isSuspendingRole(role: ProsecutorRole): boolean {
  return SUSPENDING_ROLES.includes(role);
}

/**
 * Who may order forced bringing by a reasoned resolution (seed l. 5169–5181): the GP and deputies, heads of the
 * Committee and its territorial bodies, of military and transport prosecution bodies, oblast and district
 * (and equivalent) prosecutors and the deputies the role list has. Not the President, a GPO unit head or
 * a staff prosecutor.
 */
/** The roles the manual leaves out of ordering forced bringing; every other role of the list may. */
const NOT_ORDERING_BRINGING: readonly ProsecutorRole[] = ['president', 'gpoUnitHead', 'staffProsecutor'];
export const BRINGING_ORDER_ROLES: readonly ProsecutorRole[] = PROSECUTOR_ROLES.filter((r) => !NOT_ORDERING_BRINGING.includes(r));
