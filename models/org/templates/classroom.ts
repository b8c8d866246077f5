import type { OrgDocument } from '../types';
import type { AgencyKey } from './agencies';
import { OrgBuilder, t } from './builder';
import {
  addAcademy,
  addAgencies,
  addCollegium,
  addCommittee,
  addCouncil,
  addDistrict,
  addGeneralOffice,
  addMilitary,
  addOblast,
  addRegionalCouncil,
  addStateTop,
  addTransport,
  GPO,
  ids,
  MILITARY_REGIONS,
  TRANSPORT_REGIONS,
} from './national';
import { regionBySlug } from './regions';

/** Council members kept for the lesson: the three the law names, one more, and the courts as invited. */
const MEMBERS: readonly AgencyKey[] = ['mvd', 'knb', 'justice', 'anticorruption'];
const INVITED: readonly AgencyKey[] = ['supremeCourt'];

/**
 * A compact system for a first lesson (about 25 units), with the same ids as
 * the national template: one of each kind of office, two oblast-level
 * offices with two districts each, the republican council and one regional
 * council.
 * @example
 * Object.keys(classroomTemplate().units).length // 27
 */
export function classroomTemplate(): OrgDocument {
  const b = new OrgBuilder(
    t('Прокуратура жүйесі: алғашқы сабақ', 'Система прокуратуры: первый урок', 'The prosecution system: a first lesson'),
    'classroom',
  );
  addStateTop(b);
  addAgencies(b, [...MEMBERS, ...INVITED]);
  addGeneralOffice(b, { firstDeputy: false, deputies: 1, departments: [] });
  const astana = regionBySlug('astana');
  const almatyRegion = regionBySlug('almaty-region');
  addCommittee(b, [astana]);
  addAcademy(b);
  const astanaMilitary = MILITARY_REGIONS.filter((m) => m.slug === 'astana');
  addMilitary(b, astanaMilitary, new Set(['astana']));
  addTransport(b, TRANSPORT_REGIONS.filter((r) => r.slug === 'astana'));

  for (const [region, districts] of [[astana, ['yesil', 'saryarka']], [almatyRegion, ['konaev', 'talgar']]] as const) {
    addOblast(b, region);
    for (const slug of districts) {
      const d = region.districts.find((x) => x.slug === slug);
      if (!d) throw new Error(`template: unknown district "${region.slug}/${slug}"`);
      addDistrict(b, region, d);
    }
  }

  addCouncil(b, {
    slug: 'republican', host: GPO, level: 'republican',
    at: t('Қазақстан Республикасының Бас прокуратурасы', 'Генеральной прокуратуре Республики Казахстан', "the General Prosecutor's Office of the Republic of Kazakhstan"),
    members: ids(MEMBERS), invited: ids(INVITED),
  });
  addRegionalCouncil(b, astana, ids(MEMBERS), []);
  addCollegium(b, 'gpo', GPO, t('Бас прокуратураның алқасы', 'Коллегия Генеральной прокуратуры', "Collegium of the General Prosecutor's Office"), [
    'gpo-deputy-1', 'gpo-apparatus', 'committee', 'academy', 'military-chief', 'transport-chief',
  ]);
  return b.build();
}
