import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/complaint (a complaint against a prosecutor's act or action,
 * CL art. 25, items 1 and 3 as the manual gives them). Labels are our own short wording.
 */
export const complaintArticles = {
  'complaint.filing': {
    act: 'cl',
    article: '25',
    label: {
      kk: 'Прокурордың актісіне не әрекетіне шағым адам ол туралы білген күннен бастап үш айдан кешіктірілмей беріледі',
      ru: 'Жалоба на акт или действие прокурора подаётся не позднее трёх месяцев со дня, когда лицу стало о нём известно',
      en: 'A complaint against a prosecutor\'s act or action is filed within three months of the day the person learned of it',
    },
    source: 'manual',
    seedLines: [3736, 3744],
    term: 'үш айдан кешіктірілмей',
  },
  'complaint.review': {
    act: 'cl',
    article: '25',
    label: {
      kk: 'Шағымды жоғары тұрған прокурор жиырма жұмыс күні ішінде қарайды',
      ru: 'Жалобу рассматривает вышестоящий прокурор в течение двадцати рабочих дней',
      en: 'The higher prosecutor considers the complaint within twenty working days',
    },
    source: 'manual',
    seedLines: [3742, 3754],
    term: 'жиырма жұмыс күнін',
  },
  'complaint.restore': {
    act: 'cl',
    article: '25',
    label: {
      kk: 'Мерзім дәлелді себеппен өткізілсе, шағымды қарайтын орган шағым берушінің өтінішхаты бойынша оны қалпына келтіре алады',
      ru: 'Пропущенный по уважительной причине срок может быть восстановлен органом, рассматривающим жалобу, по ходатайству заявителя',
      en: 'A term missed for a good reason may be restored, on the person\'s petition, by the body that considers the complaint',
    },
    source: 'manual',
    seedLines: [3754, 3762],
    term: 'мерзімді қалпына келтіруі мүмкін',
  },
  'complaint.court': {
    act: 'cl',
    article: '25',
    label: {
      kk: 'Сотқа дейінгі қарау нәтижесі ӘПРК тәртібімен сотқа шағымдануға негіз болады',
      ru: 'Итог досудебного рассмотрения — основание для обжалования в суд в порядке АППК',
      en: 'The result of the pre-trial review opens the way to court under the Administrative Procedure Code',
    },
    source: 'reading',
    seedLines: [3763, 3779],
    term: 'сотқа шағымдану үшін негіз',
    why: {
      kk: 'Оқулық сотқа жүгіну жолын 25-бап бөлімінде береді, ӘПРК 91-б. 5-т. және 100-б. 6-т. сілтейді; тізілімде ӘПРК әзірге жоқ',
      ru: 'Учебник излагает путь в суд в разделе о ст. 25 и ссылается на АППК (ст. 91 п. 5, ст. 100 п. 6); АППК пока нет в реестре',
      en: 'The manual gives the court route in its part on art. 25 and cites the APPK (art. 91.5, 100.6); the registry has no APPK yet',
    },
  },
} as const satisfies Record<string, Citation>;
