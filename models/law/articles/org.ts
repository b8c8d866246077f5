import type { Citation } from '../types';

/**
 * Provisions cited by models/org. Ids are prefixed 'org.' so that areas never collide.
 * Labels are our own short summaries of the provisions (domain.md §3, §8).
 */
export const orgArticles = {
  'org.system': {
    act: 'cl',
    article: '5.1',
    label: {
      kk: 'Прокуратура органдарының жүйесін Бас прокуратура басқарады; оған ведомство, білім беру ұйымы, әскери, көлік, облыс және аудан прокуратуралары кіреді',
      ru: 'Систему органов прокуратуры возглавляет Генеральная прокуратура; в неё входят ведомство, организация образования, военные, транспортные, областные и районные прокуратуры',
      en: 'The General Prosecutor\'s Office heads the system: the departmental body, the academy, military, transport, oblast and district offices',
    },
  },
  'org.otherBodies': {
    act: 'cl',
    article: '5.5',
    label: {
      kk: 'Басқа прокуратура органдары Президенттің шешімі бойынша құрылуы мүмкін',
      ru: 'Иные органы прокуратуры могут создаваться по решению Президента',
      en: 'Other prosecution bodies may be created by decision of the President',
    },
  },
  'org.generalOffice': {
    act: 'cl',
    article: '7',
    label: {
      kk: 'Бас прокуратура — жүйенің жалғыз басшы органы; оның ішінде Бас Прокурордың орынбасарлары, Аппараты және құрылымдық бөлімшелері бар',
      ru: 'Генеральная прокуратура — единственный головной орган системы; в ней заместители Генерального Прокурора, Аппарат и структурные подразделения',
      en: 'The General Prosecutor\'s Office is the single head of the system; inside it sit the Deputies, the Apparatus and the structural units',
    },
  },
  'org.accountability': {
    act: 'cl',
    article: '3',
    label: {
      kk: 'Прокуратура тек Президентке есеп береді; Президент, Сенат және басқа мемлекеттік органдар прокуратура жүйесіне кірмейді',
      ru: 'Прокуратура подотчётна только Президенту; Президент, Сенат и иные государственные органы в систему прокуратуры не входят',
      en: 'The prosecution is accountable to the President only; the President, the Senate and other state bodies are outside its system',
    },
  },
  'org.appointments': {
    act: 'cl',
    article: '8',
    label: {
      kk: 'Прокуратура басшыларын Президент немесе Бас Прокурор тағайындайды; кейбір лауазымдарға Сенаттың немесе Президенттің келісімі қажет',
      ru: 'Руководителей органов прокуратуры назначает Президент или Генеральный Прокурор; на некоторые должности нужно согласие Сената или Президента',
      en: 'Heads of prosecution bodies are appointed by the President or the General Prosecutor; some posts need the Senate\'s or the President\'s consent',
    },
  },
  'org.appointGeneralProsecutor': {
    act: 'cl',
    article: '8',
    label: {
      kk: 'Бас Прокурорды Сенаттың келісімімен Президент 5 жылға тағайындайды және босатады',
      ru: 'Генерального Прокурора назначает и освобождает Президент с согласия Сената, на 5 лет',
      en: 'The President appoints and dismisses the General Prosecutor with the Senate\'s consent, for 5 years',
    },
  },
  'org.appointDeputies': {
    act: 'cl',
    article: '8',
    label: {
      kk: 'Бас Прокурордың бірінші орынбасары мен орынбасарларын Президент тағайындайды және босатады',
      ru: 'Первого заместителя и заместителей Генерального Прокурора назначает и освобождает Президент',
      en: 'The President appoints and dismisses the First Deputy and the Deputies of the General Prosecutor',
    },
  },
  'org.appointCommitteeHead': {
    act: 'cl',
    article: '8',
    label: {
      kk: 'Ведомство басшысын Бас Прокурордың ұсынуы бойынша Президент тағайындайды',
      ru: 'Руководителя ведомства назначает Президент по представлению Генерального Прокурора',
      en: 'The President appoints the head of the departmental body on the General Prosecutor\'s proposal',
    },
  },
  'org.appointWithPresidentConsent': {
    act: 'cl',
    article: '8',
    label: {
      kk: 'Президенттің келісімімен Бас Прокурор академия басшысын, Бас әскери және Бас көлік прокурорларын, облыс прокурорларын тағайындайды',
      ru: 'С согласия Президента Генеральный Прокурор назначает руководителя академии, Главного военного и Главного транспортного прокуроров, прокуроров областей',
      en: 'With the President\'s consent the General Prosecutor appoints the academy head, the chief military and chief transport prosecutors and oblast prosecutors',
    },
  },
  'org.appointDistrict': {
    act: 'cl',
    article: '16',
    label: {
      kk: 'Аудандық және оларға теңестірілген прокурорларды Бас Прокурор тағайындайды',
      ru: 'Районных и приравненных к ним прокуроров назначает Генеральный Прокурор',
      en: 'The General Prosecutor appoints district and equivalent prosecutors',
    },
  },
  'org.committee': {
    act: 'cl',
    article: '11',
    label: {
      kk: 'Прокуратура органдарының ведомствосы және оның аумақтық органдары; құрылымын Бас Прокурор бекітеді',
      ru: 'Ведомство органов прокуратуры и его территориальные органы; структуру утверждает Генеральный Прокурор',
      en: 'The departmental body and its territorial bodies; the General Prosecutor approves their structure',
    },
  },
  'org.academy': {
    act: 'cl',
    article: '12',
    label: {
      kk: 'Бас прокуратура жанындағы Құқық қорғау органдары академиясы',
      ru: 'Академия правоохранительных органов при Генеральной прокуратуре',
      en: 'The Law Enforcement Academy under the General Prosecutor\'s Office',
    },
  },
  'org.military': {
    act: 'cl',
    article: '13',
    label: {
      kk: 'Әскери прокуратура органдары: Бас әскери прокурор, өңірлер мен гарнизондардың әскери прокурорлары',
      ru: 'Органы военной прокуратуры: Главный военный прокурор, военные прокуроры регионов и гарнизонов',
      en: 'Military prosecution: the Chief Military Prosecutor, military prosecutors of regions and garrisons',
    },
  },
  'org.transport': {
    act: 'cl',
    article: '14',
    label: {
      kk: 'Көлік прокуратурасының органдары: Бас көлік прокуроры және өңірлік көлік прокурорлары',
      ru: 'Органы транспортной прокуратуры: Главный транспортный прокурор и региональные транспортные прокуроры',
      en: 'Transport prosecution: the Chief Transport Prosecutor and regional transport prosecutors',
    },
  },
  'org.oblast': {
    act: 'cl',
    article: '15',
    label: {
      kk: 'Облыстардың, республикалық маңызы бар қалалардың және астананың прокуратуралары',
      ru: 'Прокуратуры областей, городов республиканского значения и столицы',
      en: 'Offices of oblasts, cities of republican significance and the capital',
    },
  },
  'org.district': {
    act: 'cl',
    article: '16',
    label: {
      kk: 'Аудандық, қалалық, ауданаралық және мамандандырылған прокуратуралар',
      ru: 'Районные, городские, межрайонные и специализированные прокуратуры',
      en: 'District, city, inter-district and specialised offices',
    },
  },
  'org.coordinationCouncils': {
    act: 'cl',
    article: '28',
    label: {
      kk: 'Тұрақты Үйлестіру кеңестері Бас прокуратура, Бас әскери, Бас көлік және облыс прокуратуралары жанынан құрылады; төменгі прокурорлар ведомствоаралық кеңестер арқылы үйлестіреді',
      ru: 'Постоянные Координационные советы создаются при Генеральной, Главной военной, Главной транспортной и областных прокуратурах; нижестоящие прокуроры координируют через межведомственные совещания',
      en: 'Permanent Coordination Councils sit at the General, chief military, chief transport and oblast offices; lower prosecutors coordinate through interdepartmental meetings',
    },
  },
  'org.councilChair': {
    act: 'councilRegulation',
    article: '5',
    label: {
      kk: 'Кеңеске сол деңгейдің прокуроры төрағалық етеді: республикалық кеңеске — Бас Прокурор, өңірлікке — облыс прокуроры',
      ru: 'Совет возглавляет прокурор соответствующего уровня: республиканский — Генеральный Прокурор, региональный — прокурор области',
      en: 'A council is chaired by the prosecutor of its level: the republican one by the General Prosecutor, a regional one by the oblast prosecutor',
    },
  },
  'org.councilMembers': {
    act: 'councilRegulation',
    article: '6',
    label: {
      kk: 'Кеңестің тұрақты мүшелері — құқық қорғау органдарының басшылары; басқа органдар мәселеге қарай шақырылады',
      ru: 'Постоянные члены совета — руководители правоохранительных органов; иные органы приглашаются в зависимости от вопроса',
      en: 'A council\'s permanent members are heads of law-enforcement bodies; other bodies are invited depending on the issue',
    },
  },
  'org.collegium': {
    act: 'cl',
    article: '30',
    label: {
      kk: 'Прокуратура органдарында алқалар құрылады',
      ru: 'В органах прокуратуры образуются коллегии',
      en: 'Collegiums are formed in prosecution bodies',
    },
  },
} satisfies Record<`org.${string}`, Citation>;
