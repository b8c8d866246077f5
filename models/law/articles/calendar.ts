import type { Citation } from '../types';

/**
 * Provisions cited by models/calendar. Ids are prefixed 'calendar.' so that areas never collide.
 * The labels are our own short wording, not quotations.
 */
export const calendarArticles = {
  'calendar.workingDays': {
    act: 'labourCode',
    article: '84',
    source: 'reading',
    why: { kk: 'Оқу құралында бұл жоқ; бап нөмірі актіні келтіретін басқа беттер бойынша (Еңбек кодексі, 84-бап), актінің мәтінін біз оқымадық', ru: 'В пособии этого нет; номер статьи — по страницам, которые цитируют акт (ТК, ст. 84); сам текст акта мы не читали', en: 'The manual is silent; the article is as other pages quoting the act give it (Labour Code art. 84); we have not read the act itself' },
    label: {
      kk: 'Бес күндік жұмыс аптасы: сенбі мен жексенбі — демалыс күндері',
      ru: 'Пятидневная рабочая неделя: суббота и воскресенье — выходные дни',
      en: 'A five-day working week: Saturday and Sunday are days off',
    },
  },
  'calendar.holidays': {
    act: 'holidaysLaw',
    article: '5',
    source: 'reading',
    why: { kk: 'Оқу құралында бұл жоқ; бап нөмірі актіні келтіретін басқа беттер бойынша («Мерекелер туралы» Заң, 5-бап), актінің мәтінін біз оқымадық', ru: 'В пособии этого нет; номер статьи — по страницам, которые цитируют акт (Закон «О праздниках», ст. 5); сам текст акта мы не читали', en: 'The manual is silent; the article is as other pages quoting the act give it (Law on Holidays art. 5); we have not read the act itself' },
    label: {
      kk: 'Ұлттық және мемлекеттік мерекелер — демалыс күндері',
      ru: 'Национальные и государственные праздники являются выходными днями',
      en: 'National and state holidays are days off',
    },
  },
  'calendar.substitutes': {
    act: 'holidaysLaw',
    article: '5',
    source: 'reading',
    why: { kk: 'Оқу құралында бұл жоқ; бап нөмірі актіні келтіретін басқа беттер бойынша («Мерекелер туралы» Заң, 5-бап), актінің мәтінін біз оқымадық', ru: 'В пособии этого нет; номер статьи — по страницам, которые цитируют акт (Закон «О праздниках», ст. 5); сам текст акта мы не читали', en: 'The manual is silent; the article is as other pages quoting the act give it (Law on Holidays art. 5); we have not read the act itself' },
    label: {
      kk: 'Мереке демалыс күніне сәйкес келсе, демалыс келесі жұмыс күніне ауыстырылады (діни мерекелерден басқа)',
      ru: 'Если праздник совпадает с выходным днём, выходной переносится на следующий рабочий день (кроме религиозных праздников)',
      en: 'A holiday falling on a day off moves the day off to the next working day (except religious holidays)',
    },
  },
  'calendar.religious': {
    act: 'labourCode',
    article: '84.5',
    source: 'reading',
    why: { kk: 'Оқу құралында бұл жоқ; бап нөмірі актіні келтіретін басқа беттер бойынша (Еңбек кодексі, 84-баптың 5-тармағы), актінің мәтінін біз оқымадық', ru: 'В пособии этого нет; номер статьи — по страницам, которые цитируют акт (ТК, ст. 84 п. 5); сам текст акта мы не читали', en: 'The manual is silent; the article is as other pages quoting the act give it (Labour Code art. 84.5); we have not read the act itself' },
    label: {
      kk: 'Діни мерекелер (Құрбан айт, православиелік Рождество) — демалыс күндері, ауыстырылмайды',
      ru: 'Религиозные праздники (Курбан айт, православное Рождество) — выходные дни без переноса',
      en: 'Religious holidays (Kurban Ait, Orthodox Christmas) are days off and are never moved',
    },
  },
  'calendar.transfers': {
    act: 'labourCode',
    article: '85.3',
    source: 'reading',
    why: { kk: 'Оқу құралында бұл жоқ; бап нөмірі актіні келтіретін басқа беттер бойынша (Еңбек кодексі, 85-баптың 3-тармағы), актінің мәтінін біз оқымадық', ru: 'В пособии этого нет; номер статьи — по страницам, которые цитируют акт (ТК, ст. 85 п. 3); сам текст акта мы не читали', en: 'The manual is silent; the article is as other pages quoting the act give it (Labour Code art. 85.3); we have not read the act itself' },
    label: {
      kk: 'Жұмыс уақытын ұтымды пайдалану үшін Үкімет (2024 жылдан бастап еңбек жөніндегі уәкілетті орган) демалыс күндерін басқа жұмыс күндеріне ауыстыра алады',
      ru: 'Для рационального использования рабочего времени Правительство (с 2024 года — уполномоченный орган по труду) вправе переносить выходные дни на другие рабочие дни',
      en: 'To use working time rationally, the Government (from 2024 the labour ministry) may swap days off with working days',
    },
  },
  'calendar.transferAct': {
    act: 'governmentDecree',
    article: null,
    source: 'reading',
    why: { kk: 'Әр жылы жеке акт шығады; оның тармағына сілтемейміз', ru: 'Каждый год издаётся свой акт; на его пункт мы не ссылаемся', en: 'Each year has its own act; we cite no item of it' },
    label: {
      kk: 'Нақты жылдағы демалыс күндерін ауыстыру туралы акт',
      ru: 'Акт о переносе выходных дней в конкретном году',
      en: 'The act swapping days off in a given year',
    },
  },
  'calendar.termEnd': {
    act: 'cl',
    article: null,
    source: 'reading',
    why: { kk: 'Оқу құралы да, ҚРКЗ да мұны айтпайды; ҚПК қылмыстық процеске қатысты; демалыс күні аяқталатын мерзімді келесі жұмыс күніне көшіру — ҚРКЗ мерзімдері үшін біздің түсіндіруіміз', ru: 'Ни пособие, ни КЗ этого не говорят; УПК — об уголовном процессе; перенос срока, истекающего в выходной, на следующий рабочий день — наше толкование для сроков КЗ', en: 'Neither the manual nor the CL says this; the CPC is criminal procedure; moving a term that ends on a day off to the next working day is our reading for CL terms' },
    label: {
      kk: 'Мерзімнің соңғы күні жұмыс емес күнге түссе, келесі бірінші жұмыс күні мерзімнің соңғы күні болып саналады',
      ru: 'Если окончание срока приходится на нерабочий день, последним днём срока считается первый следующий за ним рабочий день',
      en: 'A term whose last day is a non-working day ends on the first working day after it',
    },
  },
} satisfies Record<`calendar.${string}`, Citation>;
