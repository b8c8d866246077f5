/**
 * The unit kinds as data: how each is drawn (its family), what it is called,
 * whether it stands outside the prosecution's tree, and under which kinds it
 * may sit. `ALLOWED_PARENTS` is the single placement table: the rules, the
 * operations and the editor's kind picker all read it.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import { UNIT_KINDS, type CouncilLevel, type UnitKind } from './types';

/** The drawing family of a kind (one colour/shape per family in the editor). */
export type KindFamily =
  | 'generalOffice'
  | 'departmental'
  | 'academy'
  | 'military'
  | 'transport'
  | 'oblast'
  | 'district'
  | 'council'
  | 'collegium'
  | 'external'
  | 'gpoInternal';

export interface KindInfo {
  kind: UnitKind;
  family: KindFamily;
  label: LocalizedText;
  /** President, Senate, Kurultai, other state bodies: outside the subordination tree (no parent, no children). */
  external: boolean;
  /**
   * Kinds this kind may sit under. Empty for the root (generalOffice) and for
   * external kinds, which have no parent at all.
   */
  parents: readonly UnitKind[];
  /** The provision that places the kind. */
  citation: CitationId;
}

const COUNCIL_HOSTS = ['generalOffice', 'oblast', 'militaryChief', 'transportChief'] as const satisfies readonly UnitKind[];
const MEETING_HOSTS = ['district', 'militaryRegional', 'militaryGarrison', 'transportRegional'] as const satisfies readonly UnitKind[];

/** The kind table (domain.md §3, §8; CL art. 5, 7, 11–16, 28, 30). */
export const KINDS: { readonly [K in UnitKind]: KindInfo & { kind: K } } = {
  president: {
    kind: 'president', family: 'external', external: true, parents: [], citation: 'org.accountability',
    label: { kk: 'Президент', ru: 'Президент', en: 'President' },
  },
  senate: {
    kind: 'senate', family: 'external', external: true, parents: [], citation: 'org.accountability',
    label: { kk: 'Парламент Сенаты', ru: 'Сенат Парламента', en: 'Senate' },
  },
  kurultai: {
    kind: 'kurultai', family: 'external', external: true, parents: [], citation: 'constitution2026.kurultai',
    label: { kk: 'Құрылтай', ru: 'Курултай', en: 'Kurultai' },
  },
  agency: {
    kind: 'agency', family: 'external', external: true, parents: [], citation: 'org.accountability',
    label: { kk: 'Мемлекеттік орган', ru: 'Государственный орган', en: 'State body' },
  },
  generalOffice: {
    kind: 'generalOffice', family: 'generalOffice', external: false, parents: [], citation: 'org.generalOffice',
    label: { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: 'General Prosecutor\'s Office' },
  },
  gpoPost: {
    kind: 'gpoPost', family: 'gpoInternal', external: false, parents: ['generalOffice'], citation: 'org.generalOffice',
    label: { kk: 'Бас Прокурордың орынбасары', ru: 'Заместитель Генерального Прокурора', en: 'Deputy General Prosecutor' },
  },
  apparatus: {
    kind: 'apparatus', family: 'gpoInternal', external: false, parents: ['generalOffice'], citation: 'org.generalOffice',
    label: { kk: 'Бас Прокурордың Аппараты', ru: 'Аппарат Генерального Прокурора', en: 'Apparatus of the General Prosecutor' },
  },
  gpoDepartment: {
    kind: 'gpoDepartment', family: 'gpoInternal', external: false, parents: ['generalOffice', 'apparatus', 'gpoDepartment'], citation: 'org.generalOffice',
    label: { kk: 'Бас прокуратураның құрылымдық бөлімшесі', ru: 'Структурное подразделение Генеральной прокуратуры', en: 'GPO structural unit' },
  },
  committee: {
    kind: 'committee', family: 'departmental', external: false, parents: ['generalOffice'], citation: 'org.committee',
    label: { kk: 'Прокуратура органдарының ведомствосы', ru: 'Ведомство органов прокуратуры', en: 'Departmental body' },
  },
  committeeTerritorial: {
    kind: 'committeeTerritorial', family: 'departmental', external: false, parents: ['committee'], citation: 'org.committee',
    label: { kk: 'Ведомствоның аумақтық органы', ru: 'Территориальный орган ведомства', en: 'Territorial body of the departmental body' },
  },
  academy: {
    kind: 'academy', family: 'academy', external: false, parents: ['generalOffice'], citation: 'org.academy',
    label: { kk: 'Құқық қорғау органдары академиясы', ru: 'Академия правоохранительных органов', en: 'Law Enforcement Academy' },
  },
  militaryChief: {
    kind: 'militaryChief', family: 'military', external: false, parents: ['generalOffice'], citation: 'org.military',
    label: { kk: 'Бас әскери прокуратура', ru: 'Главная военная прокуратура', en: 'Chief Military Prosecutor\'s Office' },
  },
  militaryRegional: {
    kind: 'militaryRegional', family: 'military', external: false, parents: ['militaryChief'], citation: 'org.military',
    label: { kk: 'Өңірдің әскери прокуратурасы', ru: 'Военная прокуратура региона', en: 'Regional military prosecutor\'s office' },
  },
  militaryGarrison: {
    kind: 'militaryGarrison', family: 'military', external: false, parents: ['militaryRegional'], citation: 'org.military',
    label: { kk: 'Гарнизонның әскери прокуратурасы', ru: 'Военная прокуратура гарнизона', en: 'Garrison military prosecutor\'s office' },
  },
  transportChief: {
    kind: 'transportChief', family: 'transport', external: false, parents: ['generalOffice'], citation: 'org.transport',
    label: { kk: 'Бас көлік прокуратурасы', ru: 'Главная транспортная прокуратура', en: 'Chief Transport Prosecutor\'s Office' },
  },
  transportRegional: {
    kind: 'transportRegional', family: 'transport', external: false, parents: ['transportChief'], citation: 'org.transport',
    label: { kk: 'Өңірлік көлік прокуратурасы', ru: 'Региональная транспортная прокуратура', en: 'Regional transport prosecutor\'s office' },
  },
  oblast: {
    kind: 'oblast', family: 'oblast', external: false, parents: ['generalOffice'], citation: 'org.oblast',
    label: { kk: 'Облыс прокуратурасы', ru: 'Прокуратура области', en: 'Oblast prosecutor\'s office' },
  },
  district: {
    kind: 'district', family: 'district', external: false, parents: ['oblast'], citation: 'org.district',
    label: { kk: 'Аудандық прокуратура', ru: 'Районная прокуратура', en: 'District prosecutor\'s office' },
  },
  coordinationCouncil: {
    kind: 'coordinationCouncil', family: 'council', external: false, parents: COUNCIL_HOSTS, citation: 'org.coordinationCouncils',
    label: { kk: 'Үйлестіру кеңесі', ru: 'Координационный совет', en: 'Coordination Council' },
  },
  collegium: {
    kind: 'collegium', family: 'collegium', external: false,
    parents: ['generalOffice', 'oblast', 'militaryChief', 'transportChief', 'committee'], citation: 'org.collegium',
    label: { kk: 'Алқа', ru: 'Коллегия', en: 'Collegium' },
  },
  interdepartmentalMeeting: {
    kind: 'interdepartmentalMeeting', family: 'council', external: false, parents: MEETING_HOSTS, citation: 'org.coordinationCouncils',
    label: { kk: 'Ведомствоаралық кеңес', ru: 'Межведомственное совещание', en: 'Interdepartmental meeting' },
  },
};

/** The kind that may stand at the root of the tree (no parent, not external). */
export const ROOT_KIND = 'generalOffice' satisfies UnitKind;

export function kindInfo(kind: UnitKind): KindInfo {
  return KINDS[kind];
}

export function isExternalKind(kind: UnitKind): boolean {
  return KINDS[kind].external;
}

export function kindFamily(kind: UnitKind): KindFamily {
  return KINDS[kind].family;
}

export function kindLabel(kind: UnitKind): LocalizedText {
  return KINDS[kind].label;
}

/** Collegial bodies: the only kinds a `councilMember` / `councilChair` relation may point at. */
export const COLLEGIAL_KINDS: readonly UnitKind[] = ['coordinationCouncil', 'collegium', 'interdepartmentalMeeting'];

export function isCollegialKind(kind: UnitKind): boolean {
  return COLLEGIAL_KINDS.includes(kind);
}

const CHILDREN: ReadonlyMap<UnitKind, readonly UnitKind[]> = (() => {
  const m = new Map<UnitKind, UnitKind[]>(UNIT_KINDS.map((k) => [k, []]));
  for (const k of UNIT_KINDS) for (const p of KINDS[k].parents) m.get(p)?.push(k);
  return m;
})();

/**
 * Kinds that may be placed directly under a unit of `parentKind`, in table order
 * (the editor's kind picker).
 * @example allowedChildKinds('oblast') // ['district', 'coordinationCouncil', 'collegium']
 */
export function allowedChildKinds(parentKind: UnitKind): UnitKind[] {
  return [...(CHILDREN.get(parentKind) ?? [])];
}

/**
 * Whether a unit of `childKind` may sit under a unit of `parentKind`;
 * `undefined` asks whether it may stand without a parent (only the root kind
 * and external kinds may).
 * @example isAllowedUnder('district', 'oblast') // true
 * @example isAllowedUnder('generalOffice', undefined) // true
 */
export function isAllowedUnder(childKind: UnitKind, parentKind: UnitKind | undefined): boolean {
  const info = KINDS[childKind];
  if (parentKind === undefined) return info.external || childKind === ROOT_KIND;
  return info.parents.includes(parentKind);
}

/** The council level a coordination council must have when it sits under `hostKind`. */
export function councilLevelFor(hostKind: UnitKind | undefined): CouncilLevel | undefined {
  switch (hostKind) {
    case 'generalOffice':
      return 'republican';
    case 'oblast':
      return 'regional';
    case 'militaryChief':
      return 'military';
    case 'transportChief':
      return 'transport';
    default:
      return undefined;
  }
}

export const COUNCIL_LEVEL_LABELS: Record<CouncilLevel, LocalizedText> = {
  republican: { kk: 'республикалық', ru: 'республиканский', en: 'republican' },
  regional: { kk: 'өңірлік', ru: 'региональный', en: 'regional' },
  military: { kk: 'әскери', ru: 'военный', en: 'military' },
  transport: { kk: 'көлік', ru: 'транспортный', en: 'transport' },
};
