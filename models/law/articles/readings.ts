import type { Citation } from '../types';

/**
 * Entries the procedures branch needed: our readings where neither the law text we could check nor
 * the manual says it outright (source 'reading', with why), and manual statements (source 'manual',
 * with the seed lines and the Kazakh term that stands there). Our own wording, not quotations.
 */
export const readingArticles = {
  'calendar.simulatedTime': {
    act: 'labourCode',
    article: null,
    label: {
      kk: 'Модельдегі уақыт тек алға жүреді: мерзімдер жұмыс күндерінің күнтізбесі бойынша күн сайын есептеледі',
      ru: 'Время в модели идёт только вперёд: сроки считаются по календарю рабочих дней день за днём',
      en: 'Simulated time only moves forward: terms are counted day by day on the working-day calendar',
    },
    source: 'reading',
    why: {
      kk: 'Бұл симулятордың сағаты, заң ережесі емес; күнтізбе қолданыстағы заң бойынша',
      ru: 'Это часы симулятора, а не норма закона; календарь следует действующему праву',
      en: 'This is the simulator\'s clock, not a rule of law; the calendar follows current law',
    },
  },
  'inspection.extensionOnce': {
    act: 'cl',
    article: '18.4',
    label: {
      kk: 'Тексеру мерзімі тек бір рет ұзартылады (біздің оқуымыз)',
      ru: 'Срок проверки продлевается только один раз (наше прочтение)',
      en: 'The term of an inspection is extended once only (our reading)',
    },
    source: 'reading',
    seedLines: [2202, 2208],
    why: {
      kk: 'Оқулықта «бір рет» деген сөз жоқ; «ерекше жағдайларда тағы 30 жұмыс күнге дейін» дегенді бір ұзарту деп оқимыз',
      ru: 'В учебнике слова «один раз» нет; «в исключительных случаях ещё до 30 рабочих дней» мы читаем как одно продление',
      en: 'The manual has no "once"; we read "in exceptional cases up to 30 more working days" as a single extension',
    },
  },
  'inspection.registrationReading': {
    act: 'rules',
    article: '11',
    label: {
      kk: 'Қаулы тексеру басталғанға дейін тіркеледі; келесі жұмыс күнге дейінгі мерзім тек Қағидалардың 11-тармағындағы жағдайларда',
      ru: 'Постановление регистрируется до начала проверки; срок до следующего рабочего дня — только в случаях пункта 11 Правил',
      en: 'The resolution is registered before the start; the next-working-day window only in the cases of Rules item 11',
    },
    source: 'reading',
    seedLines: [2272, 2278],
    why: {
      kk: 'Оқулық келесі жұмыс күнді тек «11-тармақта айқындалған жағдайларға» береді, ал тіркеу болмаса кіргізбеуге болады (2359–2361-жолдар); 11-тармақтың мәтінін тексере алмадық',
      ru: 'Учебник даёт следующий рабочий день только «в случаях пункта 11», а без регистрации субъект вправе не допустить (стр. 2359–2361); текст пункта 11 мы проверить не смогли',
      en: 'The manual gives the next working day only "in the cases of item 11", and a missing registration lets the subject refuse entry (l. 2359-2361); we could not check item 11\'s text',
    },
  },
  'protest.organisationActs': {
    act: 'cl',
    article: null,
    label: {
      kk: 'Меншік нысанына қарамастан ұйымдардың актілеріне, егер олар өз құқығын өзі қорғай алмайтын адамдарға, кәмелетке толмағандарға не адамдардың шектеусіз тобына қатысты болса ғана наразылық келтіріледі',
      ru: 'На акты организаций независимо от формы собственности протест приносится, только если они касаются лиц, не способных защитить свои права, несовершеннолетних или неограниченного круга лиц',
      en: 'Acts of organisations of any form of ownership are protested only when they concern persons unable to defend their rights, minors or an unlimited group of persons',
    },
    source: 'manual',
    seedLines: [1546, 1558],
    term: 'кәмелетке толмаған',
  },
} satisfies Record<string, Citation>;
