import type { Citation } from '../types';

/**
 * Provisions cited by models/calendar. Ids are prefixed 'calendar.' so that areas never collide.
 * The labels are our own short wording, not quotations.
 */
export const calendarArticles = {
  'calendar.workingDays': {
    act: 'labourCode',
    article: '84',
    label: {
      kk: 'Бес күндік жұмыс аптасы: сенбі мен жексенбі — демалыс күндері',
      ru: 'Пятидневная рабочая неделя: суббота и воскресенье — выходные дни',
      en: 'A five-day working week: Saturday and Sunday are days off',
    },
  },
  'calendar.holidays': {
    act: 'holidaysLaw',
    article: '5',
    label: {
      kk: 'Ұлттық және мемлекеттік мерекелер — демалыс күндері',
      ru: 'Национальные и государственные праздники являются выходными днями',
      en: 'National and state holidays are days off',
    },
  },
  'calendar.substitutes': {
    act: 'labourCode',
    article: '85.2',
    label: {
      kk: 'Мереке демалыс күніне сәйкес келсе, демалыс келесі жұмыс күніне ауыстырылады (діни мерекелерден басқа)',
      ru: 'Если праздник совпадает с выходным днём, выходной переносится на следующий рабочий день (кроме религиозных праздников)',
      en: 'A holiday falling on a day off moves the day off to the next working day (except religious holidays)',
    },
  },
  'calendar.religious': {
    act: 'holidaysLaw',
    article: '5.2',
    label: {
      kk: 'Діни мерекелер (Құрбан айт, православиелік Рождество) — демалыс күндері, ауыстырылмайды',
      ru: 'Религиозные праздники (Курбан айт, православное Рождество) — выходные дни без переноса',
      en: 'Religious holidays (Kurban Ait, Orthodox Christmas) are days off and are never moved',
    },
  },
  'calendar.transfers': {
    act: 'governmentDecree',
    article: '1',
    label: {
      kk: 'Үкімет қаулысымен демалыс күндері жұмыс күндерімен ауыстырылады',
      ru: 'Постановлением Правительства выходные дни переносятся на рабочие',
      en: 'A government decree swaps a day off with a working day',
    },
  },
  'calendar.termEnd': {
    act: 'labourCode',
    article: '10.4',
    label: {
      kk: 'Мерзімнің соңғы күні жұмыс емес күнге түссе, келесі жұмыс күні мерзімнің соңы болады',
      ru: 'Если последний день срока приходится на нерабочий день, днём окончания срока считается следующий рабочий день',
      en: 'A term whose last day is a non-working day ends on the next working day',
    },
  },
} satisfies Record<`calendar.${string}`, Citation>;
