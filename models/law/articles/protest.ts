import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/protest. Ids are prefixed 'protest.' so that areas never collide.
 * The labels are our own short wording of CL art. 33, 39 and 43 (as the manual states them), not quotations.
 */
export const protestArticles = {
  'protest.definition': {
    act: 'cl',
    article: '33',
    source: 'manual',
    seedLines: [4003, 4026],
    term: 'наразылық',
    label: {
      kk: 'Прокурор заңсыз актінің күшін жоюды не оны заңға сәйкес келтіруді, заңсыз әрекетті тоқтатуды талап етіп наразылық келтіреді',
      ru: 'Прокурор приносит протест, требуя отменить незаконный акт или привести его в соответствие с законом, прекратить незаконное действие',
      en: 'A prosecutor brings a protest demanding that an unlawful act be cancelled or brought in line with the law, or an unlawful action stopped',
    },
  },
  'protest.addressee': {
    act: 'cl',
    article: '33.2',
    source: 'manual',
    seedLines: [4052, 4064],
    term: 'жоғары тұрған органға',
    label: {
      kk: 'Наразылық актіні шығарған органға (лауазымды адамға) не жоғары тұрған органға келтіріледі',
      ru: 'Протест приносится органу (должностному лицу), издавшему акт, либо вышестоящему органу',
      en: 'A protest goes to the body or official that issued the act, or to a higher one',
    },
  },
  'protest.term': {
    act: 'cl',
    article: '33.3',
    source: 'manual',
    seedLines: [4066, 4072],
    term: 'күнтізбелік он күн',
    label: {
      kk: 'Наразылық күнтізбелік он күн ішінде қаралады; прокурор өзге мерзім белгілей алады, бірақ үш жұмыс күнінен кем емес',
      ru: 'Протест рассматривается в течение десяти календарных дней; прокурор может установить иной срок, но не менее трёх рабочих дней',
      en: 'A protest is considered within ten calendar days; the prosecutor may set another term of at least three working days',
    },
  },
  'protest.hearing': {
    act: 'cl',
    article: '33.3',
    source: 'manual',
    seedLines: [4074, 4078],
    term: 'уақыты мен орны',
    label: {
      kk: 'Орган прокурорға наразылықты қарау уақыты мен орнын хабарлайды, нәтижесін дереу жазбаша хабарлайды',
      ru: 'Орган сообщает прокурору время и место рассмотрения протеста, а о результатах — незамедлительно в письменной форме',
      en: 'The body tells the prosecutor the time and place of the hearing, and reports the result in writing at once',
    },
  },
  'protest.withdrawal': {
    act: 'cl',
    article: '33.3',
    source: 'manual',
    seedLines: [4078, 4082],
    term: 'кері қайтарып',
    label: {
      kk: 'Наразылықты қаралғанға дейін оны келтірген не жоғары тұрған прокурор кері қайтарып алуы мүмкін',
      ru: 'Протест до его рассмотрения может быть отозван принёсшим его или вышестоящим прокурором',
      en: 'Before it is considered, a protest may be withdrawn by its author or by a higher prosecutor',
    },
  },
  'protest.superiorPowers': {
    act: 'cl',
    article: '43.3',
    source: 'manual',
    seedLines: [3943, 3949],
    term: 'кері қайтарып алуы',
    label: {
      kk: 'Жоғары тұрған прокурор төмен тұрған прокурордың актілерінің күшін жоя, кері қайтарып ала, тоқтата тұра немесе өзгерте алады',
      ru: 'Вышестоящий прокурор может отменить, отозвать, приостановить или изменить акты нижестоящего прокурора',
      en: 'A higher prosecutor may cancel, withdraw, suspend or amend a lower prosecutor\'s acts',
    },
  },
  'protest.suspension': {
    act: 'cl',
    article: '33.5',
    source: 'manual',
    seedLines: [4084, 4096],
    term: 'тоқтата',
    label: {
      kk: 'Шешім қабылданғанға дейін Бас Прокурор, оның орынбасарлары, әскери және көлік прокуратуралары органдарының басшылары, облыстық және аудандық прокурорлар актінің орындалуын тоқтата тұра алады',
      ru: 'До принятия решения Генеральный Прокурор, его заместители, руководители органов военной и транспортной прокуратуры, прокуроры областей и районов вправе приостановить исполнение акта',
      en: 'Until the decision, the GP, the Deputy GPs, heads of military and transport prosecution bodies, oblast and district prosecutors may suspend the protested act',
    },
  },
  'protest.immunity': {
    act: 'cl',
    article: '33.6',
    source: 'manual',
    seedLines: [4036, 4050],
    term: 'заңнамалық актілері',
    label: {
      kk: 'Заңнамалық актілерге, Президенттің, Президент Әкімшілігінің, Конституциялық Соттың актілеріне, Жоғары аудиторлық палатаның тексеру қорытындысы бойынша актілеріне наразылық келтірілмейді',
      ru: 'Протест не приносится на законодательные акты, акты Президента, Администрации Президента, Конституционного Суда, Высшей аудиторской палаты по итогам проверок',
      en: 'No protest against legislative acts, acts of the President, the Presidential Administration, the Constitutional Court, or the Supreme Audit Chamber on its audits',
    },
  },
  'protest.parliamentActs': {
    act: 'cl',
    article: '33.6',
    source: 'reading',
    seedLines: [4034, 4038],
    term: 'заңнамалық актілері',
    why: {
      kk: 'Оқу құралы Парламенттің кез келген актісін емес, «ҚР заңнамалық актілерін» атайды; Парламенттің әр актісін заңнамалық акт деп санау — біздің жеңілдетуіміз',
      ru: 'Пособие называет «законодательные акты РК», а не любые акты Парламента; считать каждый акт Парламента законодательным — наше упрощение',
      en: 'The manual names "legislative acts of the RK", not every act of Parliament; treating each act of Parliament as a legislative act is our simplification',
    },
    label: {
      kk: 'Заңнамалық актілерге наразылық келтірілмейді (мұнда: Парламенттің кез келген актісі)',
      ru: 'Протест не приносится на законодательные акты (здесь: любой акт Парламента)',
      en: 'No protest against legislative acts (here: any act of Parliament)',
    },
  },
  'protest.courtActs': {
    act: 'cl',
    article: '33.7',
    source: 'manual',
    seedLines: [4098, 4109],
    term: 'сот актілеріне',
    label: {
      kk: 'Сот актілеріне наразылық келтіру тәртібі мен мерзімдерін процестік заңнама айқындайды (заңды күшіне енбегендеріне — 38-бап бойынша өтінішхат)',
      ru: 'Порядок и сроки опротестования судебных актов определяются процессуальным законодательством (на не вступившие в силу — ходатайство по ст. 38)',
      en: 'Protests against court acts follow the procedural codes (acts not yet in force: a petition under art. 38)',
    },
  },
  'protest.claim': {
    act: 'cl',
    article: '39',
    source: 'manual',
    seedLines: [4264, 4274],
    term: 'сотқа жүгінуге',
    label: {
      kk: 'Қадағалау актісі қабылданбаса не қаралмай қалса, прокурор актіні заңсыз деп тану туралы сотқа жүгінеді',
      ru: 'Если акт надзора отклонён или оставлен без рассмотрения, прокурор обращается в суд о признании акта незаконным',
      en: 'When an act of supervision is rejected or left unconsidered, the prosecutor may ask a court to declare the act unlawful',
    },
  },
} satisfies Record<`protest.${string}`, Citation>;
