/**
 * The concept schemes of the manual, rebuilt from its text (fidelity-audit.md §2.1, §2.14–2.16,
 * §3): the diagrams its themes were written around are lost, but their contents survive as lists.
 * Each scheme is a small read-only tree; each node cites the seed lines that say it (with a Kazakh
 * term that stands there, which a test looks for) or a citation of the registry. Labels are ours.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import type { LessonTheme } from './types';

export interface SchemeNode {
  id: string;
  label: LocalizedText;
  /** First and last seed line that say it. */
  seedLines?: readonly [number, number];
  /** A Kazakh term found in those lines. */
  term?: string;
  citation?: CitationId;
  children?: SchemeNode[];
}

export interface Scheme {
  id: string;
  theme: LessonTheme;
  title: LocalizedText;
  root: SchemeNode;
}

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });
const n = (id: string, label: LocalizedText, seedLines: readonly [number, number], term: string, children?: SchemeNode[]): SchemeNode =>
  children ? { id, label, seedLines, term, children } : { id, label, seedLines, term };

const principles: Scheme = {
  id: 'principles',
  theme: 1,
  title: t('Прокуратура қызметінің қағидаттары', 'Принципы деятельности прокуратуры', 'The principles of the prosecution'),
  root: n('principles', t('Қағидаттар (ҚРКЗ 3-бап)', 'Принципы (ст. 3 КЗ)', 'Principles (CL art. 3)'), [138, 152], 'қағидаттарының', [
    n('legality', t('Заңдылық', 'Законность', 'Legality'), [144, 144], 'заңдылық қағидаты'),
    n('independence', t('Басқа органдардан тәуелсіздік', 'Независимость от других органов', 'Independence from other bodies'), [146, 148], 'тәуелсіз'),
    n('accountable', t('Тек Президентке есеп беру', 'Подотчётность только Президенту', 'Accountable to the President alone'), [150, 150], 'есеп беру'),
    n('publicity', t('Жариялылық', 'Гласность', 'Publicity'), [152, 152], 'жариялылық'),
  ]),
};

const tasks: Scheme = {
  id: 'tasks',
  theme: 1,
  title: t('Прокуратура органдарының міндеттері', 'Задачи органов прокуратуры', 'The tasks of the prosecution bodies'),
  root: n('tasks', t('Міндеттер (ҚРКЗ 4-бап)', 'Задачи (ст. 4 КЗ)', 'Tasks (CL art. 4)'), [758, 780], 'міндеттері', [
    n('rights', t('Бұзылған құқықтарды қорғау және қалпына келтіру', 'Защита и восстановление нарушенных прав', 'Protect and restore violated rights'), [760, 762], 'қалпына келтіру'),
    n('violations', t('Заң бұзушылықтарды, себептерін және салдарын анықтау, жою', 'Выявление и устранение нарушений, их причин и последствий', 'Find and remove violations, their causes and effects'), [764, 766], 'себептер'),
    n('coordination', t('Құқық қорғау органдарының қызметін үйлестіру', 'Координация правоохранительных органов', 'Coordinate the law-enforcement bodies'), [768, 770], 'үйлестіру'),
    n('other', t('Заңдар мен Президент актілері берген өзге міндеттер', 'Иные задачи по законам и актам Президента', 'Other tasks set by laws and the President\'s acts'), [772, 780], 'өзге де'),
  ]),
};

const functions: Scheme = {
  id: 'functions',
  theme: 1,
  title: t('Прокуратура функцияларының төрт деңгейі', 'Четыре уровня функций прокуратуры', 'The four levels of the prosecution\'s functions'),
  root: n('functions', t('Функциялар', 'Функции', 'Functions'), [784, 798], 'функцияларын', [
    n('main', t('Негізгі функциялар', 'Основные функции', 'Main functions'), [800, 806], 'негізгі функциялары', [
      n('supervision', t('Жоғары қадағалау', 'Высший надзор', 'Highest supervision'), [802, 802], 'жоғары қадағалау'),
      n('court', t('Сотта мемлекет мүддесін білдіру', 'Представительство государства в суде', 'Representing the state in court'), [804, 804], 'сотта мемлекет'),
      n('prosecution', t('Қылмыстық қудалау', 'Уголовное преследование', 'Criminal prosecution'), [806, 806], 'қылмыстық қудалау'),
    ]),
    n('general', t('Жалпы құқықтық функциялар', 'Общеправовые функции', 'General legal functions'), [808, 820], 'құқықтық функциялары', [
      n('protective', t('Құқық қорғау, адам құқықтарын қорғау', 'Правоохранительная, правозащитная', 'Law enforcement, human rights'), [810, 812], 'адам құқықтарын'),
      n('applying', t('Құқық қолдану, түсіндіру', 'Правоприменение, разъяснение', 'Applying and explaining the law'), [814, 816], 'түсіндіру'),
      n('preventive', t('Алдын алу, жазалаушы', 'Профилактическая, карательная', 'Preventive, punitive'), [818, 820], 'алдын алу'),
    ]),
    n('special', t('Арнайы функциялар', 'Специальные функции', 'Special functions'), [822, 836], 'арнайы', [
      n('procedural', t('Қадағалаушы, процедуралық, үйлестіру', 'Надзорная, процедурная, координационная', 'Supervisory, procedural, coordinating'), [824, 828], 'процедуралық'),
      n('managing', t('Талдау, басқару, білім беру', 'Аналитическая, управленческая, образовательная', 'Analytical, managing, educational'), [830, 834], 'басқарушылық'),
    ]),
    n('sub', t('Кіші функциялар (мысалы, кәмелетке толмағандар туралы заңды қадағалау)', 'Подфункции (например, надзор за законами о несовершеннолетних)', 'Sub-functions (e.g. supervising the laws on minors)'), [838, 849], 'кіші функциялар'),
  ]),
};

const competence: Scheme = {
  id: 'competence',
  theme: 3,
  title: t('Прокуратураның құзыреті және Бас Прокурордың өкілеттігі', 'Компетенция прокуратуры и полномочия Генерального Прокурора', 'The competence of the prosecution and the GP\'s powers'),
  root: n('competence', t('Құзырет', 'Компетенция', 'Competence'), [1300, 1337], 'қадағалау салаларының', [
    n('areas', t('Қадағалау салалары', 'Сферы надзора', 'Areas of supervision'), [1300, 1330], 'салаларының', [
      n('bodies', t('Органдар мен ұйымдардың актілері мен шешімдері', 'Акты и решения органов и организаций', 'Acts and decisions of bodies and organisations'), [1304, 1310], 'актілер мен шешімдердің'),
      n('investigation', t('Сотқа дейінгі тергеу, жедел-іздестіру', 'Досудебное расследование, ОРД', 'Pre-trial investigation, operational search'), [1314, 1316], 'жедел-іздестіру'),
      n('courtActs', t('Заңды күшіне енген сот актілері', 'Вступившие в силу судебные акты', 'Court acts in force'), [1320, 1320], 'сот актілері'),
      n('penal', t('Жазаларды орындау', 'Исполнение наказаний', 'Enforcement of penalties'), [1322, 1324], 'жазаларды орындау'),
      n('statistics', t('Құқықтық статистика, арнайы есепке алу', 'Правовая статистика, специальные учёты', 'Legal statistics, special records'), [1326, 1326], 'статистика'),
    ]),
    n('gpPowers', t('Бас Прокурордың өкілеттігі', 'Полномочия Генерального Прокурора', 'The GP\'s powers'), [1407, 1521], 'Бас Прокурордың өкілеттігі', [
      n('leads', t('Бүкіл жүйеге басшылық етеді', 'Руководит всей системой', 'Leads the whole system'), [1413, 1415], 'жүйесінің'),
      n('appoints', t('Президенттің келісімімен облыс прокурорларын тағайындайды', 'С согласия Президента назначает прокуроров областей', 'Appoints oblast prosecutors with the President\'s consent'), [1426, 1432], 'келісімімен'),
      n('reports', t('Президентке заңдылық туралы есеп береді', 'Отчитывается перед Президентом о законности', 'Reports to the President on legality'), [1440, 1442], 'есеп береді'),
      n('acts', t('Нормативтік құқықтық актілер қабылдайды', 'Принимает нормативные правовые акты', 'Issues normative legal acts'), [1468, 1468], 'нормативтік құқықтық актілерді'),
    ]),
    n('rights', t('Прокурордың құқықтары', 'Права прокурора', 'The prosecutor\'s rights'), [1527, 1740], 'құқылы', [
      n('inspect', t('Тексеру, талдау, бағалау жүргізу', 'Проводить проверки, анализ, оценку', 'Inspect, analyse, assess'), [1529, 1531], 'тексеруді'),
      n('protest', t('Наразылық білдіру', 'Приносить протест', 'Bring a protest'), [1537, 1558], 'наразылық'),
      n('expertise', t('Сараптама тағайындау', 'Назначать экспертизу', 'Order an expert examination'), [1590, 1594], 'сараптама'),
      n('instructions', t('Тергеуге міндетті нұсқаулар беру', 'Давать обязательные указания следствию', 'Give binding instructions to investigators'), [1649, 1657], 'нұсқаулар'),
    ]),
    n('duties', t('Прокурордың міндеттері', 'Обязанности прокурора', 'The prosecutor\'s duties'), [1742, 1797], 'заңнамасын сақтау', [
      n('remove', t('Заң бұзушылықтарды жою шараларын қабылдау', 'Принимать меры к устранению нарушений', 'Act to remove violations'), [1750, 1750], 'шаралар қабылдау'),
      n('secrets', t('Құпияны сақтау', 'Хранить тайну', 'Keep secrets'), [1760, 1764], 'құпия'),
    ]),
    n('liability', t('Жауапкершілік және зиянды өтеу', 'Ответственность и возмещение вреда', 'Liability and compensation'), [1799, 1807], 'жауапкершілігі'),
  ]),
};

const directions: Scheme = {
  id: 'directions',
  theme: 5,
  title: t('Прокурорлық қадағалаудың негізгі бағыттары', 'Основные направления прокурорского надзора', 'The main directions of supervision'),
  root: n('directions', t('Бағыттар', 'Направления', 'Directions'), [2851, 2861], 'бағыттары', [
    n('court', t('Сотта мемлекет мүдделерін білдіру', 'Представительство интересов государства в суде', 'Representing the state in court'), [2867, 2867], 'мемлекет мүдделерінің өкілдігі', [
      n('criminal', t('Қылмыстық сот ісі', 'Уголовный процесс', 'Criminal trial'), [2888, 2934], 'қылмыстық'),
      n('civil', t('Азаматтық сот ісі', 'Гражданский процесс', 'Civil cases'), [2993, 3019], 'азаматтық'),
      n('adminOffences', t('Әкімшілік құқық бұзушылық істері', 'Дела об административных правонарушениях', 'Administrative-offence cases'), [3063, 3110], 'әкімшілік құқық бұзушылық'),
      n('administrative', t('Әкімшілік істер', 'Административные дела', 'Administrative cases'), [3112, 3146], 'әкімшілік'),
    ]),
    n('prosecution', t('Қылмыстық қудалау', 'Уголовное преследование', 'Criminal prosecution'), [3284, 3343], 'қылмыстық қудалау', [
      n('procedural', t('Процессуалдық прокурор тергеудің басынан қадағалайды', 'Процессуальный прокурор надзирает с начала расследования', 'The procedural prosecutor supervises from the start'), [3310, 3343], 'процессуалдық прокурор'),
    ]),
    n('appeals', t('Жолданымдарды қарау', 'Рассмотрение обращений', 'Considering appeals'), [3347, 3347], 'жолданымдарды қарау', [
      n('appealTerm', t('15 жұмыс күні, 2 айға дейін ұзартылады', '15 рабочих дней, продление до 2 месяцев', '15 working days, extended up to 2 months'), [3604, 3632], 'он бес жұмыс күнін'),
    ]),
    n('complaints', t('Прокурорлардың шешімдеріне шағымдар', 'Жалобы на решения прокуроров', 'Complaints about prosecutors\' decisions'), [3713, 3713], 'шешімдеріне', [
      n('complaintTerm', t('Жоғары тұрған прокурор қарайды, 20 жұмыс күні', 'Рассматривает вышестоящий прокурор, 20 рабочих дней', 'A higher prosecutor decides, 20 working days'), [3736, 3762], 'жиырма жұмыс күнін'),
    ]),
  ]),
};

const acts: Scheme = {
  id: 'acts',
  theme: 6,
  title: t('Прокуратура актілерінің картасы', 'Карта актов прокуратуры', 'The map of the prosecution\'s acts'),
  root: n('acts', t('Прокуратураның құқықтық актілері', 'Правовые акты прокуратуры', 'Legal acts of the prosecution'), [3955, 3967], 'ден қою актілері', [
    n('supervision', t('Прокурорлық қадағалау актілері (32-бап)', 'Акты прокурорского надзора (ст. 32)', 'Acts of supervision (art. 32)'), [3997, 4001], 'қадағалау актілері', [
      { id: 'protest', label: t('Наразылық (33-бап)', 'Протест (ст. 33)', 'Protest (art. 33)'), citation: 'protest.definition' },
      n('sanction', t('Санкция', 'Санкция', 'Sanction'), [3997, 4001], 'санкция'),
      n('instruction', t('Нұсқау', 'Указание', 'Instruction'), [3997, 4001], 'нұсқау'),
      n('representation', t('Ұсыныс', 'Представление', 'Representation'), [3997, 4001], 'ұсыныс'),
      n('resolution', t('Қаулы', 'Постановление', 'Resolution'), [3997, 4001], 'қаулы'),
    ]),
    n('response', t('Прокурорлық ден қою актілері', 'Акты прокурорского реагирования', 'Acts of response'), [4250, 4311], 'ден қою', [
      n('petition', t('Күшіне енбеген сот актісін қайта қарау туралы өтінішхат (38-бап)', 'Ходатайство о пересмотре не вступившего в силу судебного акта (ст. 38)', 'Petition on a court act not in force (art. 38)'), [4252, 4262], 'өтінішхат'),
      n('claim', t('Сотқа арыз (талап қою) (39-бап)', 'Иск (заявление) в суд (ст. 39)', 'Claim to court (art. 39)'), [4264, 4274], 'сотқа жүгінуге'),
      n('appeal', t('Үндеу (40-бап)', 'Обращение (ст. 40)', 'Public appeal (art. 40)'), [4276, 4295], 'үндеу'),
      n('warning', t('Түсіндіру және ескерту (41-бап)', 'Разъяснение и предостережение (ст. 41)', 'Explanation and warning (art. 41)'), [4297, 4311], 'ескертеді'),
    ]),
    n('organisation', t('Ұйымдастыру актілері', 'Организационные акты', 'Organisational acts'), [4313, 4325], 'бұйрықтар', [
      n('orders', t('Бұйрықтар, өкімдер', 'Приказы, распоряжения', 'Orders, directives'), [4317, 4319], 'өкімдер'),
      n('rules', t('Ережелер, нұсқаулар, регламенттер', 'Положения, инструкции, регламенты', 'Regulations, instructions, procedures'), [4321, 4325], 'регламенттер'),
    ]),
  ]),
};

const guarantees: Scheme = {
  id: 'guarantees',
  theme: 8,
  title: t('Прокурор қызметінің кепілдіктері', 'Гарантии деятельности прокурора', 'The guarantees of the prosecutor\'s activity'),
  root: n('guarantees', t('Кепілдіктер', 'Гарантии', 'Guarantees'), [4797, 4799], 'кепілдіктері', [
    n('legal', t('Құқықтық кепілдіктер', 'Правовые гарантии', 'Legal guarantees'), [4803, 4821], 'құқықтық кепілдіктер', [
      n('independence', t('Тәуелсіздік: ықпал етуге тыйым, материалдар бойынша түсініктеме жоқ', 'Независимость: запрет влияния, без комментариев по материалам', 'Independence: no pressure, no comments on pending files'), [4823, 4847], 'тәуелсіз'),
      n('safety', t('Өмірі мен денсаулығының қауіпсіздігі', 'Безопасность жизни и здоровья', 'Safety of life and health'), [4860, 4865], 'қауіпсіздігін'),
      n('binding', t('Талаптары бәріне міндетті', 'Требования обязательны для всех', 'Demands binding on everyone'), [4890, 4900], 'міндетті'),
      n('specialists', t('Талап бойынша мамандар бөлінеді', 'По требованию выделяются специалисты', 'Specialists assigned on demand'), [4902, 4910], 'тексеруге'),
      n('materials', t('Материалдар үш жұмыс күнінен кешіктірілмей беріледі', 'Материалы — не позднее трёх рабочих дней', 'Materials within three working days at most'), [4952, 4969], 'үш жұмыс күнінен'),
      n('bringing', t('Күштеп әкелу: түнде емес, кейбір адамдарға қолданылмайды', 'Привод: не ночью, не ко всем лицам', 'Forced bringing: never at night, not for some persons'), [5165, 5203], 'күштеп әкел'),
    ]),
    n('social', t('Әлеуметтік және қызметтік кепілдіктер', 'Социальные и служебные гарантии', 'Social and service guarantees'), [5207, 5226], 'әлеуметтік кепілдіктері', [
      n('pay', t('Ақшалай үлес, жәрдемақылар, төлемдер', 'Денежное довольствие, пособия, выплаты', 'Pay, allowances, payments'), [5244, 5298], 'ақшалай үлес'),
      n('pension', t('Зейнетақы және мемлекеттік жәрдемақылар', 'Пенсии и государственные пособия', 'Pensions and state benefits'), [5300, 5306], 'зейнетақымен'),
      n('uniform', t('Нысанды киім', 'Форменная одежда', 'Uniform'), [5308, 5319], 'нысанды киім'),
      n('service', t('Қызметтік куәлік, айырым белгілері, мөр', 'Служебное удостоверение, знаки отличия, печать', 'Service ID, insignia, seal'), [5321, 5341], 'куәлік'),
    ]),
  ]),
};

/** Every scheme, by id. */
export const SCHEMES: readonly Scheme[] = [principles, tasks, functions, competence, directions, acts, guarantees];

const BY_ID: ReadonlyMap<string, Scheme> = new Map(SCHEMES.map((s) => [s.id, s]));

/** @example getScheme('acts')?.root.children?.length // 3 */
export function getScheme(id: string): Scheme | undefined {
  return BY_ID.get(id);
}

export function isSchemeId(id: string): boolean {
  return BY_ID.has(id);
}

/** The nodes of a scheme, depth-first from the root. */
export function schemeNodes(scheme: Scheme): SchemeNode[] {
  const out: SchemeNode[] = [];
  const walk = (node: SchemeNode) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  walk(scheme.root);
  return out;
}
