import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/inspection. Ids are prefixed 'inspection.' so that areas never collide.
 * The labels are our own short wording, not quotations. Where the manual names an article without its
 * item, the article alone is given.
 */
export const inspectionArticles = {
  'inspection.procedure': {
    act: 'cl',
    article: '18',
    label: {
      kk: 'Заңдылықтың сақталуын тексеру: негіздері, мерзімдері және тәртібі',
      ru: 'Проверка соблюдения законности: основания, сроки и порядок',
      en: 'Inspection of compliance with legality: grounds, terms and order',
    },
  },
  'inspection.grounds': {
    act: 'cl',
    article: '18.1',
    label: {
      kk: 'Тексеру Президенттің, Бас Прокурордың тапсырмасы не аталған басшылардың шешімі бойынша тағайындалады',
      ru: 'Проверка назначается по поручению Президента, Генерального Прокурора или по решению перечисленных руководителей',
      en: 'An inspection is appointed on the assignment of the President or the GP, or by decision of the listed heads',
    },
  },
  'inspection.decisionGrounds': {
    act: 'cl',
    article: '18.2',
    label: {
      kk: 'Шешім бойынша тексеру тек бес негіздің бірімен: өзін қорғай алмайтындар, кәмелетке толмағандар, шектелмеген топ, орны толмас зиян, кәсіпкерлікке араласу',
      ru: 'Проверка по решению — только по одному из пяти оснований: неспособные защитить себя, несовершеннолетние, неограниченный круг лиц, необратимый вред, вмешательство в предпринимательство',
      en: 'An inspection by decision needs one of five grounds: persons unable to defend themselves, minors, an unlimited group, irreversible harm, interference in business',
    },
  },
  'inspection.business': {
    act: 'cl',
    article: '18',
    label: {
      kk: 'Жеке кәсіпкерлік субъектілері Президенттің, Бас Прокурордың тапсырмасы бойынша не Бас Прокурордың келісімімен тексеріледі',
      ru: 'Субъекты частного предпринимательства проверяются по поручению Президента, Генерального Прокурора или с согласия Генерального Прокурора',
      en: 'Private businesses are inspected on the assignment of the President or the GP, or with the GP\'s consent',
    },
  },
  'inspection.committee': {
    act: 'cl',
    article: '18.3',
    label: {
      kk: 'Ведомство және оның аумақтық органдары өз басшыларының шешімі бойынша тексереді',
      ru: 'Ведомство и его территориальные органы проверяют по решению своих руководителей',
      en: 'The departmental body and its territorial bodies inspect by decision of their heads',
    },
  },
  'inspection.term': {
    act: 'cl',
    article: '18.4',
    label: {
      kk: 'Тексеру отыз жұмыс күнінен аспайды; ерекше жағдайларда тағы отыз жұмыс күнінен аспайтын мерзімге бір рет ұзартылады',
      ru: 'Проверка длится не более тридцати рабочих дней; в исключительных случаях продлевается не более чем на тридцать рабочих дней',
      en: 'An inspection lasts at most 30 working days; in exceptional cases it is extended once by at most 30 working days',
    },
  },
  'inspection.suspension': {
    act: 'cl',
    article: '18.4',
    label: {
      kk: 'Сараптама, шет мемлекеттен құжаттар күтілгенде не өзге кедергіде тексеру тоқтатылады; мерзім қайта басталған күннен жалғасады',
      ru: 'Проверка приостанавливается на время экспертизы, ожидания материалов иностранных государств или иных препятствий; срок продолжается со дня возобновления',
      en: 'An inspection is suspended for an expert examination, materials awaited from abroad or another obstacle; the term continues from the day it resumes',
    },
  },
  'inspection.access': {
    act: 'cl',
    article: '19',
    label: {
      kk: 'Тексерілетін субъект тексерушілерді жібермеуге құқылы: қаулы берілмесе, өзге адамдар көрсетілсе, тіркеу жоқ болса, мерзім өтсе, рұқсат құжаты жоқ болса',
      ru: 'Субъект вправе не допустить проверяющих: постановление не вручено, указаны другие лица, нет обязательной регистрации, срок истёк, нет допуска к гостайне',
      en: 'The subject may refuse entry: resolution not handed, other persons named, required registration missing, term passed, no proof of secrecy clearance',
    },
  },
  'inspection.clearance': {
    act: 'cl',
    article: '19',
    label: {
      kk: 'Мемлекеттік құпияларға рұқсатты растайтын құжат көрсетілуі тиіс',
      ru: 'Проверяющий предъявляет документ о допуске к государственным секретам',
      en: 'The inspector shows proof of state-secret clearance where the law requires it',
    },
  },
  'inspection.resolutionIssuers': {
    act: 'rules',
    article: '9',
    label: {
      kk: 'Тексеру туралы қаулыны Бас Прокурор, орынбасарлары, бөлімше, ведомство, әскери, көлік, облыс және аудан прокуратураларының басшылары шығарады',
      ru: 'Постановление о проверке выносят Генеральный Прокурор, заместители, руководители подразделений ГП, ведомства, военной и транспортной прокуратур, прокуроры областей и районов',
      en: 'The resolution is issued by the GP, Deputy GPs, heads of GPO units, of the departmental body, military and transport bodies, oblast prosecutors and deputies, district prosecutors',
    },
  },
  'inspection.consentPetition': {
    act: 'rules',
    article: '9',
    label: {
      kk: 'Кәсіпкерді тексеруге келісім туралы өтінішхатты Бас әскери, Бас көлік және облыс прокурорлары жібереді; 7 жұмыс күнінде, қосымша ақпаратта 15 жұмыс күнінде қаралады',
      ru: 'Ходатайство о согласии на проверку предпринимателя направляют Главный военный, Главный транспортный прокуроры и прокуроры областей; рассматривается 7 рабочих дней, 15 — при запросе доп. информации',
      en: 'The petition for consent to inspect a business is sent by the chief military, chief transport and oblast prosecutors; considered within 7 working days, 15 when more information is asked',
    },
  },
  'inspection.registration': {
    act: 'rules',
    article: '11',
    label: {
      kk: 'Тексеру туралы қаулы тексеру басталғаннан кейінгі келесі жұмыс күні ішінде құқықтық статистика органында тіркеледі',
      ru: 'Постановление о проверке регистрируется в органе правовой статистики в течение следующего рабочего дня после начала проверки',
      en: 'The resolution is registered with the legal-statistics body within the next working day after the start',
    },
  },
  'inspection.exemptAreas': {
    act: 'rules',
    article: '11',
    label: {
      kk: 'Қылмыстық процесс, қылмыстық-атқару, атқарушылық іс жүргізу, әкімшілік құқық бұзушылық, жедел-іздестіру салаларындағы тексерулерге тіркеу мен мерзімдер қолданылмайды',
      ru: 'Регистрация и сроки не применяются к проверкам в сферах уголовного процесса, уголовно-исполнительного, исполнительного производства, административных правонарушений, ОРД',
      en: 'Registration and the terms do not apply in criminal procedure, penal enforcement, enforcement proceedings, administrative offences and operational search',
    },
  },
  'inspection.namedInspectors': {
    act: 'rules',
    article: '11',
    label: {
      kk: 'Тексеруді тек қаулыда көрсетілген адамдар жүргізеді',
      ru: 'Проверку проводят только лица, указанные в постановлении',
      en: 'Only the persons named in the resolution inspect',
    },
  },
  'inspection.certificate': {
    act: 'cl',
    article: '18',
    label: {
      kk: 'Тексеру нәтижелері туралы анықтама аяқталғаннан кейін бес жұмыс күні ішінде субъектіге тапсырылады',
      ru: 'Справка о результатах вручается субъекту в течение пяти рабочих дней после окончания проверки',
      en: 'The certificate of results is handed to the subject within 5 working days after the inspection ends',
    },
  },
  'inspection.decisions': {
    act: 'rules',
    article: '26',
    label: {
      kk: 'Тексеру нәтижелері бойынша қадағалау және ден қою актілері қабылданады',
      ru: 'По результатам проверки принимаются акты надзора и реагирования',
      en: 'On the results, acts of supervision or response are taken',
    },
  },
  'inspection.urgent': {
    act: 'rules',
    article: '28',
    label: {
      kk: 'Заңсыз жеткізу, ұстау немесе қамауға алу фактісі бойынша тексеру дереу жүргізіледі',
      ru: 'По факту незаконного доставления, задержания или ареста проверка проводится незамедлительно',
      en: 'Illegal delivery, detention or arrest is inspected at once',
    },
  },
  'inspection.analysis': {
    act: 'cl',
    article: '20',
    label: {
      kk: 'Заңдылықтың жай-күйін талдау субъектіге бармай жүргізіледі және тексеруге әкелуі мүмкін',
      ru: 'Анализ состояния законности проводится без выхода к субъекту и может повлечь проверку',
      en: 'Analysis of legality is made without visiting the subject and may lead to an inspection',
    },
  },
  'inspection.assessment': {
    act: 'cl',
    article: '21',
    label: {
      kk: 'Күшіне енген актілерді бағалау: құзырет, заңға сәйкестік, тіркеу және жариялау',
      ru: 'Оценка вступивших в силу актов: компетенция, соответствие закону, регистрация и опубликование',
      en: 'Assessment of acts in force: competence, conformity with law, registration and publication',
    },
  },
} satisfies Record<`inspection.${string}`, Citation>;
