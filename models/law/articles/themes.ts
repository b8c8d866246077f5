import type { Citation, LegalAct } from '../types';

/**
 * What the manual teaches theme by theme, cited as the manual states it (source 'manual'): the
 * seed lines and the Kazakh term that stands in them; the act is the CL unless the manual speaks of
 * a code (the CPC for the procedural prosecutor). The article is the one the manual names in
 * those lines, else null ("article unknown"). Cited by the lessons and their concept schemes.
 */
const m = (article: string | null, seedLines: readonly [number, number], term: string, kk: string, ru: string, en: string, act: LegalAct = 'cl'): Citation & { seedLines: readonly [number, number]; term: string } => ({
  act,
  article,
  label: { kk, ru, en },
  source: 'manual',
  seedLines,
  term,
});

export const themeArticles = {
  'themes.principles': m('3', [138, 152], 'қағидаттарының', 'Заңдылық, тәуелсіздік, Президентке ғана есеп беру, жариялылық', 'Законность, независимость, подотчётность только Президенту, гласность', 'Legality, independence, accountability to the President alone, publicity'),
  'themes.tasks': m('4', [758, 780], 'міндеттер тізімі', 'Прокуратураның міндеттері: құқықтарды қорғау, бұзушылықтарды жою, үйлестіру', 'Задачи прокуратуры: защита прав, устранение нарушений, координация', 'The prosecution\'s tasks: protect rights, remove violations, coordinate'),
  'themes.functions': m(null, [784, 849], 'функцияларын', 'Функциялар: негізгі, жалпы құқықтық, арнайы, кіші', 'Функции: основные, общеправовые, специальные, подфункции', 'Functions: main, general legal, special, sub-functions'),
  'themes.staff': m(null, [942, 950], 'сыныптық шені', 'Сыныптық шені немесе әскери атағы бар азамат прокурор болып табылады', 'Прокурор — гражданин с классным чином или воинским званием', 'A prosecutor is a citizen holding a class rank or a military rank'),
  'themes.gpoSubordinates': m(null, [994, 1025], 'бағынады', 'Бас прокуратураға бағынатын органдар', 'Органы, подчинённые Генеральной прокуратуре', 'The bodies subordinate to the General Prosecutor\'s Office'),
  'themes.gpGuarantees': m(null, [1142, 1164], 'иммунитеттері', 'Бас Прокурор Президентке есеп береді және иммунитеттерге ие', 'Генеральный Прокурор подотчётен Президенту и обладает иммунитетами', 'The GP reports to the President and holds immunities'),
  'themes.subordinationPowers': m(null, [1205, 1233], 'бағыныстылығына', 'Бағыныстылық: жоғары тұрғанның нұсқаулары міндетті, төмен тұрған жауапты', 'Подчинённость: указания вышестоящего обязательны, нижестоящий отвечает', 'Subordination: a higher prosecutor\'s instructions bind, the lower one answers'),
  'themes.competenceAreas': m(null, [1300, 1337], 'қадағалау салаларының', 'Прокурорлық қадағалау салалары', 'Сферы прокурорского надзора', 'The areas of prosecutorial supervision'),
  'themes.gpPowers': m(null, [1407, 1521], 'Бас Прокурордың өкілеттігі', 'Бас Прокурордың өкілеттігі', 'Полномочия Генерального Прокурора', 'The General Prosecutor\'s powers'),
  'themes.prosecutorRights': m(null, [1527, 1740], 'құқылы', 'Прокурордың құқықтары', 'Права прокурора', 'The prosecutor\'s rights'),
  'themes.prosecutorDuties': m(null, [1742, 1807], 'міндеттері', 'Прокурордың міндеттері және жауапкершілігі', 'Обязанности и ответственность прокурора', 'The prosecutor\'s duties and liability'),
  'themes.courtRepresentation': m(null, [2867, 2934], 'мемлекет мүдделерінің өкілдігі', 'Сотта мемлекет мүдделерін білдіру', 'Представительство интересов государства в суде', 'Representing the state\'s interests in court'),
  'themes.proceduralProsecutor': m(null, [3310, 3343], 'процессуалдық прокурор', 'Процессуалдық прокурор сотқа дейінгі тергеуді басынан қадағалайды', 'Процессуальный прокурор надзирает за расследованием с его начала', 'The procedural prosecutor supervises the investigation from its start', 'cpc'),
  'themes.appeals': m('24', [3604, 3640], 'он бес жұмыс күнін', 'Жолданым 15 жұмыс күнінде қаралады, 2 айға дейін ұзартылуы мүмкін', 'Обращение рассматривается 15 рабочих дней, продление до 2 месяцев', 'An appeal is considered in 15 working days, extendable up to 2 months'),
  'themes.complaints': m('25', [3736, 3762], 'жиырма жұмыс күнін', 'Прокурорға шағымды жоғары тұрған прокурор 20 жұмыс күнінде қарайды', 'Жалобу на прокурора вышестоящий прокурор рассматривает 20 рабочих дней', 'A higher prosecutor considers a complaint about a prosecutor in 20 working days'),
  'themes.actFamilies': m(null, [3955, 3967], 'ден қою актілері', 'Актілердің үш тобы: қадағалау, ден қою, ұйымдастыру', 'Три группы актов: надзора, реагирования, организационные', 'Three families of acts: supervision, response, organisation'),
  'themes.publicity': m('42', [3979, 3993], 'бұқаралық ақпарат', 'Прокуратура актілерін бұқаралық ақпарат құралдарында жариялау', 'Публикация актов прокуратуры в СМИ', 'Publishing the prosecution\'s acts in the media'),
  'themes.supervisionActs': m('32.1', [3997, 4001], 'наразылық, санкция', 'Қадағалау актілері: наразылық, санкция, нұсқау, ұсыныс, қаулы', 'Акты надзора: протест, санкция, указание, представление, постановление', 'Acts of supervision: protest, sanction, instruction, representation, resolution'),
  'themes.petition': m('38', [4252, 4262], 'өтінішхат', 'Күшіне енбеген сот актісін қайта қарау туралы өтінішхат', 'Ходатайство о пересмотре не вступившего в силу судебного акта', 'A petition to review a court act not yet in force'),
  'themes.claim': m('39', [4264, 4274], 'сотқа жүгінуге', 'Прокурордың сотқа арызы (талап қоюы)', 'Заявление (иск) прокурора в суд', 'The prosecutor\'s claim to court'),
  'themes.publicAppeal': m('40', [4276, 4295], 'үндеу', 'Лауазымды адамдарға, органдарға және тұлғаларға үндеу', 'Обращение к должностным лицам, органам и лицам', 'A public appeal to officials, bodies and persons'),
  'themes.warning': m('41', [4297, 4311], 'ескертеді', 'Заңды түсіндіру және жауапкершілік туралы ескерту', 'Разъяснение закона и предостережение об ответственности', 'Explaining the law and warning of liability'),
  'themes.organisationActs': m(null, [4313, 4325], 'бұйрықтар', 'Ұйымдастыру актілері: бұйрықтар, өкімдер, ережелер, нұсқаулар', 'Организационные акты: приказы, распоряжения, положения, инструкции', 'Organisational acts: orders, directives, regulations, instructions'),
  'themes.councilComposition': m(null, [4535, 4545], 'төрағасы', 'Кеңесті Бас прокурор басқарады, мүшелері — құқық қорғау органдарының басшылары', 'Совет возглавляет Генеральный прокурор, члены — руководители правоохранительных органов', 'The GP chairs the Council; its members head the law-enforcement bodies'),
  'themes.councilDecisions': m(null, [4592, 4608], 'міндетті', 'Кеңес шешімдері міндетті, бірлескен актілермен орындалады', 'Решения Совета обязательны, исполняются совместными актами', 'The Council\'s decisions bind and are carried out by joint acts'),
  'themes.interaction': m(null, [4649, 4660], 'қалпына келтіру', 'Құқықтарды қорғау үшін органдармен өзара іс-қимыл', 'Взаимодействие с органами для защиты прав', 'Working with other bodies to protect rights'),
  'themes.independence': m('26.1', [4823, 4835], 'тәуелсіз', 'Прокурорға ықпал етуге тыйым салынады', 'Воздействие на прокурора запрещено', 'No one may press a prosecutor'),
  'themes.noComments': m('26.6', [4837, 4847], 'түсініктеме бермейді', 'Прокурор өндірісіндегі материалдар бойынша түсініктеме бермейді', 'Прокурор не комментирует материалы в производстве', 'A prosecutor does not comment on files in progress'),
  'themes.binding': m(null, [4890, 4900], 'міндетті', 'Прокурордың талаптары мен сұраулары орындалуға міндетті', 'Требования и запросы прокурора обязательны', 'The prosecutor\'s demands and requests must be met'),
  'themes.materials': m(null, [4952, 4969], 'үш жұмыс күнінен', 'Материалдар прокурор белгілеген, үш жұмыс күнінен аспайтын мерзімде беріледі', 'Материалы — в срок прокурора, не более трёх рабочих дней', 'Materials within the prosecutor\'s term, three working days at most'),
  'themes.forcedBringing': m('26.11', [5165, 5189], 'түнгі уақытта', 'Күштеп әкелу уәжді қаулы бойынша, түнгі уақытта жүргізілмейді', 'Привод — по мотивированному постановлению, не в ночное время', 'Forced bringing by a reasoned resolution, never at night'),
  'themes.notBrought': m('26.14', [5191, 5203], 'жүкті', 'Күштеп әкелуге жатпайтын адамдар', 'Лица, не подлежащие приводу', 'Persons who may not be brought by force'),
  'themes.social': m(null, [5207, 5226], 'әлеуметтік кепілдіктері', 'Прокурордың әлеуметтік кепілдіктері', 'Социальные гарантии прокурора', 'The prosecutor\'s social guarantees'),
  'themes.pension': m('46.2', [5300, 5306], 'зейнетақымен', 'Зейнетақы және мемлекеттік жәрдемақылар', 'Пенсии и государственные пособия', 'Pensions and state benefits'),
  'themes.serviceId': m('47.3', [5321, 5331], 'куәлік', 'Қызметтік куәлік', 'Служебное удостоверение', 'The service ID'),
} satisfies Record<`themes.${string}`, Citation>;
