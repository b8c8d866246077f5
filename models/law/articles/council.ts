import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/councilVote. Ids are prefixed 'council.' so that areas never collide.
 * The labels are our own short wording, not quotations.
 *
 * The Coordination Council Regulation is known to us through the textbook's account (domain.md §8), which
 * does not number its items: the item numbers below follow the order in which the textbook presents the
 * provisions (composition, invited participants, sessions, quorum, decisions) and should be checked
 * against the Regulation's official text before they are shown as authoritative.
 */
export const councilArticles = {
  'council.coordination': {
    act: 'cl',
    article: '28',
    label: {
      kk: 'Прокурорлар құқық қорғау және өзге органдардың қызметін тұрақты Үйлестіру кеңестері арқылы үйлестіреді',
      ru: 'Прокуроры координируют деятельность правоохранительных и иных органов через постоянные Координационные советы',
      en: 'Prosecutors coordinate law-enforcement and other bodies through permanent Coordination Councils',
    },
  },
  'council.composition': {
    act: 'councilRegulation',
    article: '5',
    label: {
      kk: 'Кеңеске Бас Прокурор төрағалық етеді; тұрақты мүшелері — құқық қорғау органдарының басшылары, ҰҚК Төрағасы, Әділет министрі',
      ru: 'Совет возглавляет Генеральный Прокурор; постоянные члены — руководители правоохранительных органов, Председатель КНБ, Министр юстиции',
      en: 'The General Prosecutor chairs the Council; its permanent members are the heads of law-enforcement bodies, the Chairman of the NSC and the Minister of Justice',
    },
  },
  'council.invited': {
    act: 'councilRegulation',
    article: '6',
    label: {
      kk: 'Шақырылған өкілдер талқылауға қатысады, ұсыныстар мен жобалар енгізеді, бірақ дауыс бермейді және кворумға есептелмейді',
      ru: 'Приглашённые представители участвуют в обсуждении, вносят предложения и проекты, но не голосуют и не учитываются в кворуме',
      en: 'Invited representatives take part in discussion and table proposals and drafts, but neither vote nor count towards the quorum',
    },
  },
  'council.equality': {
    act: 'councilRegulation',
    article: '4',
    label: {
      kk: 'Әр органның мәселе қоюда, ұсыныс енгізуде және шешім қабылдауда тең құқығы бар: бір мүше — бір дауыс',
      ru: 'Равенство каждого органа при постановке вопросов, внесении предложений и принятии решений: один член — один голос',
      en: 'Each agency is equal in raising issues, proposing and deciding: one member, one vote',
    },
  },
  'council.chair': {
    act: 'councilRegulation',
    article: '8',
    label: {
      kk: 'Төраға Кеңесті шақырады және отырысты күн тәртібі бойынша жүргізеді',
      ru: 'Председатель созывает Совет и ведёт заседание по повестке дня',
      en: 'The chair convenes the Council and conducts the session item by item',
    },
  },
  'council.sessions': {
    act: 'councilRegulation',
    article: '9',
    label: {
      kk: 'Кеңес қажеттілігіне қарай, тоқсанына кемінде бір рет шақырылады; мүшелердің бастамасы бойынша кезектен тыс отырыстар өткізіледі',
      ru: 'Совет созывается по мере необходимости, не реже раза в квартал; по инициативе членов проводятся внеочередные заседания',
      en: 'The Council meets as needed, at least once a quarter; extraordinary sessions are held on members\' initiative',
    },
  },
  'council.quorum': {
    act: 'councilRegulation',
    article: '10',
    label: {
      kk: 'Отырыс тұрақты мүшелердің кемінде үштен екісі қатысқанда құқылы',
      ru: 'Заседание правомочно при участии не менее двух третей постоянных членов',
      en: 'A session is quorate when at least two thirds of the permanent members are present',
    },
  },
  'council.majority': {
    act: 'councilRegulation',
    article: '11',
    label: {
      kk: 'Шешімдер жай көпшілік дауыспен қабылданады (бағдарлама бойынша: қатысқан тұрақты мүшелердің көпшілігі)',
      ru: 'Решения принимаются простым большинством голосов (в программе: большинством присутствующих постоянных членов)',
      en: 'Decisions are taken by a simple majority (in this product: of the permanent members present)',
    },
  },
  'council.collegium': {
    act: 'cl',
    article: '30',
    label: {
      kk: 'Алқа шешімдері оның мүшелерінің жалпы санының көпшілік даусымен қабылданады',
      ru: 'Решения коллегии принимаются большинством голосов от общего числа её членов',
      en: 'A collegium decides by a majority of its total membership',
    },
  },
} satisfies Record<`council.${string}`, Citation>;
