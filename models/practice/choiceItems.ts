/**
 * Authored multiple-choice items, for what the models do not compute: each tied to a theme, the
 * manual's review questions it practises, and the citation (seed lines) that holds the fact. The
 * first option is the right one; the generator shuffles them. Our own words, never the manual's
 * sentences.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import type { QuestionId } from '../lessons/types';
import type { Theme } from './types';

export interface ChoiceItem {
  id: string;
  theme: Theme;
  questions: QuestionId[];
  citation: CitationId;
  prompt: LocalizedText;
  /** The right option first. */
  options: [LocalizedText, ...LocalizedText[]];
}

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

export const CHOICE_ITEMS: readonly ChoiceItem[] = [
  {
    id: 'principles', theme: 1, questions: ['q1.2'], citation: 'themes.principles',
    prompt: t('Прокуратураны ұйымдастыру қағидаттарының бірі қайсы?', 'Какой из них — принцип организации прокуратуры?', 'Which of these is a principle on which the prosecution is organised?'),
    options: [
      t('Тек Президентке есеп беру', 'Подотчётность только Президенту', 'Accountability to the President alone'),
      t('Үкіметке есеп беру', 'Подотчётность Правительству', 'Accountability to the Government'),
      t('Прокурорларды халықтың сайлауы', 'Избрание прокуроров населением', 'Election of prosecutors by the people'),
      t('Жергілікті әкімдікке бағыну', 'Подчинение местному акимату', 'Subordination to the local akimat'),
    ],
  },
  {
    id: 'tasks', theme: 1, questions: ['q1.3'], citation: 'themes.tasks',
    prompt: t('Прокуратураның міндетіне не жатады?', 'Что входит в задачи прокуратуры?', 'Which of these is a task of the prosecution?'),
    options: [
      t('Құқықтарды қорғау және заң бұзушылықтарды жою', 'Защита прав и устранение нарушений закона', 'Protecting rights and removing breaches of the law'),
      t('Қылмыстық істер бойынша сот төрелігін жүзеге асыру', 'Отправление правосудия по уголовным делам', 'Administering justice in criminal cases'),
      t('Заңдар қабылдау', 'Принятие законов', 'Passing laws'),
      t('Мемлекеттік бюджетті бекіту', 'Утверждение государственного бюджета', 'Approving the state budget'),
    ],
  },
  {
    id: 'staff', theme: 2, questions: ['q2.2'], citation: 'themes.staff',
    prompt: t('Заң бойынша прокурор кім?', 'Кто по закону является прокурором?', 'Who is a prosecutor under the law?'),
    options: [
      t('Прокуратурада қызмет ететін, сыныптық шені немесе әскери атағы бар азамат', 'Гражданин на службе в прокуратуре с классным чином или воинским званием', 'A citizen serving in the prosecution who holds a class rank or a military rank'),
      t('Заң дипломы бар кез келген азамат', 'Любой гражданин с юридическим дипломом', 'Any citizen with a law degree'),
      t('Соттың кез келген қызметкері', 'Любой работник суда', 'Any employee of a court'),
      t('Мәслихат депутаты', 'Депутат маслихата', 'A member of a maslikhat'),
    ],
  },
  {
    id: 'gpReports', theme: 2, questions: ['q2.5', 'q3.5'], citation: 'themes.gpGuarantees',
    prompt: t('Бас Прокурор кімге есеп береді?', 'Кому подотчётен Генеральный Прокурор?', 'To whom does the General Prosecutor report?'),
    options: [
      t('Тек Президентке', 'Только Президенту', 'To the President alone'),
      t('Үкіметке', 'Правительству', 'To the Government'),
      t('Жоғарғы Сотқа', 'Верховному Суду', 'To the Supreme Court'),
      t('Әділет министріне', 'Министру юстиции', 'To the Minister of Justice'),
    ],
  },
  {
    id: 'subordination', theme: 2, questions: ['q2.6', 'q2.7'], citation: 'themes.subordinationPowers',
    prompt: t('Прокурорлардың бағыныстылығы нені білдіреді?', 'Что означает подчинённость прокуроров?', 'What does the subordination of prosecutors mean?'),
    options: [
      t('Жоғары тұрған прокурордың нұсқаулары төмен тұрғанға міндетті', 'Указания вышестоящего прокурора обязательны для нижестоящего', 'A higher prosecutor\'s instructions bind the lower one'),
      t('Төмен тұрған прокурорлар жоғары тұрғанды сайлайды', 'Нижестоящие прокуроры избирают вышестоящего', 'Lower prosecutors elect the higher one'),
      t('Аудан прокуроры әкімге есеп береді', 'Районный прокурор отчитывается перед акимом', 'A district prosecutor reports to the akim'),
      t('Әр прокурор жоғары тұрғаннан тәуелсіз әрекет етеді', 'Каждый прокурор действует независимо от вышестоящего', 'Each prosecutor acts free of any higher one'),
    ],
  },
  {
    id: 'appealTerm', theme: 5, questions: ['q5.17'], citation: 'themes.appeals',
    prompt: t('Прокуратураға түскен жолданым қанша мерзімде қаралады?', 'В какой срок рассматривается обращение в прокуратуру?', 'Within what term is an appeal to the prosecution considered?'),
    options: [
      t('15 жұмыс күні, 2 айға дейін ұзартуға болады', '15 рабочих дней, с продлением до 2 месяцев', '15 working days, extendable up to 2 months'),
      t('Күнтізбелік 10 күн', '10 календарных дней', '10 calendar days'),
      t('30 жұмыс күні', '30 рабочих дней', '30 working days'),
      t('3 жұмыс күні', '3 рабочих дня', '3 working days'),
    ],
  },
  {
    id: 'complaintTerm', theme: 5, questions: ['q5.19'], citation: 'themes.complaints',
    prompt: t('Прокурордың әрекетіне шағымды жоғары тұрған прокурор қанша мерзімде қарайды?', 'В какой срок вышестоящий прокурор рассматривает жалобу на действия прокурора?', 'Within what term does a higher prosecutor consider a complaint about a prosecutor?'),
    options: [
      t('20 жұмыс күні', '20 рабочих дней', '20 working days'),
      t('15 жұмыс күні', '15 рабочих дней', '15 working days'),
      t('Күнтізбелік 10 күн', '10 календарных дней', '10 calendar days'),
      t('Екі ай', 'Два месяца', 'Two months'),
    ],
  },
  {
    id: 'proceduralProsecutor', theme: 5, questions: ['q5.14'], citation: 'themes.proceduralProsecutor',
    prompt: t('Процессуалдық прокурор қылмыстық істі қай сәттен бастап қадағалайды?', 'С какого момента процессуальный прокурор надзирает за уголовным делом?', 'From when does the procedural prosecutor supervise a criminal case?'),
    options: [
      t('Сотқа дейінгі тергеп-тексеру басталған сәттен', 'С начала досудебного расследования', 'From the start of the pre-trial investigation'),
      t('Айыптау актісі жасалған сәттен', 'С составления обвинительного акта', 'From the drawing up of the indictment'),
      t('Соттың бірінші отырысынан', 'С первого заседания суда', 'From the first court hearing'),
      t('Үкім шыққаннан кейін', 'После вынесения приговора', 'After the verdict'),
    ],
  },
  {
    id: 'supervisionAct', theme: 6, questions: ['q6.2'], citation: 'themes.supervisionActs',
    prompt: t('Мыналардың қайсысы прокурорлық қадағалау актісі?', 'Что из этого — акт прокурорского надзора?', 'Which of these is an act of prosecutorial supervision?'),
    options: [
      t('Наразылық', 'Протест', 'A protest'),
      t('Бас прокурордың кадр бұйрығы', 'Кадровый приказ Генерального прокурора', 'A staffing order of the General Prosecutor'),
      t('Сот үкімі', 'Приговор суда', 'A court verdict'),
      t('Үкімет қаулысы', 'Постановление Правительства', 'A Government decree'),
    ],
  },
  {
    id: 'organisationActs', theme: 6, questions: ['q6.5'], citation: 'themes.organisationActs',
    prompt: t('Прокуратураның ұйымдастырылуы мен қызметін қандай актілер реттейді?', 'Какие акты регулируют организацию и деятельность прокуратуры?', 'Which acts govern the organisation and work of the prosecution?'),
    options: [
      t('Бұйрықтар, өкімдер, ережелер, нұсқаулықтар', 'Приказы, распоряжения, положения, инструкции', 'Orders, directives, regulations, instructions'),
      t('Наразылықтар мен ұсыныстар', 'Протесты и представления', 'Protests and representations'),
      t('Сот шешімдері', 'Решения судов', 'Court decisions'),
      t('Мәслихат шешімдері', 'Решения маслихатов', 'Decisions of maslikhats'),
    ],
  },
  {
    id: 'actFamilies', theme: 6, questions: ['q6.1', 'q6.3'], citation: 'themes.actFamilies',
    prompt: t('Прокуратура актілері қандай топтарға бөлінеді?', 'На какие группы делятся акты прокуратуры?', 'Into which families are the prosecution\'s acts divided?'),
    options: [
      t('Үшке: қадағалау, ден қою және ұйымдастыру актілері', 'На три: акты надзора, реагирования и организационные', 'Three: acts of supervision, of response and of organisation'),
      t('Екіге: жазбаша және ауызша', 'На две: письменные и устные', 'Two: written and oral'),
      t('Екіге: республикалық және жергілікті', 'На две: республиканские и местные', 'Two: national and local'),
      t('Төртке: заң, жарлық, қаулы, бұйрық', 'На четыре: закон, указ, постановление, приказ', 'Four: law, decree, resolution, order'),
    ],
  },
  {
    id: 'councilChair', theme: 7, questions: ['q7.5'], citation: 'themes.councilComposition',
    prompt: t('Үйлестіру кеңесін кім басқарады?', 'Кто возглавляет Координационный совет?', 'Who chairs the Coordination Council?'),
    options: [
      t('Бас прокурор', 'Генеральный прокурор', 'The General Prosecutor'),
      t('Ішкі істер министрі', 'Министр внутренних дел', 'The Minister of Internal Affairs'),
      t('Президент', 'Президент', 'The President'),
      t('Жоғарғы Сот төрағасы', 'Председатель Верховного Суда', 'The Chair of the Supreme Court'),
    ],
  },
  {
    id: 'councilDecisions', theme: 7, questions: ['q7.7'], citation: 'themes.councilDecisions',
    prompt: t('Үйлестіру кеңесі шешімдерінің құқықтық мәртебесі қандай?', 'Каков правовой статус решений Координационного совета?', 'What is the legal status of the Coordination Council\'s decisions?'),
    options: [
      t('Міндетті, бірлескен актілермен орындалады', 'Обязательны, исполняются совместными актами', 'Binding, carried out by joint acts'),
      t('Тек ұсыныс сипатында', 'Носят лишь рекомендательный характер', 'Recommendations only'),
      t('Сенат бекіткеннен кейін ғана күшіне енеді', 'Вступают в силу только после одобрения Сената', 'In force only once the Senate approves them'),
      t('Тек прокурорларға міндетті', 'Обязательны только для прокуроров', 'Binding on prosecutors only'),
    ],
  },
  {
    id: 'independence', theme: 8, questions: ['q8.2'], citation: 'themes.independence',
    prompt: t('Прокурорға оның ісі бойынша ықпал етуге бола ма?', 'Можно ли воздействовать на прокурора по его делу?', 'May anyone press a prosecutor over a matter in hand?'),
    options: [
      t('Жоқ: прокурорға кез келген ықпал етуге тыйым салынады', 'Нет: любое воздействие на прокурора запрещено', 'No: any pressure on a prosecutor is prohibited'),
      t('Иә, жергілікті әкім', 'Да, местный аким', 'Yes, the local akim may'),
      t('Иә, егер депутат сұраса', 'Да, если просит депутат', 'Yes, if a member of parliament asks'),
      t('Иә, бұқаралық ақпарат құралдары арқылы', 'Да, через средства массовой информации', 'Yes, through the media'),
    ],
  },
  {
    id: 'materials', theme: 8, questions: ['q8.4'], citation: 'themes.materials',
    prompt: t('Прокурор сұраған материалдар қандай мерзімде берілуі тиіс?', 'В какой срок должны быть представлены материалы, запрошенные прокурором?', 'Within what term must materials the prosecutor asks for be provided?'),
    options: [
      t('Прокурор белгілеген, үш жұмыс күнінен аспайтын мерзімде', 'В срок, установленный прокурором, не более трёх рабочих дней', 'Within the prosecutor\'s term, three working days at most'),
      t('Күнтізбелік 10 күнде', 'В течение 10 календарных дней', 'Within 10 calendar days'),
      t('Бір айда', 'В течение месяца', 'Within a month'),
      t('Мерзімсіз', 'Без срока', 'With no term'),
    ],
  },
  {
    id: 'forcedBringing', theme: 8, questions: ['q8.6'], citation: 'themes.forcedBringing',
    prompt: t('Күштеп әкелу қашан жүргізілмейді?', 'Когда привод не производится?', 'When may forced bringing not be carried out?'),
    options: [
      t('Түнгі уақытта', 'В ночное время', 'At night'),
      t('Жұмыс күні', 'В рабочий день', 'On a working day'),
      t('Таңертең', 'Утром', 'In the morning'),
      t('Шақыру қағазы жіберілгеннен кейін', 'После направления повестки', 'After a summons was sent'),
    ],
  },
];
