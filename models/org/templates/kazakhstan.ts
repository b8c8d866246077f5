import type { EditionId } from '../../law/editions';
import type { OrgDocument } from '../types';
import {
  MEETING_MEMBERS,
  MILITARY_INVITED,
  MILITARY_MEMBERS,
  REGIONAL_INVITED,
  REGIONAL_MEMBERS,
  REPUBLICAN_INVITED,
  REPUBLICAN_MEMBERS,
  TRANSPORT_INVITED,
  TRANSPORT_MEMBERS,
  type AgencyKey,
} from './agencies';
import { OrgBuilder, t } from './builder';
import {
  ACADEMY,
  addAcademy,
  addAgencies,
  addCollegium,
  addCommittee,
  addCouncil,
  addDistrict,
  addGeneralOffice,
  addMeeting,
  addMilitary,
  addOblast,
  addRegionalCouncil,
  addSpecialisedOffices,
  addStateTop,
  addTransport,
  ALL_DEPARTMENTS,
  COMMITTEE,
  districtId,
  GPO,
  ids,
  MILITARY_CHIEF,
  MILITARY_REGIONS,
  militaryId,
  militaryRegionName,
  officeNames,
  oblastId,
  TRANSPORT_CHIEF,
  TRANSPORT_REGIONS,
  transportId,
  transportRegionName,
} from './national';
import { REGIONS, regionBySlug } from './regions';

const ALL_AGENCIES: readonly AgencyKey[] = [
  ...new Set([
    ...REPUBLICAN_MEMBERS, ...REPUBLICAN_INVITED, ...REGIONAL_MEMBERS, ...REGIONAL_INVITED,
    ...MILITARY_MEMBERS, ...MILITARY_INVITED, ...TRANSPORT_MEMBERS, ...TRANSPORT_INVITED,
  ]),
];

/** Oblast-level offices that show their own collegium (a few, as examples). */
const COLLEGIUM_REGIONS = ['astana', 'almaty-city', 'karaganda'] as const;
/** District offices that show an interdepartmental meeting (as examples). */
const MEETING_DISTRICTS = [
  ['almaty-region', 'konaev'],
  ['astana', 'yesil'],
  ['karaganda', 'temirtau'],
  ['turkistan', 'kentau'],
] as const;

/**
 * The whole national system as of the 2023 edition of the law (domain.md §3,
 * §8): the President, the Senate and the state bodies of the councils; the
 * General Prosecutor's Office with its posts, Apparatus, services and
 * collegium; the Committee with 20 territorial bodies; the Academy; the
 * military and transport chains; 20 oblast-level offices with their
 * district-level offices; 23 Coordination Councils; collegiums and
 * interdepartmental meetings as examples.
 * @example
 * const doc = kazakhstanTemplate();
 * doc.units['oblast-almaty-region']?.name.ru // 'Прокуратура Алматинской области'
 */
export function kazakhstanTemplate(): OrgDocument {
  return buildNational('2023');
}

/**
 * The same national system in the 2026 edition (models/law/editions): no
 * Senate; the Kurultai; the GP appointed by the President with the Kurultai's
 * consent drawn but marked unverified in the notes; no 5-year term, one
 * appointment only.
 * @example
 * kazakhstan2026Template().units['kurultai']?.kind // 'kurultai'
 */
export function kazakhstan2026Template(): OrgDocument {
  return buildNational('2026');
}

function buildNational(edition: EditionId): OrgDocument {
  const b = edition === '2026'
    ? new OrgBuilder(
        t('Қазақстан Республикасының прокуратура органдары (2026 жылғы редакция)', 'Органы прокуратуры Республики Казахстан (редакция 2026 года)', 'The prosecution service of the Republic of Kazakhstan (2026 edition)'),
        'kazakhstan-2026', '2026',
      )
    : new OrgBuilder(
        t('Қазақстан Республикасының прокуратура органдары', 'Органы прокуратуры Республики Казахстан', 'The prosecution service of the Republic of Kazakhstan'),
        'kazakhstan',
      );
  addStateTop(b, edition);
  addAgencies(b, ALL_AGENCIES);
  addGeneralOffice(b, { firstDeputy: true, deputies: 4, departments: ALL_DEPARTMENTS, edition });
  addCommittee(b, REGIONS);
  addAcademy(b);
  addMilitary(b, MILITARY_REGIONS);
  addTransport(b, TRANSPORT_REGIONS);

  for (const r of REGIONS) {
    addOblast(b, r);
    for (const d of r.districts) addDistrict(b, r, d);
    addSpecialisedOffices(b, r);
  }

  // Coordination Councils (CL art. 28): republican, one per oblast-level office, military, transport.
  addCouncil(b, {
    slug: 'republican', host: GPO, level: 'republican',
    at: t('Қазақстан Республикасының Бас прокуратурасы', 'Генеральной прокуратуре Республики Казахстан', "the General Prosecutor's Office of the Republic of Kazakhstan"),
    members: ids(REPUBLICAN_MEMBERS), invited: ids(REPUBLICAN_INVITED),
  });
  for (const r of REGIONS) addRegionalCouncil(b, r, ids(REGIONAL_MEMBERS), ids(REGIONAL_INVITED));
  addCouncil(b, {
    slug: 'military', host: MILITARY_CHIEF, level: 'military',
    at: t('Бас әскери прокуратура', 'Главной военной прокуратуре', "the Chief Military Prosecutor's Office"),
    members: ids(MILITARY_MEMBERS), invited: ids(MILITARY_INVITED),
  });
  addCouncil(b, {
    slug: 'transport', host: TRANSPORT_CHIEF, level: 'transport',
    at: t('Бас көлік прокуратурасы', 'Главной транспортной прокуратуре', "the Chief Transport Prosecutor's Office"),
    members: ids(TRANSPORT_MEMBERS), invited: ids(TRANSPORT_INVITED),
  });

  // Collegiums (CL art. 30).
  addCollegium(b, 'gpo', GPO, t('Бас прокуратураның алқасы', 'Коллегия Генеральной прокуратуры', "Collegium of the General Prosecutor's Office"), [
    'gpo-first-deputy', 'gpo-deputy-1', 'gpo-deputy-2', 'gpo-deputy-3', 'gpo-deputy-4', 'gpo-apparatus',
    COMMITTEE, ACADEMY, MILITARY_CHIEF, TRANSPORT_CHIEF,
  ]);
  addCollegium(b, 'military', MILITARY_CHIEF, t('Бас әскери прокуратураның алқасы', 'Коллегия Главной военной прокуратуры', "Collegium of the Chief Military Prosecutor's Office"),
    MILITARY_REGIONS.map((m) => militaryId(m.slug)));
  addCollegium(b, 'transport', TRANSPORT_CHIEF, t('Бас көлік прокуратурасының алқасы', 'Коллегия Главной транспортной прокуратуры', "Collegium of the Chief Transport Prosecutor's Office"),
    TRANSPORT_REGIONS.map((r) => transportId(r.slug)));
  for (const slug of COLLEGIUM_REGIONS) {
    const r = regionBySlug(slug);
    addCollegium(b, slug, oblastId(slug), t(`${r.kk} прокуратурасының алқасы`, `Коллегия прокуратуры ${r.ruGen}`, `Collegium of the Prosecutor's Office of ${r.en}`),
      r.districts.map((d) => districtId(slug, d.slug)));
  }

  // Interdepartmental meetings below the council level (domain.md §8).
  const meetingMembers = ids(MEETING_MEMBERS);
  for (const [region, district] of MEETING_DISTRICTS) {
    const r = regionBySlug(region);
    const d = r.districts.find((x) => x.slug === district);
    if (!d) throw new Error(`template: unknown district "${region}/${district}"`);
    addMeeting(b, districtId(region, district), officeNames(d).at, meetingMembers);
  }
  const east = MILITARY_REGIONS.find((m) => m.slug === 'east');
  if (east) addMeeting(b, militaryId('east'), militaryRegionName(east).at, ids(['defence', 'nationalGuard', 'knb']));
  const almatyTransport = TRANSPORT_REGIONS.find((r) => r.slug === 'almaty');
  if (almatyTransport) addMeeting(b, transportId('almaty'), transportRegionName(almatyTransport).at, ids(['mvd', 'revenue']));

  return b.build();
}
