import type { Citation } from '../types';

/** Provisions cited across areas. Ids are prefixed 'common.' so that areas never collide. */
export const commonArticles = {
  'common.clScope': {
    act: 'cl',
    article: '1',
    source: 'law',
    seedLines: [195, 203],
    term: 'жоғары қадағалауды',
    label: {
      kk: 'Прокуратура мемлекет атынан заңдылықтың сақталуына жоғары қадағалауды жүзеге асырады',
      ru: 'Прокуратура от имени государства осуществляет высший надзор за соблюдением законности',
      en: 'The prosecution exercises the highest supervision of legality on behalf of the state',
    },
  },
  'common.subordination': {
    act: 'cl',
    article: '5.2',
    source: 'manual',
    seedLines: [296, 300],
    term: 'бағынуы',
    label: {
      kk: 'Біртұтас орталықтандырылған жүйе: төмен тұрған прокурорлар жоғары тұрғандарға бағынады',
      ru: 'Единая централизованная система: нижестоящие прокуроры подчиняются вышестоящим',
      en: 'A single centralised system: lower prosecutors are subordinate to higher ones',
    },
  },
} satisfies Record<`common.${string}`, Citation>;
