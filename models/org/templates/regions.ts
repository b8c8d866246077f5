/**
 * The 20 oblast-level territories (CL art. 15: 17 oblasts, the cities of
 * republican significance Almaty and Shymkent, and the capital Astana) with
 * real cities and districts of each, in the grammatical forms the office
 * names need. Names are written once here; `national.ts` composes them into
 * "Prosecutor's Office of …" in three languages.
 */
import type { DistrictType, OblastType } from '../types';

/** The regions of the military prosecution (regional commands), see `military.ts`. */
export type MilitaryRegionSlug = 'astana' | 'east' | 'west' | 'south' | 'almaty';
/** The regional transport prosecutor's offices, see `military.ts`. */
export type TransportRegionSlug = 'astana' | 'almaty' | 'shymkent' | 'karaganda' | 'pavlodar' | 'aktobe' | 'atyrau' | 'aktau';

/** A place in the forms an office name needs: Kazakh genitive, Russian genitive, English. */
export interface PlaceForms {
  /** e.g. "Бурабай ауданының" — followed by "прокуратурасы" / "прокуроры". */
  kkGen: string;
  /** e.g. "Бурабайского района" — preceded by "Прокуратура" / "Прокурор". */
  ruGen: string;
  /** e.g. "Burabay District" — preceded by "Prosecutor's Office of". */
  en: string;
}

export interface DistrictData extends PlaceForms {
  /** The id tail: the unit id is `district-<region slug>-<slug>`. */
  slug: string;
  type: DistrictType;
}

/** An inter-district environmental office named after its basin. */
export interface EnvironmentalData {
  slug: string;
  /** Kazakh basin name, e.g. "Балқаш-Алакөл". */
  kk: string;
  /** Russian adjective stem, e.g. "Балхаш-Алакольск" (+ "ая" / "ий"). */
  ruStem: string;
  en: string;
}

export interface RegionData extends PlaceForms {
  /** The id tail: the unit id is `oblast-<slug>`. */
  slug: string;
  type: OblastType;
  /** Kazakh nominative, e.g. "Ақмола облысы" — followed by "бойынша". */
  kk: string;
  /** Russian dative after "по", e.g. "Акмолинской области", "городу Астане". */
  ruDat: string;
  military: MilitaryRegionSlug;
  transport: TransportRegionSlug;
  districts: DistrictData[];
  environmental?: EnvironmentalData;
}

/** A rural district: `district('burabay', 'Бурабай', 'Бурабайского', 'Burabay')`. */
function district(slug: string, kk: string, ruAdj: string, en: string): DistrictData {
  return { slug, type: 'district', kkGen: `${kk} ауданының`, ruGen: `${ruAdj} района`, en: `${en} District` };
}

/** A city of regional significance: `city('kokshetau', 'Көкшетау', 'Кокшетау', 'Kokshetau')` (ru in the genitive). */
function city(slug: string, kk: string, ruGen: string, en: string): DistrictData {
  return { slug, type: 'city', kkGen: `${kk} қаласының`, ruGen: `города ${ruGen}`, en: `the City of ${en}` };
}

/** A district of a city of republican significance or of the capital. */
function cityDistrict(cityKk: string, cityRuGen: string, cityEn: string) {
  return (slug: string, kk: string, ruDistrictGen: string, en: string): DistrictData => ({
    slug,
    type: 'district',
    kkGen: `${cityKk} қаласы ${kk} ауданының`,
    ruGen: `${ruDistrictGen} города ${cityRuGen}`,
    en: `${en} District of ${cityEn}`,
  });
}

function oblast(
  slug: string,
  kk: string,
  ruGen: string,
  en: string,
  military: MilitaryRegionSlug,
  transport: TransportRegionSlug,
  districts: DistrictData[],
  environmental?: EnvironmentalData,
): RegionData {
  const region: RegionData = {
    slug, type: 'oblast', kk: `${kk} облысы`, kkGen: `${kk} облысының`, ruGen, ruDat: ruGen, en: `${en} Region`,
    military, transport, districts,
  };
  if (environmental) region.environmental = environmental;
  return region;
}

const astana = cityDistrict('Астана', 'Астаны', 'Astana');
const almaty = cityDistrict('Алматы', 'Алматы', 'Almaty');
const shymkent = cityDistrict('Шымкент', 'Шымкента', 'Shymkent');

/** The 17 oblasts, then the capital and the two cities of republican significance. */
export const REGIONS: readonly RegionData[] = [
  oblast('abai', 'Абай', 'области Абай', 'Abai', 'east', 'pavlodar', [
    city('semey', 'Семей', 'Семей', 'Semey'),
    district('ayagoz', 'Аягөз', 'Аягозского', 'Ayagoz'),
    district('urzhar', 'Үржар', 'Урджарского', 'Urzhar'),
  ]),
  oblast('akmola', 'Ақмола', 'Акмолинской области', 'Akmola', 'astana', 'astana', [
    city('kokshetau', 'Көкшетау', 'Кокшетау', 'Kokshetau'),
    district('burabay', 'Бурабай', 'Бурабайского', 'Burabay'),
    district('tselinograd', 'Целиноград', 'Целиноградского', 'Tselinograd'),
  ]),
  oblast('aktobe', 'Ақтөбе', 'Актюбинской области', 'Aktobe', 'west', 'aktobe', [
    city('aktobe', 'Ақтөбе', 'Актобе', 'Aktobe'),
    district('khromtau', 'Хромтау', 'Хромтауского', 'Khromtau'),
    district('shalkar', 'Шалқар', 'Шалкарского', 'Shalkar'),
  ]),
  oblast('almaty-region', 'Алматы', 'Алматинской области', 'Almaty', 'almaty', 'almaty', [
    city('konaev', 'Қонаев', 'Конаев', 'Konaev'),
    district('karasay', 'Қарасай', 'Карасайского', 'Karasay'),
    district('talgar', 'Талғар', 'Талгарского', 'Talgar'),
    district('enbekshikazakh', 'Еңбекшіқазақ', 'Енбекшиказахского', 'Enbekshikazakh'),
  ], { slug: 'balkhash-alakol', kk: 'Балқаш-Алакөл', ruStem: 'Балхаш-Алакольск', en: 'Balkhash-Alakol' }),
  oblast('atyrau', 'Атырау', 'Атырауской области', 'Atyrau', 'west', 'atyrau', [
    city('atyrau', 'Атырау', 'Атырау', 'Atyrau'),
    district('zhylyoi', 'Жылыой', 'Жылыойского', 'Zhylyoi'),
    district('makhambet', 'Махамбет', 'Махамбетского', 'Makhambet'),
  ]),
  oblast('west-kazakhstan', 'Батыс Қазақстан', 'Западно-Казахстанской области', 'West Kazakhstan', 'west', 'aktobe', [
    city('oral', 'Орал', 'Уральска', 'Oral'),
    district('burli', 'Бөрлі', 'Бурлинского', 'Burli'),
    district('terekti', 'Теректі', 'Теректинского', 'Terekti'),
  ]),
  oblast('jambyl', 'Жамбыл', 'Жамбылской области', 'Jambyl', 'south', 'shymkent', [
    city('taraz', 'Тараз', 'Тараза', 'Taraz'),
    district('shu', 'Шу', 'Шуского', 'Shu'),
    district('merki', 'Меркі', 'Меркенского', 'Merki'),
  ]),
  oblast('jetisu', 'Жетісу', 'области Жетісу', 'Jetisu', 'almaty', 'almaty', [
    city('taldykorgan', 'Талдықорған', 'Талдыкоргана', 'Taldykorgan'),
    district('alakol', 'Алакөл', 'Алакольского', 'Alakol'),
    district('sarkand', 'Сарқан', 'Саркандского', 'Sarkand'),
  ]),
  oblast('karaganda', 'Қарағанды', 'Карагандинской области', 'Karaganda', 'astana', 'karaganda', [
    city('karaganda', 'Қарағанды', 'Караганды', 'Karaganda'),
    city('temirtau', 'Теміртау', 'Темиртау', 'Temirtau'),
    district('bukhar-zhyrau', 'Бұқар жырау', 'Бухар-Жырауского', 'Bukhar-Zhyrau'),
  ], { slug: 'nura-sarysu', kk: 'Нұра-Сарысу', ruStem: 'Нура-Сарысуск', en: 'Nura-Sarysu' }),
  oblast('kostanay', 'Қостанай', 'Костанайской области', 'Kostanay', 'astana', 'astana', [
    city('kostanay', 'Қостанай', 'Костаная', 'Kostanay'),
    city('rudny', 'Рудный', 'Рудного', 'Rudny'),
    district('karabalyk', 'Қарабалық', 'Карабалыкского', 'Karabalyk'),
  ]),
  oblast('kyzylorda', 'Қызылорда', 'Кызылординской области', 'Kyzylorda', 'south', 'shymkent', [
    city('kyzylorda', 'Қызылорда', 'Кызылорды', 'Kyzylorda'),
    district('aral', 'Арал', 'Аральского', 'Aral'),
    district('kazaly', 'Қазалы', 'Казалинского', 'Kazaly'),
  ], { slug: 'aral-syrdarya', kk: 'Арал-Сырдария', ruStem: 'Арало-Сырдарьинск', en: 'Aral-Syr Darya' }),
  oblast('mangystau', 'Маңғыстау', 'Мангистауской области', 'Mangystau', 'west', 'aktau', [
    city('aktau', 'Ақтау', 'Актау', 'Aktau'),
    city('zhanaozen', 'Жаңаөзен', 'Жанаозен', 'Zhanaozen'),
    district('beineu', 'Бейнеу', 'Бейнеуского', 'Beineu'),
  ], { slug: 'caspian', kk: 'Каспий', ruStem: 'Каспийск', en: 'Caspian' }),
  oblast('pavlodar', 'Павлодар', 'Павлодарской области', 'Pavlodar', 'astana', 'pavlodar', [
    city('pavlodar', 'Павлодар', 'Павлодара', 'Pavlodar'),
    city('ekibastuz', 'Екібастұз', 'Экибастуза', 'Ekibastuz'),
    district('bayanaul', 'Баянауыл', 'Баянаульского', 'Bayanaul'),
  ], { slug: 'irtysh', kk: 'Ертіс', ruStem: 'Иртышск', en: 'Irtysh' }),
  oblast('north-kazakhstan', 'Солтүстік Қазақстан', 'Северо-Казахстанской области', 'North Kazakhstan', 'astana', 'astana', [
    city('petropavl', 'Петропавл', 'Петропавловска', 'Petropavl'),
    district('kyzylzhar', 'Қызылжар', 'Кызылжарского', 'Kyzylzhar'),
    district('esil', 'Есіл', 'Есильского', 'Esil'),
  ]),
  oblast('turkistan', 'Түркістан', 'Туркестанской области', 'Turkistan', 'south', 'shymkent', [
    city('turkistan', 'Түркістан', 'Туркестана', 'Turkistan'),
    city('kentau', 'Кентау', 'Кентау', 'Kentau'),
    district('sairam', 'Сайрам', 'Сайрамского', 'Sairam'),
    district('maktaaral', 'Мақтаарал', 'Мактааральского', 'Maktaaral'),
  ]),
  oblast('ulytau', 'Ұлытау', 'области Ұлытау', 'Ulytau', 'astana', 'karaganda', [
    city('zhezkazgan', 'Жезқазған', 'Жезказгана', 'Zhezkazgan'),
    city('satbayev', 'Сәтбаев', 'Сатпаева', 'Satbayev'),
    district('ulytau', 'Ұлытау', 'Улытауского', 'Ulytau'),
  ]),
  oblast('east-kazakhstan', 'Шығыс Қазақстан', 'Восточно-Казахстанской области', 'East Kazakhstan', 'east', 'pavlodar', [
    city('oskemen', 'Өскемен', 'Усть-Каменогорска', 'Oskemen'),
    city('ridder', 'Риддер', 'Риддера', 'Ridder'),
    district('zaisan', 'Зайсан', 'Зайсанского', 'Zaisan'),
  ]),
  {
    slug: 'astana', type: 'capital', kk: 'Астана қаласы', kkGen: 'Астана қаласының', ruGen: 'города Астаны', ruDat: 'городу Астане',
    en: 'the City of Astana', military: 'astana', transport: 'astana',
    districts: [
      astana('almaty', 'Алматы', 'района «Алматы»', 'Almaty'),
      astana('yesil', 'Есіл', 'района «Есиль»', 'Yesil'),
      astana('saryarka', 'Сарыарқа', 'района «Сарыарка»', 'Saryarka'),
      astana('baikonyr', 'Байқоңыр', 'района «Байконур»', 'Baikonyr'),
    ],
  },
  {
    slug: 'almaty-city', type: 'city', kk: 'Алматы қаласы', kkGen: 'Алматы қаласының', ruGen: 'города Алматы', ruDat: 'городу Алматы',
    en: 'the City of Almaty', military: 'almaty', transport: 'almaty',
    districts: [
      almaty('medeu', 'Медеу', 'Медеуского района', 'Medeu'),
      almaty('bostandyk', 'Бостандық', 'Бостандыкского района', 'Bostandyk'),
      almaty('auezov', 'Әуезов', 'Ауэзовского района', 'Auezov'),
      almaty('almaly', 'Алмалы', 'Алмалинского района', 'Almaly'),
    ],
  },
  {
    slug: 'shymkent', type: 'city', kk: 'Шымкент қаласы', kkGen: 'Шымкент қаласының', ruGen: 'города Шымкента', ruDat: 'городу Шымкенту',
    en: 'the City of Shymkent', military: 'south', transport: 'shymkent',
    districts: [
      shymkent('abai', 'Абай', 'Абайского района', 'Abai'),
      shymkent('al-farabi', 'Әл-Фараби', 'Аль-Фарабийского района', 'Al-Farabi'),
      shymkent('enbekshi', 'Еңбекші', 'Енбекшинского района', 'Enbekshi'),
      shymkent('karatau', 'Қаратау', 'Каратауского района', 'Karatau'),
    ],
  },
];

export function regionBySlug(slug: string): RegionData {
  const region = REGIONS.find((r) => r.slug === slug);
  if (!region) throw new Error(`template: unknown region "${slug}"`);
  return region;
}
