import type { Messages } from './en';

export const ru: Messages = {
  app: {
    title: 'Prokuratura Studio',
    tagline: 'Органы прокуратуры Республики Казахстан',
    language: 'Язык',
    lawEdition: 'Редакция закона',
  },
  nav: { diagram: 'Схема', simulator: 'Тренажёр' },
  toolbar: {
    template: 'Шаблон',
    layers: 'Слои',
    direction: 'Направление',
    down: 'Сверху вниз',
    right: 'Слева направо',
    fitAll: 'Показать всё',
    fitTop: 'Верх иерархии',
    relayout: 'Упорядочить',
  },
  relation: {
    subordination: 'Подчинённость',
    appointment: 'Назначение',
    accountability: 'Подотчётность',
    councilMember: 'Членство в совете',
    councilChair: 'Председательство в совете',
    supervision: 'Надзор',
  },
  findings: {
    title: 'Замечания',
    none: 'Замечаний нет: документ соответствует всем правилам.',
    count_one: '{{count}} замечание',
    count_few: '{{count}} замечания',
    count_many: '{{count}} замечаний',
    count_other: '{{count}} замечания',
    error: 'Ошибка',
    warning: 'Предупреждение',
    info: 'Примечание',
    zoomTo: 'Показать на схеме',
  },
  status: {
    layingOut: 'Раскладка…',
    units_one: '{{count}} подразделение',
    units_few: '{{count}} подразделения',
    units_many: '{{count}} подразделений',
    units_other: '{{count}} подразделения',
  },
  file: {
    open: 'Открыть…',
    refused: 'Файл не открыт; ваш документ не изменён.',
    dismiss: 'Закрыть',
  },
  legend: { title: 'Легенда' },
};
