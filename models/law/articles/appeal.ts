import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/appeal (жолданым, CL art. 24 as the manual gives it, items
 * 3–8 for the terms). Labels are our own short wording; `seedLines` and `term` point into the manual.
 */
export const appealArticles = {
  'appeal.registration': {
    act: 'cl',
    article: null,
    label: {
      kk: 'Жолданым келіп түскен күні тіркеледі және ақпараттық жүйеге енгізіледі',
      ru: 'Обращение регистрируется в день поступления и вносится в информационную систему',
      en: 'An appeal is registered on the day it arrives and entered in the information system',
    },
    source: 'manual',
    seedLines: [3504, 3523],
    term: 'келіп түскен күні тіркеледі',
  },
  'appeal.term': {
    act: 'cl',
    article: '24',
    label: {
      kk: 'Жолданымды қарау мерзімі келіп түскен күннен бастап он бес жұмыс күні',
      ru: 'Срок рассмотрения обращения — пятнадцать рабочих дней со дня поступления',
      en: 'An appeal is considered within fifteen working days of its arrival',
    },
    source: 'manual',
    seedLines: [3604, 3608],
    term: 'он бес жұмыс күнін',
  },
  'appeal.extension': {
    act: 'cl',
    article: '24',
    label: {
      kk: 'Басшының не орынбасарының дәлелді шешімімен мерзім ұзартылады, бірақ екі айдан аспайды',
      ru: 'Мотивированным решением руководителя или его заместителя срок продлевается, но не более чем до двух месяцев',
      en: 'By a reasoned decision of the head or a deputy the term is extended, to at most two months',
    },
    source: 'manual',
    seedLines: [3608, 3618],
    term: 'айдан аспайтын мерзімге',
  },
  'appeal.extensionNotice': {
    act: 'cl',
    article: '24',
    label: {
      kk: 'Мерзім ұзартылғаны туралы жолданым берушіге үш жұмыс күні ішінде хабарланады',
      ru: 'О продлении срока заявителю сообщается в течение трёх рабочих дней',
      en: 'The applicant is told of the extension within three working days',
    },
    source: 'manual',
    seedLines: [3618, 3622],
    term: 'үш жұмыс күні ішінде хабарланады',
  },
  'appeal.inspection': {
    act: 'cl',
    article: '24',
    label: {
      kk: 'Тексеру тағайындалса, арызданушыға аралық жауап жіберіледі, түпкілікті жауап тексеру аяқталғаннан кейін он жұмыс күні ішінде беріледі',
      ru: 'Если назначена проверка, заявителю направляется промежуточный ответ, окончательный — в течение десяти рабочих дней после её окончания',
      en: 'If an inspection is appointed the applicant gets an interim reply, and the final answer within ten working days after it ends',
    },
    source: 'manual',
    seedLines: [3624, 3632],
    term: 'аралық жауап',
  },
  'appeal.answer': {
    act: 'cl',
    article: null,
    label: {
      kk: 'Жауап мемлекеттік тілде немесе жолданым берушінің тілінде, шағым беру құқығы түсіндіріле отырып, негізді және дәлелді болады',
      ru: 'Ответ даётся на государственном языке или языке обращения, обоснованно и мотивированно, с разъяснением права обжалования',
      en: 'The answer is reasoned, in the state language or the applicant\'s, and explains the right to complain',
    },
    source: 'manual',
    seedLines: [3533, 3539],
    term: 'шағым беру құқығын',
  },
  'appeal.anonymous': {
    act: 'cl',
    article: null,
    label: {
      kk: 'Анонимді жолданымдар қаралмайды, қылмыстық құқық бұзушылық не ұлттық қауіпсіздікке қатер туралы мәліметтерден басқа',
      ru: 'Анонимные обращения не рассматриваются, кроме сведений об уголовном правонарушении или угрозе национальной безопасности',
      en: 'Anonymous appeals are not considered, unless they tell of a criminal offence or a threat to national security',
    },
    source: 'manual',
    seedLines: [3539, 3547],
    term: 'анонимді жолданымдар',
  },
  'appeal.repeated': {
    act: 'cl',
    article: '24',
    label: {
      kk: 'Қайталама жолданымда жаңа дәлел не жаңа мән-жай болмаса, қарау тоқтатылады',
      ru: 'Если в повторном обращении нет новых доводов или вновь открывшихся обстоятельств, рассмотрение прекращается',
      en: 'A repeated appeal without new arguments or newly found facts is not considered again',
    },
    source: 'manual',
    seedLines: [3634, 3640],
    term: 'қайталама жолданымдарда',
  },
} as const satisfies Record<string, Citation>;
