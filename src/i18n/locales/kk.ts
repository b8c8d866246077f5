import type { Messages } from './en';

export const kk: Messages = {
  app: {
    title: 'Prokuratura Studio',
    tagline: 'Қазақстан Республикасының прокуратура органдары',
    language: 'Тіл',
    lawEdition: 'Заң редакциясы',
  },
  nav: { diagram: 'Сызба', simulator: 'Жаттықтырғыш' },
  toolbar: {
    template: 'Үлгі',
    layers: 'Қабаттар',
    direction: 'Бағыт',
    down: 'Жоғарыдан төмен',
    right: 'Солдан оңға',
    fitAll: 'Барлығын көрсету',
    fitTop: 'Иерархияның жоғарғы жағы',
    relayout: 'Ретке келтіру',
  },
  relation: {
    subordination: 'Бағыныстылық',
    appointment: 'Тағайындау',
    accountability: 'Есеп берушілік',
    councilMember: 'Кеңес мүшелігі',
    councilChair: 'Кеңеске төрағалық',
    supervision: 'Қадағалау',
  },
  findings: {
    title: 'Ескертулер',
    none: 'Ескерту жоқ: құжат барлық ережелерге сай.',
    count_one: '{{count}} ескерту',
    count_other: '{{count}} ескерту',
    error: 'Қате',
    warning: 'Ескерту',
    info: 'Ескертпе',
    zoomTo: 'Сызбада көрсету',
  },
  status: {
    layingOut: 'Орналастырылуда…',
    units_one: '{{count}} бөлімше',
    units_other: '{{count}} бөлімше',
  },
  file: {
    open: 'Ашу…',
    refused: 'Файл ашылмады; құжатыңыз өзгеріссіз қалды.',
    dismiss: 'Жабу',
  },
  legend: { title: 'Шартты белгілер' },
};
