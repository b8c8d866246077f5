/**
 * Building blocks shared by the templates. Each adds one part of the system
 * (domain.md §3, §8) to a builder; membership and appointment relations are
 * only drawn to units that are present, so the classroom template can reuse
 * the same blocks on a subset while keeping the national ids.
 */
import type { EditionId } from '../../law/editions';
import type { LocalizedText } from '../../law/types';
import type { CouncilLevel, UnitId } from '../types';
import { PARLIAMENT } from '../parliament';
import { AGENCIES, agencyId, type AgencyKey } from './agencies';
import { t, type OrgBuilder } from './builder';
import type { DistrictData, MilitaryRegionSlug, RegionData, TransportRegionSlug } from './regions';

export const PRESIDENT = 'president';
export const SENATE = 'senate';
export const KURULTAI = 'kurultai';
export const GPO = 'gpo';
export const COMMITTEE = 'committee';
export const ACADEMY = 'academy';
export const MILITARY_CHIEF = 'military-chief';
export const TRANSPORT_CHIEF = 'transport-chief';

export const oblastId = (slug: string): UnitId => `oblast-${slug}`;
export const districtId = (region: string, slug: string): UnitId => `district-${region}-${slug}`;
export const militaryId = (slug: MilitaryRegionSlug): UnitId => `military-${slug}`;
export const garrisonId = (slug: string): UnitId => `garrison-${slug}`;
export const transportId = (slug: TransportRegionSlug): UnitId => `transport-${slug}`;
export const councilId = (slug: string): UnitId => `council-${slug}`;
export const collegiumId = (slug: string): UnitId => `collegium-${slug}`;
export const meetingId = (host: UnitId): UnitId => `meeting-${host}`;

/** Adds the President and the parliament of the edition: the Senate (2023) or the Kurultai (2026). */
export function addStateTop(b: OrgBuilder, edition: EditionId = '2023'): void {
  b.unit({
    id: PRESIDENT, kind: 'president',
    name: t('Қазақстан Республикасының Президенті', 'Президент Республики Казахстан', 'President of the Republic of Kazakhstan'),
    head: t('Қазақстан Республикасының Президенті', 'Президент Республики Казахстан', 'President of the Republic of Kazakhstan'),
  });
  const p = PARLIAMENT[edition];
  b.unit({ id: edition === '2026' ? KURULTAI : SENATE, kind: p.kind, name: p.name, head: p.head, notes: p.notes });
}

export function addAgencies(b: OrgBuilder, keys: readonly AgencyKey[]): void {
  for (const key of keys) b.unit({ id: agencyId(key), kind: 'agency', name: AGENCIES[key].name, head: AGENCIES[key].head });
}

export interface GpoOptions {
  /** The edition the appointment follows (default 2023: the Senate's consent, 5 years). */
  edition?: EditionId;
  /** How many Deputies besides the First Deputy (ids `gpo-deputy-1`…); 0 for none. */
  deputies: number;
  firstDeputy: boolean;
  departments: readonly DepartmentSlug[];
}

const DEPARTMENTS = {
  'public-interest': {
    name: t('Қоғамдық мүдделерді қорғау қызметі', 'Служба по защите общественных интересов', 'Service for the Protection of Public Interests'),
    head: t('Қызмет бастығы', 'Начальник Службы', 'Head of the Service'),
  },
  'criminal-prosecution': {
    name: t('Қылмыстық қудалау қызметі', 'Служба уголовного преследования', 'Criminal Prosecution Service'),
    head: t('Қызмет бастығы', 'Начальник Службы', 'Head of the Service'),
  },
  'state-in-court': {
    name: t('Сотта мемлекет мүддесін білдіру қызметі', 'Служба по представлению интересов государства в суде', 'Service for Representing the State in Court'),
    head: t('Қызмет бастығы', 'Начальник Службы', 'Head of the Service'),
  },
  'penal-system': {
    name: t('Қылмыстық-атқару жүйесіндегі заңдылықты қадағалау қызметі', 'Служба надзора за законностью в уголовно-исполнительной системе', 'Service for Supervision of Legality in the Penal System'),
    head: t('Қызмет бастығы', 'Начальник Службы', 'Head of the Service'),
  },
  'international': {
    name: t('Халықаралық ынтымақтастық департаменті', 'Департамент международного сотрудничества', 'Department of International Cooperation'),
    head: t('Департамент директоры', 'Директор Департамента', 'Director of the Department'),
  },
} as const satisfies Record<string, { name: LocalizedText; head: LocalizedText }>;
export type DepartmentSlug = keyof typeof DEPARTMENTS;
export const ALL_DEPARTMENTS = Object.keys(DEPARTMENTS) as DepartmentSlug[];

/**
 * The General Prosecutor's Office with its posts, Apparatus, departments and
 * collegium; the GP's appointment (President, consent of the Senate) and
 * accountability to the President (CL art. 7, 8, 30).
 */
export function addGeneralOffice(b: OrgBuilder, options: GpoOptions): void {
  const in2026 = options.edition === '2026';
  b.unit({
    id: GPO, kind: 'generalOffice',
    name: t('Қазақстан Республикасының Бас прокуратурасы', 'Генеральная прокуратура Республики Казахстан', "General Prosecutor's Office of the Republic of Kazakhstan"),
    head: t('Қазақстан Республикасының Бас Прокуроры', 'Генеральный Прокурор Республики Казахстан', 'General Prosecutor of the Republic of Kazakhstan'),
    ...(in2026 && {
      notes: 'Edition 2026: the President appoints the GP; the Kurultai\'s consent is UNVERIFIED (drawn, but an open question). No 5-year term; one appointment only (reported). Immunity: the President\'s consent instead of the Senate\'s (reported).',
    }),
  });
  b.relate('appointment', PRESIDENT, GPO, { consentOf: in2026 ? KURULTAI : SENATE });
  b.relate('accountability', GPO, PRESIDENT);

  const posts: UnitId[] = [];
  if (options.firstDeputy) {
    const name = t('Бас Прокурордың бірінші орынбасары', 'Первый заместитель Генерального Прокурора', 'First Deputy General Prosecutor');
    posts.push(b.unit({ id: 'gpo-first-deputy', kind: 'gpoPost', parentId: GPO, name, head: name }));
  }
  for (let i = 1; i <= options.deputies; i++) {
    // The Deputies share one title; the ids tell them apart.
    const name = t('Бас Прокурордың орынбасары', 'Заместитель Генерального Прокурора', 'Deputy General Prosecutor');
    posts.push(b.unit({ id: `gpo-deputy-${i}`, kind: 'gpoPost', parentId: GPO, name, head: name }));
  }
  for (const post of posts) b.relate('appointment', PRESIDENT, post);

  b.unit({
    id: 'gpo-apparatus', kind: 'apparatus', parentId: GPO,
    name: t('Бас Прокурордың Аппараты', 'Аппарат Генерального Прокурора', 'Apparatus of the General Prosecutor'),
    head: t('Аппарат басшысы', 'Руководитель Аппарата', 'Head of the Apparatus'),
    notes: 'Independent of the other units and directly subordinate to the General Prosecutor.',
  });

  options.departments.forEach((slug, i) => {
    const id = b.unit({ id: `gpo-${slug}`, kind: 'gpoDepartment', parentId: GPO, name: DEPARTMENTS[slug].name, head: DEPARTMENTS[slug].head });
    // Each deputy oversees a block of services (the distribution of duties is the GP's order; illustrative).
    const overseer = posts.length ? posts[i % posts.length] : undefined;
    if (overseer) b.relate('supervision', overseer, id);
  });
}

/** A collegium (CL art. 30) chaired by its host's head, with the given members. */
export function addCollegium(b: OrgBuilder, slug: string, host: UnitId, name: LocalizedText, members: readonly UnitId[]): UnitId {
  const id = b.unit({
    id: collegiumId(slug), kind: 'collegium', parentId: host, name,
    head: t('Алқа төрағасы', 'Председатель коллегии', 'Chair of the Collegium'),
    notes: 'Decides by a majority of the total number of its members (CL art. 30).',
  });
  b.relate('councilChair', host, id);
  for (const m of members) if (b.has(m)) b.relate('councilMember', m, id);
  return id;
}

export interface CouncilSpec {
  slug: string;
  host: UnitId;
  level: CouncilLevel;
  /** Genitive of the host office, for "Coordination Council at …". */
  at: LocalizedText;
  members: readonly UnitId[];
  invited: readonly UnitId[];
}

/** A Coordination Council (CL art. 28): chaired by the host office, permanent members, invited participants. */
export function addCouncil(b: OrgBuilder, spec: CouncilSpec): UnitId {
  const id = b.unit({
    id: councilId(spec.slug), kind: 'coordinationCouncil', parentId: spec.host, level: spec.level,
    name: t(`${spec.at.kk} жанындағы Үйлестіру кеңесі`, `Координационный совет при ${spec.at.ru}`, `Coordination Council at ${spec.at.en}`),
    head: t('Кеңес төрағасы', 'Председатель Совета', 'Chair of the Council'),
  });
  b.relate('councilChair', spec.host, id);
  for (const m of spec.members) if (b.has(m)) b.relate('councilMember', m, id);
  for (const m of spec.invited) if (b.has(m)) b.relate('councilMember', m, id, { invited: true });
  return id;
}

/** An interdepartmental meeting of a prosecutor below the council level (domain.md §8). */
export function addMeeting(b: OrgBuilder, host: UnitId, at: LocalizedText, members: readonly UnitId[]): UnitId {
  const id = b.unit({
    id: meetingId(host), kind: 'interdepartmentalMeeting', parentId: host,
    name: t(`${at.kk} жанындағы ведомствоаралық кеңес`, `Межведомственное совещание при ${at.ru}`, `Interdepartmental meeting at ${at.en}`),
    head: t('Кеңес төрағасы', 'Председатель совещания', 'Chair of the meeting'),
  });
  b.relate('councilChair', host, id);
  for (const m of members) if (b.has(m)) b.relate('councilMember', m, id);
  return id;
}

/** The Committee on Legal Statistics and Special Accounts (CL art. 11), head appointed by the President on the GP's proposal. */
export function addCommittee(b: OrgBuilder, regions: readonly RegionData[]): void {
  b.unit({
    id: COMMITTEE, kind: 'committee', parentId: GPO,
    name: t(
      'Бас прокуратураның Құқықтық статистика және арнайы есепке алу жөніндегі комитеті',
      'Комитет по правовой статистике и специальным учетам Генеральной прокуратуры',
      "Committee on Legal Statistics and Special Accounts of the General Prosecutor's Office",
    ),
    head: t('Комитет Төрағасы', 'Председатель Комитета', 'Chairman of the Committee'),
    notes: "The President appoints the Chairman on the General Prosecutor's proposal.",
  });
  b.relate('appointment', PRESIDENT, COMMITTEE);
  for (const r of regions) {
    b.unit({
      id: `committee-${r.slug}`, kind: 'committeeTerritorial', parentId: COMMITTEE,
      name: t(
        `Құқықтық статистика және арнайы есепке алу жөніндегі комитеттің ${r.kk} бойынша басқармасы`,
        `Управление Комитета по правовой статистике и специальным учетам по ${r.ruDat}`,
        `Department of the Committee on Legal Statistics and Special Accounts for ${r.en}`,
      ),
      head: t('Басқарма бастығы', 'Начальник Управления', 'Head of the Department'),
    });
  }
}

export function addAcademy(b: OrgBuilder): void {
  b.unit({
    id: ACADEMY, kind: 'academy', parentId: GPO,
    name: t('Бас прокуратура жанындағы Құқық қорғау органдары академиясы', 'Академия правоохранительных органов при Генеральной прокуратуре', "Law Enforcement Academy under the General Prosecutor's Office"),
    head: t('Академия бастығы', 'Начальник Академии', 'Head of the Academy'),
  });
  b.relate('appointment', GPO, ACADEMY, { consentOf: PRESIDENT });
}

export interface GarrisonData {
  slug: string;
  kk: string;
  /** Russian adjective stem: "Астанинск" + "ого". */
  ruStem: string;
  en: string;
}

export interface MilitaryRegionData {
  slug: MilitaryRegionSlug;
  kk: string;
  ru: string;
  en: string;
  garrisons: GarrisonData[];
}

const g = (slug: string, kk: string, ruStem: string, en: string): GarrisonData => ({ slug, kk, ruStem, en });

/** The military prosecution by regions (regional commands) and garrisons; the coverage is illustrative. */
export const MILITARY_REGIONS: readonly MilitaryRegionData[] = [
  { slug: 'astana', kk: 'Астана', ru: 'Астана', en: 'Astana', garrisons: [g('astana', 'Астана', 'Астанинск', 'Astana'), g('karaganda', 'Қарағанды', 'Карагандинск', 'Karaganda'), g('shchuchinsk', 'Щучинск', 'Щучинск', 'Shchuchinsk')] },
  { slug: 'east', kk: 'Шығыс', ru: 'Восток', en: 'East', garrisons: [g('semey', 'Семей', 'Семейск', 'Semey'), g('oskemen', 'Өскемен', 'Усть-Каменогорск', 'Oskemen'), g('ayagoz', 'Аягөз', 'Аягозск', 'Ayagoz')] },
  { slug: 'west', kk: 'Батыс', ru: 'Запад', en: 'West', garrisons: [g('aktobe', 'Ақтөбе', 'Актюбинск', 'Aktobe'), g('atyrau', 'Атырау', 'Атырауск', 'Atyrau'), g('aktau', 'Ақтау', 'Актауск', 'Aktau')] },
  { slug: 'south', kk: 'Оңтүстік', ru: 'Юг', en: 'South', garrisons: [g('taraz', 'Тараз', 'Таразск', 'Taraz'), g('shymkent', 'Шымкент', 'Шымкентск', 'Shymkent')] },
  { slug: 'almaty', kk: 'Алматы', ru: 'Алматы', en: 'Almaty', garrisons: [g('almaty', 'Алматы', 'Алматинск', 'Almaty'), g('taldykorgan', 'Талдықорған', 'Талдыкорганск', 'Taldykorgan')] },
];

export function militaryRegionName(m: MilitaryRegionData): { name: LocalizedText; head: LocalizedText; at: LocalizedText } {
  return {
    name: t(`«${m.kk}» өңірінің әскери прокуратурасы`, `Военная прокуратура региона «${m.ru}»`, `Military Prosecutor's Office of the Region "${m.en}"`),
    head: t(`«${m.kk}» өңірінің әскери прокуроры`, `Военный прокурор региона «${m.ru}»`, `Military Prosecutor of the Region "${m.en}"`),
    at: t(`«${m.kk}» өңірінің әскери прокуратурасы`, `военной прокуратуре региона «${m.ru}»`, `the Military Prosecutor's Office of the Region "${m.en}"`),
  };
}

/**
 * The Chief Military Prosecutor's Office (CL art. 13): regions and garrisons
 * given; `garrisons` filters which garrisons to include (all by default).
 */
export function addMilitary(b: OrgBuilder, regions: readonly MilitaryRegionData[], garrisons?: ReadonlySet<string>): void {
  b.unit({
    id: MILITARY_CHIEF, kind: 'militaryChief', parentId: GPO,
    name: t('Бас әскери прокуратура', 'Главная военная прокуратура', "Chief Military Prosecutor's Office"),
    head: t('Бас әскери прокурор', 'Главный военный прокурор', 'Chief Military Prosecutor'),
    notes: 'Military prosecutors serve as military servicemen (CL art. 44).',
  });
  b.relate('appointment', GPO, MILITARY_CHIEF, { consentOf: PRESIDENT });
  for (const m of regions) {
    const id = militaryId(m.slug);
    const { name, head } = militaryRegionName(m);
    b.unit({ id, kind: 'militaryRegional', parentId: MILITARY_CHIEF, name, head });
    b.relate('appointment', GPO, id);
    for (const gar of m.garrisons) {
      if (garrisons && !garrisons.has(gar.slug)) continue;
      const gid = garrisonId(gar.slug);
      b.unit({
        id: gid, kind: 'militaryGarrison', parentId: id,
        name: t(`${gar.kk} гарнизонының әскери прокуратурасы`, `Военная прокуратура ${gar.ruStem}ого гарнизона`, `Military Prosecutor's Office of the ${gar.en} Garrison`),
        head: t(`${gar.kk} гарнизонының әскери прокуроры`, `Военный прокурор ${gar.ruStem}ого гарнизона`, `Military Prosecutor of the ${gar.en} Garrison`),
      });
      b.relate('appointment', GPO, gid);
    }
  }
}

export interface TransportRegionData {
  slug: TransportRegionSlug;
  kk: string;
  /** Russian adjective stem: "Астанинск" + "ая" / "ий". */
  ruStem: string;
  en: string;
}

/** Regional transport prosecutor's offices; the coverage is illustrative. */
export const TRANSPORT_REGIONS: readonly TransportRegionData[] = [
  { slug: 'astana', kk: 'Астана', ruStem: 'Астанинск', en: 'Astana' },
  { slug: 'almaty', kk: 'Алматы', ruStem: 'Алматинск', en: 'Almaty' },
  { slug: 'shymkent', kk: 'Шымкент', ruStem: 'Шымкентск', en: 'Shymkent' },
  { slug: 'karaganda', kk: 'Қарағанды', ruStem: 'Карагандинск', en: 'Karaganda' },
  { slug: 'pavlodar', kk: 'Павлодар', ruStem: 'Павлодарск', en: 'Pavlodar' },
  { slug: 'aktobe', kk: 'Ақтөбе', ruStem: 'Актюбинск', en: 'Aktobe' },
  { slug: 'atyrau', kk: 'Атырау', ruStem: 'Атырауск', en: 'Atyrau' },
  { slug: 'aktau', kk: 'Ақтау', ruStem: 'Актауск', en: 'Aktau' },
];

export function transportRegionName(r: TransportRegionData): { name: LocalizedText; head: LocalizedText; at: LocalizedText } {
  return {
    name: t(`${r.kk} көлік прокуратурасы`, `${r.ruStem}ая транспортная прокуратура`, `${r.en} Transport Prosecutor's Office`),
    head: t(`${r.kk} көлік прокуроры`, `${r.ruStem}ий транспортный прокурор`, `${r.en} Transport Prosecutor`),
    at: t(`${r.kk} көлік прокуратурасы`, `${r.ruStem}ой транспортной прокуратуре`, `the ${r.en} Transport Prosecutor's Office`),
  };
}

/** The Chief Transport Prosecutor's Office (CL art. 14) and its regional offices. */
export function addTransport(b: OrgBuilder, regions: readonly TransportRegionData[]): void {
  b.unit({
    id: TRANSPORT_CHIEF, kind: 'transportChief', parentId: GPO,
    name: t('Бас көлік прокуратурасы', 'Главная транспортная прокуратура', "Chief Transport Prosecutor's Office"),
    head: t('Бас көлік прокуроры', 'Главный транспортный прокурор', 'Chief Transport Prosecutor'),
  });
  b.relate('appointment', GPO, TRANSPORT_CHIEF, { consentOf: PRESIDENT });
  for (const r of regions) {
    const id = transportId(r.slug);
    const { name, head } = transportRegionName(r);
    b.unit({ id, kind: 'transportRegional', parentId: TRANSPORT_CHIEF, name, head });
    b.relate('appointment', GPO, id);
  }
}

/** "Prosecutor's Office of <place>" and "Prosecutor of <place>" in three languages. */
export function officeNames(p: { kkGen: string; ruGen: string; en: string }): { name: LocalizedText; head: LocalizedText; at: LocalizedText } {
  return {
    name: t(`${p.kkGen} прокуратурасы`, `Прокуратура ${p.ruGen}`, `Prosecutor's Office of ${p.en}`),
    head: t(`${p.kkGen} прокуроры`, `Прокурор ${p.ruGen}`, `Prosecutor of ${p.en}`),
    at: t(`${p.kkGen} прокуратурасы`, `прокуратуре ${p.ruGen}`, `the Prosecutor's Office of ${p.en}`),
  };
}

/** An oblast-level office (CL art. 15), appointed by the GP with the President's consent. */
export function addOblast(b: OrgBuilder, r: RegionData): UnitId {
  const id = oblastId(r.slug);
  const { name, head } = officeNames(r);
  b.unit({ id, kind: 'oblast', parentId: GPO, oblastType: r.type, name, head });
  b.relate('appointment', GPO, id, { consentOf: PRESIDENT });
  return id;
}

/** A district-level office (CL art. 16), its prosecutor appointed by the GP. */
export function addDistrict(b: OrgBuilder, r: RegionData, d: DistrictData): UnitId {
  const id = districtId(r.slug, d.slug);
  const { name, head } = officeNames(d);
  b.unit({ id, kind: 'district', parentId: oblastId(r.slug), districtType: d.type, name, head });
  b.relate('appointment', GPO, id);
  return id;
}

/** The region's specialised office for criminal cases and, where given, its inter-district environmental office. */
export function addSpecialisedOffices(b: OrgBuilder, r: RegionData): UnitId[] {
  const ids: UnitId[] = [];
  const parentId = oblastId(r.slug);
  const specialised = districtId(r.slug, 'specialised-criminal');
  b.unit({
    id: specialised, kind: 'district', parentId, districtType: 'specialised',
    name: t(`${r.kkGen} қылмыстық істер жөніндегі мамандандырылған прокуратурасы`, `Специализированная прокуратура по уголовным делам ${r.ruGen}`, `Specialised Prosecutor's Office for Criminal Cases of ${r.en}`),
    head: t(`${r.kkGen} қылмыстық істер жөніндегі мамандандырылған прокуроры`, `Специализированный прокурор по уголовным делам ${r.ruGen}`, `Specialised Prosecutor for Criminal Cases of ${r.en}`),
    notes: 'Illustrative: the network of specialised offices is set by the General Prosecutor.',
  });
  b.relate('appointment', GPO, specialised);
  ids.push(specialised);
  const env = r.environmental;
  if (env) {
    const id = districtId(r.slug, `${env.slug}-environmental`);
    b.unit({
      id, kind: 'district', parentId, districtType: 'interDistrict',
      name: t(`${env.kk} ауданаралық табиғат қорғау прокуратурасы`, `${env.ruStem}ая межрайонная природоохранная прокуратура`, `${env.en} Inter-district Environmental Prosecutor's Office`),
      head: t(`${env.kk} ауданаралық табиғат қорғау прокуроры`, `${env.ruStem}ий межрайонный природоохранный прокурор`, `${env.en} Inter-district Environmental Prosecutor`),
      notes: 'An inter-district office specialised in nature protection; illustrative name.',
    });
    b.relate('appointment', GPO, id);
    ids.push(id);
  }
  return ids;
}

/**
 * The regional Coordination Council at an oblast-level office. The military and
 * transport prosecutors are invited, not permanent members: they may be brought
 * in to its sessions when matters concerning them are considered (seed
 * l. 4580-4590), so they neither vote nor count towards its quorum.
 */
export function addRegionalCouncil(b: OrgBuilder, r: RegionData, agencies: readonly UnitId[], invited: readonly UnitId[]): UnitId {
  const { at } = officeNames(r);
  return addCouncil(b, {
    slug: r.slug, host: oblastId(r.slug), level: 'regional', at,
    members: agencies,
    invited: [...invited, militaryId(r.military), transportId(r.transport)],
  });
}

export const ids = (keys: readonly AgencyKey[]): UnitId[] => keys.map(agencyId);
