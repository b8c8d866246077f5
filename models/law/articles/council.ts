import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/councilVote. Ids are prefixed 'council.' so that areas never collide.
 * The labels are our own short wording, not quotations.
 *
 * The Coordination Council Regulation (Presidential Decree No. 68 of 2 May 2011) is known to us only through
 * the manual's account (seed l. 4420-4608), which numbers none of its items: its entries have `article: null`
 * ("article unknown") and carry the seed lines they come from. An item number is added only once it is
 * checked against the Regulation's text.
 */
export const councilArticles = {
  'council.coordination': {
    act: 'cl',
    article: '28',
    source: 'manual',
    seedLines: [4404, 4418],
    term: 'Үйлестіру кеңестері',
    label: {
      kk: 'Прокурорлар құқық қорғау және өзге органдардың қызметін тұрақты Үйлестіру кеңестері арқылы үйлестіреді',
      ru: 'Прокуроры координируют деятельность правоохранительных и иных органов через постоянные Координационные советы',
      en: 'Prosecutors coordinate law-enforcement and other bodies through permanent Coordination Councils',
    },
  },
  'council.composition': {
    act: 'councilRegulation',
    article: null,
    source: 'manual',
    seedLines: [4535, 4540],
    term: 'тұрақты мүшелер',
    label: {
      kk: 'Кеңеске Бас Прокурор төрағалық етеді; тұрақты мүшелері — құқық қорғау органдарының басшылары, ҰҚК Төрағасы, Әділет министрі',
      ru: 'Совет возглавляет Генеральный Прокурор; постоянные члены — руководители правоохранительных органов, Председатель КНБ, Министр юстиции',
      en: 'The General Prosecutor chairs the Council; its permanent members are the heads of law-enforcement bodies, the Chairman of the NSC and the Minister of Justice',
    },
  },
  'council.invited': {
    act: 'councilRegulation',
    article: null,
    source: 'reading',
    seedLines: [4542, 4562],
    term: 'қатыса алады',
    why: { kk: 'Оқу құралы шақырылған өкілдердің не істей алатынын атайды, дауыс бермейді; олардың дауыс бермейтіні және кворумға есептелмейтіні — біздің түсіндіруіміз', ru: 'Пособие перечисляет, что могут приглашённые, и голоса им не даёт; что они не голосуют и не входят в кворум — наше толкование', en: 'The manual lists what invited representatives may do and gives them no vote; that they neither vote nor count towards the quorum is our reading' },
    label: {
      kk: 'Шақырылған өкілдер талқылауға қатысады, ұсыныстар мен жобалар енгізеді, бірақ дауыс бермейді және кворумға есептелмейді',
      ru: 'Приглашённые представители участвуют в обсуждении, вносят предложения и проекты, но не голосуют и не учитываются в кворуме',
      en: 'Invited representatives take part in discussion and table proposals and drafts, but neither vote nor count towards the quorum',
    },
  },
  'council.equality': {
    act: 'councilRegulation',
    article: null,
    source: 'reading',
    seedLines: [4448, 4450],
    term: 'теңдігі',
    why: { kk: 'Оқу құралы ведомстволардың шешім қабылдаудағы теңдігін атайды; «бір мүше — бір дауыс» — осыдан біздің қорытындымыз', ru: 'Пособие называет равенство ведомств при принятии решений; «один член — один голос» — наш вывод из этого', en: 'The manual names the equality of agencies in deciding; "one member, one vote" is our inference from it' },
    label: {
      kk: 'Әр органның мәселе қоюда, ұсыныс енгізуде және шешім қабылдауда тең құқығы бар: бір мүше — бір дауыс',
      ru: 'Равенство каждого органа при постановке вопросов, внесении предложений и принятии решений: один член — один голос',
      en: 'Each agency is equal in raising issues, proposing and deciding: one member, one vote',
    },
  },
  'council.chair': {
    act: 'councilRegulation',
    article: null,
    source: 'reading',
    seedLines: [4570, 4572],
    term: 'төрағасы',
    why: { kk: 'Оқу құралы төрағаның Кеңесті шақыратынын айтады; отырысты күн тәртібі бойынша жүргізуі — біздің түсіндіруіміз', ru: 'Пособие говорит, что председатель созывает Совет; ведение заседания по повестке — наше толкование', en: 'The manual says the chair convenes the Council; conducting the session item by item is our reading' },
    label: {
      kk: 'Төраға Кеңесті шақырады және отырысты күн тәртібі бойынша жүргізеді',
      ru: 'Председатель созывает Совет и ведёт заседание по повестке дня',
      en: 'The chair convenes the Council and conducts the session item by item',
    },
  },
  'council.sessions': {
    act: 'councilRegulation',
    article: null,
    source: 'manual',
    seedLines: [4570, 4578],
    term: 'кезектен тыс',
    label: {
      kk: 'Кеңес қажеттілігіне қарай, тоқсанына кемінде бір рет шақырылады; мүшелердің бастамасы бойынша кезектен тыс отырыстар өткізіледі',
      ru: 'Совет созывается по мере необходимости, не реже раза в квартал; по инициативе членов проводятся внеочередные заседания',
      en: 'The Council meets as needed, at least once a quarter; extraordinary sessions are held on members\' initiative',
    },
  },
  'council.quorum': {
    act: 'councilRegulation',
    article: null,
    source: 'manual',
    seedLines: [4570, 4574],
    term: 'үштен екісі',
    label: {
      kk: 'Отырыс тұрақты мүшелердің кемінде үштен екісі қатысқанда құқылы',
      ru: 'Заседание правомочно при участии не менее двух третей постоянных членов',
      en: 'A session is quorate when at least two thirds of the permanent members are present',
    },
  },
  'council.majority': {
    act: 'councilRegulation',
    article: null,
    source: 'manual',
    seedLines: [4592, 4592],
    term: 'жай көпшілік',
    label: {
      kk: 'Шешімдер жай көпшілік дауыспен қабылданады (бағдарлама бойынша: қатысқан тұрақты мүшелердің көпшілігі)',
      ru: 'Решения принимаются простым большинством голосов (в программе: большинством присутствующих постоянных членов)',
      en: 'Decisions are taken by a simple majority (in this product: of the permanent members present)',
    },
  },
  'council.collegium': {
    act: 'cl',
    article: '30',
    source: 'manual',
    seedLines: [1053, 1057],
    term: 'жалпы санының көпшілік',
    label: {
      kk: 'Алқа шешімдері оның мүшелерінің жалпы санының көпшілік даусымен қабылданады',
      ru: 'Решения коллегии принимаются большинством голосов от общего числа её членов',
      en: 'A collegium decides by a majority of its total membership',
    },
  },
} satisfies Record<`council.${string}`, Citation>;
