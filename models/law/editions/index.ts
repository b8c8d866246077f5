/**
 * Legal editions as data (design.md, "Legal editions"). `2023` is the law as
 * the source manual describes it and stays the default for teaching it;
 * `2026` is the Constitution approved on 15 March 2026, in force from
 * 1 July 2026. Every change of 2026 carries its status and its sources
 * exactly as fidelity-audit.md §4 gives them; `unverified` changes are open
 * questions and the UI shows them so, never as facts. No article numbers of
 * the new Constitution are given: none were checked.
 */
import type { CitationId } from '../index';
import type { LocalizedText } from '../types';

export const EDITION_IDS = ['2023', '2026'] as const;
export type EditionId = (typeof EDITION_IDS)[number];
export const DEFAULT_EDITION: EditionId = '2023';

export function isEditionId(v: unknown): v is EditionId {
  return typeof v === 'string' && (EDITION_IDS as readonly string[]).includes(v);
}

/** How far a change is established: official text or announcement seen / press and commission statements / open question. */
export type ChangeStatus = 'confirmed' | 'reported' | 'unverified';
export const CHANGE_STATUSES: readonly ChangeStatus[] = ['confirmed', 'reported', 'unverified'];

/** What a change touches, so a view can mark it: a unit kind, a relation (by the template's id), a rule, a term, the calendar. */
export type ChangeTarget =
  | { kind: 'unitKind'; ref: 'senate' | 'kurultai' }
  | { kind: 'relation'; ref: string }
  | { kind: 'rule'; ref: string }
  | { kind: 'term'; ref: string }
  | { kind: 'calendar' }
  | { kind: 'constitution' };

export interface EditionChange {
  id: string;
  targets: readonly ChangeTarget[];
  title: LocalizedText;
  /** How it stood in 2023, where it differs. */
  before?: LocalizedText;
  after: LocalizedText;
  status: ChangeStatus;
  /** Source addresses as text (the app makes no network requests). */
  sources: readonly string[];
  citation?: CitationId;
}

export interface Edition {
  id: EditionId;
  title: LocalizedText;
  /** ISO date from which this edition is the law. */
  inForceFrom: string;
  /** `superseded`: kept for teaching the manual; `inForce`: the law now. */
  status: 'superseded' | 'inForce';
  /** The note on what this edition is, in full (the header's tooltip, the comparison dialog). */
  notice: LocalizedText;
  /** The same fact in a few words, for the header's one row. */
  short: LocalizedText;
  changes: readonly EditionChange[];
}

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

const EDITION_2023: Edition = {
  id: '2023',
  title: t('2023 жылғы редакция (оқу құралы бойынша)', 'Редакция 2023 года (по учебному пособию)', 'Edition of 2023 (per the manual)'),
  inForceFrom: '2022-11-18',
  status: 'superseded',
  notice: t(
    'Құрылым мен рәсімдер: 2023 жылғы заң (оқу құралы). 2026 жылғы 1 шілдеден Сенат пен Бас Прокурорды тағайындау бөлігінде ауыстырылған.',
    'Структура и процедуры: закон 2023 года (пособие). С 1 июля 2026 года заменён в части Сената и назначения Генерального Прокурора.',
    'Structure and procedures: law as of 2023 (the manual). Superseded on 1 July 2026 for the Senate and the Prosecutor General\'s appointment.',
  ),
  short: t('Құрылым: 2023 жылғы заң', 'Структура: закон 2023 г.', 'Structure: law of 2023'),
  changes: [],
};

const EDITION_2026: Edition = {
  id: '2026',
  title: t('2026 жылғы редакция (жаңа Конституция)', 'Редакция 2026 года (новая Конституция)', 'Edition of 2026 (the new Constitution)'),
  inForceFrom: '2026-07-01',
  status: 'inForce',
  notice: t(
    'Құрылым: 2026 жылғы 1 шілдеден күшіндегі Конституция; әр өзгерістің мәртебесі бар, сабақ алдында adilet.zan.kz бойынша тексеріңіз.',
    'Структура: Конституция, действующая с 1 июля 2026 года; у каждого изменения свой статус, перед уроком сверьте с adilet.zan.kz.',
    'Structure: the Constitution in force from 1 July 2026; each change has its status; check it against adilet.zan.kz before class.',
  ),
  short: t('Құрылым: 2026 жылғы Конституция', 'Структура: Конституция 2026 г.', 'Structure: 2026 Constitution'),
  changes: [
    {
      id: 'draft',
      targets: [{ kind: 'constitution' }],
      title: t('Жаңа Конституцияның жобасы', 'Проект новой Конституции', 'The draft of a new Constitution'),
      after: t(
        'Жоба 2026 ж. 31 қаңтарда, соңғы жобасы 12 ақпанда жарияланды; VIII бөлімі: «Сот төрелігі. Прокуратура. Құқық қорғау тетіктері»',
        'Проект опубликован 31 января 2026 года, окончательный — 12 февраля; раздел VIII: «Правосудие. Прокуратура. Правозащитные механизмы»',
        'A draft was published on 31 Jan 2026 and the final draft on 12 Feb 2026; its Section VIII: "Justice. Prosecution. Human-rights mechanisms"',
      ),
      status: 'confirmed',
      sources: [
        'https://en.tengrinews.kz/kazakhstan_news/draft-of-kazakhstans-new-constitution-published-ahead-of-270941/amp',
        'https://www.inform.kz/ru/dorabotan-s-uchetom-predlozheniy-grazhdan-opublikovan-proekt-novoy-konstitutsii-rk-6431fd',
        'https://www.inform.kz/ru/sudya-konstitutsionnogo-suda-razyasnil-izmeneniya-vsisteme-pravosudiya-imestnogo-upravleniya-3f6e98',
      ],
    },
    {
      id: 'referendum',
      targets: [{ kind: 'constitution' }],
      title: t('Референдум және күшіне енуі', 'Референдум и вступление в силу', 'Referendum and entry into force'),
      after: t(
        '2026 ж. 15 наурыздағы референдум: алдын ала 87,15 % «иә», қатысу 73,12 %; 2026 ж. 1 шілдеден күшінде',
        'Референдум 15 марта 2026 года: предварительно 87,15 % «за», явка 73,12 %; действует с 1 июля 2026 года',
        'Referendum of 15 Mar 2026: 87.15 % yes (preliminary), turnout 73.12 %; in force from 1 July 2026',
      ),
      status: 'confirmed',
      sources: [
        'https://www.inform.kz/ru/referendum-po-novoy-konstitutsii-sostoitsya-15-marta-2026-goda-ukaz-prezidenta-kazahstana-725abf',
        'https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik',
        'https://news.mail.ru/politics/69913780/',
      ],
    },
    {
      id: 'kurultai',
      targets: [{ kind: 'unitKind', ref: 'senate' }, { kind: 'unitKind', ref: 'kurultai' }, { kind: 'rule', ref: 'editionKinds' }],
      title: t('Сенаттың орнына Құрылтай', 'Курултай вместо Сената', 'The Kurultai instead of the Senate'),
      before: t('Екі палаталы Парламент: Сенат және Мәжіліс', 'Двухпалатный Парламент: Сенат и Мажилис', 'A two-chamber Parliament: the Senate and the Mazhilis'),
      after: t(
        '1995 жылғы Конституция бойынша сайланған Парламенттің өкілеттігі 2026 ж. 1 шілдеде тоқтайды; бір палаталы Құрылтай (145 депутат, 5 жыл); Сенат төрағасының айтуынша, Құрылтай 1 қыркүйектен жұмыс істейді',
        'Полномочия Парламента, избранного по Конституции 1995 года, прекращаются 1 июля 2026 года; однопалатный Курултай (145 депутатов, 5 лет); по словам Председателя Сената, Курултай начнёт работу с 1 сентября',
        'The Parliament elected under the 1995 Constitution ceases on 1 July 2026; a single-chamber Kurultai (145 deputies, 5 years); the Senate Speaker said it would work from 1 Sept 2026',
      ),
      status: 'confirmed',
      sources: [
        'https://www.inform.kz/ru/nazvani-sroki-prekrasheniya-polnomochiy-parlamenta-i-provedeniya-viborov-v-kuriltay-3fb44d',
        'https://www.apn.ru/index.php?newsid=49232',
        'https://kaz.zakon.kz/kogam-tynysy/6076905-ryltay-deputattaryny-saylauy-ashan-tu-mmkn--mulen-shmbaev-zhauap-berd.html',
      ],
      citation: 'constitution2026.kurultai',
    },
    {
      id: 'gpTerm',
      targets: [{ kind: 'term', ref: 'gpTerm' }, { kind: 'relation', ref: 'appointment:president:gpo' }],
      title: t('Бас Прокурордың мерзімі', 'Срок Генерального Прокурора', 'The General Prosecutor\'s term'),
      before: t('Бес жылға тағайындалады', 'Назначается на пять лет', 'Appointed for five years'),
      after: t('Бес жылдық мерзім Конституциядан алынып тасталды', 'Пятилетний срок исключён из Конституции', 'The 5-year term is removed from the Constitution'),
      status: 'reported',
      sources: ['https://kaz.inform.kz/news/konstitutsiyada-bas-prokurordin-bes-zhildik-oklettk-merzm-alinip-tastaladi-4f0cdf/'],
      citation: 'constitution2026.gpTerm',
    },
    {
      id: 'gpOnce',
      targets: [{ kind: 'term', ref: 'gpOnce' }, { kind: 'relation', ref: 'appointment:president:gpo' }],
      title: t('Бір рет қана тағайындау', 'Назначение только один раз', 'One appointment only'),
      before: t('Қайта тағайындауға тыйым жоқ', 'Запрета на повторное назначение нет', 'No bar on reappointment'),
      after: t(
        'Бір адам Бас Прокурор болып бір реттен артық тағайындалмайды (Конституциялық Сот, Жоғарғы Сот төрағалары мен судьяларымен бірге)',
        'Одно и то же лицо не может быть назначено Генеральным Прокурором более одного раза (как и председатели и судьи Конституционного Суда, председатель Верховного Суда)',
        'The same person may not be appointed General Prosecutor more than once (as for the Constitutional Court\'s chairman and judges and the Supreme Court\'s chairman)',
      ),
      status: 'reported',
      sources: [
        'https://kazpravda.kz/n/novaya-konstitutsiya-zaslon-ot-seryh-kardinalov-i-semeystvennosti/',
        'https://qazinform.com/news/tokayev-says-draft-constitution-enables-entirely-new-more-effective-political-system-c70e2a',
      ],
      citation: 'constitution2026.gpTerm',
    },
    {
      id: 'gpImmunity',
      targets: [{ kind: 'term', ref: 'gpImmunity' }],
      title: t('Бас Прокурордың иммунитеті', 'Иммунитет Генерального Прокурора', 'The General Prosecutor\'s immunity'),
      before: t('Сенаттың келісімінсіз жауапкершілікке тартылмайды', 'Без согласия Сената не привлекается к ответственности', 'Not held liable without the Senate\'s consent'),
      after: t('Сенаттың орнына Президенттің келісімі', 'Согласие Президента вместо согласия Сената', 'The President\'s consent instead of the Senate\'s'),
      status: 'reported',
      sources: ['https://kaz.inform.kz/news/konstitutsiyada-bas-prokurordin-bes-zhildik-oklettk-merzm-alinip-tastaladi-4f0cdf/'],
      citation: 'constitution2026.gpImmunity',
    },
    {
      id: 'gpConsent',
      targets: [{ kind: 'relation', ref: 'appointment:president:gpo' }],
      title: t('Бас Прокурорды тағайындауға келісім', 'Согласие на назначение Генерального Прокурора', 'Consent to the General Prosecutor\'s appointment'),
      before: t('Президент Сенаттың келісімімен тағайындайды', 'Назначает Президент с согласия Сената', 'The President appoints with the Senate\'s consent'),
      after: t(
        'Ашық сұрақ: Құрылтайдың келісімі қажет пе, әлде ешкімнің келісімі қажет емес пе. 2026 ж. 26 қаңтардағы Құрылтай келісетін лауазымдар тізімінде (Вице-Президент, Премьер-Министр, 10 судья, ОСК-ның 6 мүшесі, Жоғары аудиторлық палатаның 8 мүшесі) Бас Прокурор жоқ',
        'Открытый вопрос: нужно ли согласие Курултая или ничьё согласие не нужно. В списке должностей с согласия Курултая от 26 января 2026 года (Вице-президент, Премьер-министр, 10 судей КС, 6 членов ЦИК, 8 членов Высшей аудиторской палаты) Генерального Прокурора нет',
        'Open question: the Kurultai\'s consent, or nobody\'s. The list of posts needing the Kurultai\'s consent proposed on 26 Jan 2026 (Vice-President, Prime Minister, 10 Constitutional Court judges, 6 CEC members, 8 Supreme Audit Chamber members) omits the General Prosecutor',
      ),
      status: 'unverified',
      sources: [
        'https://qazinform.com/amp/kazakhstan-plans-constitutional-reform-on-personnel-appointments-involving-qurultay-bfd3d9',
        'https://www.nur.kz/politics/kazakhstan/2335596-v-konstitucii-predlozhili-zakrepit-kogo-budet-naznachat-prezident-s-soglasiya-kurultaya',
      ],
      citation: 'constitution2026.gpAppointment',
    },
    {
      id: 'transition',
      targets: [{ kind: 'term', ref: 'transition' }],
      title: t('Өтпелі ереже', 'Переходное положение', 'Transition'),
      after: t(
        'Бас Прокурор (Жоғарғы Сот, Ұлттық Банк, ҰҚК төрағаларымен бірге) Конституция күшіне енгеннен кейін екі ай ішінде тағайындалады (жобаның 95-бабы)',
        'Генеральный Прокурор (вместе с председателями Верховного Суда, Национального Банка, КНБ) назначается в течение двух месяцев после вступления Конституции в силу (ст. 95 проекта)',
        'The General Prosecutor (with the chairmen of the Supreme Court, the National Bank and the NSC) is appointed within two months of the Constitution\'s entry into force (draft art. 95)',
      ),
      status: 'reported',
      sources: ['https://www.inform.kz/ru/proekt-novoy-konstitutsii-opredelil-poryadok-i-sroki-naznacheniya-visshih-dolzhnostnih-lits-kazahstana-aaf863'],
    },
    {
      id: 'holidays',
      targets: [{ kind: 'calendar' }],
      title: t('Мерекелер', 'Праздники', 'Holidays'),
      before: t('30 тамыз — мереке', '30 августа — праздник', '30 August is a holiday'),
      after: t(
        '2026 жылдан 30 тамыз мереке емес; 2027 жылдан 15 наурыз — Конституция күні (күнтізбе мұны қолданады)',
        'С 2026 года 30 августа не праздник; с 2027 года 15 марта — День Конституции (календарь это уже учитывает)',
        'From 2026 30 August is no longer a holiday; from 2027 15 March is Constitution Day (the calendar applies both)',
      ),
      status: 'confirmed',
      sources: [],
    },
    {
      id: 'prosecutionArticle',
      targets: [{ kind: 'constitution' }],
      title: t('Прокуратура туралы бап', 'Статья о прокуратуре', 'The article on the prosecution'),
      after: t(
        'Ашық сұрақ: жаңа Конституциядағы баптың нөмірі, «жоғары қадағалау» тұжырымы және тек Президентке есеп беру өзгерді ме',
        'Открытый вопрос: номер статьи в новой Конституции, изменилась ли формула «высшего надзора» и подотчётность только Президенту',
        'Open question: the article number in the new Constitution, and whether the "highest supervision" formula or the President-only accountability changed',
      ),
      status: 'unverified',
      sources: [],
      citation: 'constitution2026.gpAccountability',
    },
    {
      id: 'clAmended',
      targets: [{ kind: 'constitution' }],
      title: t('«Прокуратура туралы» ҚРКЗ', 'КЗ «О прокуратуре»', 'The CL on the Prosecutor\'s Office'),
      after: t(
        'Ашық сұрақ: № 155-VII ҚРКЗ 2026 ж. 1 шілдеден кейін өзгертілді ме (8-бап: Сенаттың келісімі, 5 жыл; иммунитет; 33-баптың 6-тармағы: иммунитеті бар актілер тізімі)',
        'Открытый вопрос: изменён ли КЗ № 155-VII после 1 июля 2026 года (ст. 8: согласие Сената, 5 лет; иммунитет; ст. 33 п. 6: список актов с иммунитетом)',
        'Open question: whether CL No. 155-VII has been amended since 1 July 2026 (art. 8: Senate consent, 5 years; the immunity; art. 33.6: the list of immune acts)',
      ),
      status: 'unverified',
      sources: [],
    },
    {
      id: 'afterJuly',
      targets: [{ kind: 'constitution' }],
      title: t('2026 ж. 1 шілдеден кейін', 'После 1 июля 2026 года', 'After 1 July 2026'),
      after: t(
        'Ашық сұрақ: одан кейін не болғаны (Құрылтай сайлауы, Бас Прокурордың қайта тағайындалуы) біздің дереккөздерде жоқ',
        'Открытый вопрос: что произошло после (выборы в Курултай, повторное назначение Генерального Прокурора) — в наших источниках нет',
        'Open question: what happened afterwards (the Kurultai elections, the General Prosecutor\'s reappointment) is not in our sources',
      ),
      status: 'unverified',
      sources: [],
    },
  ],
};

export const EDITIONS: Readonly<Record<EditionId, Edition>> = { '2023': EDITION_2023, '2026': EDITION_2026 };

export function edition(id: EditionId | undefined): Edition {
  return EDITIONS[id ?? DEFAULT_EDITION];
}

/** The changes of an edition that touch a target of this kind (and ref). */
export function changesTouching(id: EditionId, target: ChangeTarget): EditionChange[] {
  return EDITIONS[id].changes.filter((c) =>
    c.targets.some((x) => x.kind === target.kind && (!('ref' in target) || ('ref' in x && x.ref === target.ref))),
  );
}

export const CHANGE_STATUS_LABELS: Record<ChangeStatus, LocalizedText> = {
  confirmed: t('расталған', 'подтверждено', 'confirmed'),
  reported: t('хабарланған, тексеріңіз', 'сообщалось, проверьте', 'reported, verify'),
  unverified: t('ашық сұрақ', 'открытый вопрос', 'open question'),
};

/** The calendar follows current law whatever the document's edition (design.md). */
export const CALENDAR_NOTICE: LocalizedText = t(
  'Күнтізбе: қазіргі заң (2026 жылғы мереке өзгерістерімен)',
  'Календарь: действующий закон (с изменениями праздников 2026 года)',
  'Calendar: current law (2026 holiday changes included)',
);

/** The calendar's fact in a few words, for the header's one row (the full notice on hover). */
export const CALENDAR_SHORT: LocalizedText = t('Күнтізбе: қазіргі заң', 'Календарь: действующий закон', 'Calendar: current law');

/**
 * The default edition's label, kept for callers that read one line.
 * @deprecated read `edition(id).title` and `CALENDAR_NOTICE`.
 */
export const LAW_EDITION: { asOf: EditionId; label: LocalizedText } = {
  asOf: DEFAULT_EDITION,
  label: EDITION_2023.title,
};
