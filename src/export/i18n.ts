import i18next from 'i18next';

const en = {
  export: 'Export',
  title: 'Export the diagram',
  scope: 'What to export',
  whole: 'Whole diagram',
  selection: 'Selection only ({{count}})',
  noSelection: 'Selection only (nothing selected)',
  png: 'PNG image',
  pngHint: 'picture with the document inside: open it to edit again',
  svg: 'SVG vector image',
  svgHint: 'sharp at any size, document inside',
  json: 'Org file (.json)',
  jsonHint: 'the document itself, to open in Prokuratura Studio',
  drawio: 'draw.io diagram',
  drawioHint: 'opens in draw.io / diagrams.net',
  print: 'Print',
  paper: 'Paper',
  a4: 'A4 landscape',
  a3: 'A3 landscape',
  layersNote: 'Relations drawn: as switched on in the layers panel.',
  working: 'Exporting…',
  done: 'Saved {{file}}',
  failed: 'Export failed: {{reason}}',
  nothing: 'Nothing to export: the diagram is empty.',
};

type Strings = typeof en;

const ru: Strings = {
  export: 'Экспорт',
  title: 'Экспорт схемы',
  scope: 'Что экспортировать',
  whole: 'Всю схему',
  selection: 'Только выделенное ({{count}})',
  noSelection: 'Только выделенное (ничего не выделено)',
  png: 'Изображение PNG',
  pngHint: 'картинка с документом внутри: откройте её, чтобы править дальше',
  svg: 'Векторное изображение SVG',
  svgHint: 'чёткое в любом размере, документ внутри',
  json: 'Файл структуры (.json)',
  jsonHint: 'сам документ, для Prokuratura Studio',
  drawio: 'Схема draw.io',
  drawioHint: 'открывается в draw.io / diagrams.net',
  print: 'Печать',
  paper: 'Бумага',
  a4: 'A4, альбомная',
  a3: 'A3, альбомная',
  layersNote: 'Связи — те, что включены на панели слоёв.',
  working: 'Экспорт…',
  done: 'Сохранено: {{file}}',
  failed: 'Не удалось экспортировать: {{reason}}',
  nothing: 'Нечего экспортировать: схема пуста.',
};

const kk: Strings = {
  export: 'Экспорт',
  title: 'Сызбаны экспорттау',
  scope: 'Нені экспорттау',
  whole: 'Бүкіл сызба',
  selection: 'Тек таңдалғандар ({{count}})',
  noSelection: 'Тек таңдалғандар (ештеңе таңдалмаған)',
  png: 'PNG суреті',
  pngHint: 'ішінде құжаты бар сурет: қайта өңдеу үшін оны ашыңыз',
  svg: 'SVG векторлық суреті',
  svgHint: 'кез келген өлшемде анық, ішінде құжат бар',
  json: 'Құрылым файлы (.json)',
  jsonHint: 'құжаттың өзі, Prokuratura Studio үшін',
  drawio: 'draw.io сызбасы',
  drawioHint: 'draw.io / diagrams.net бағдарламасында ашылады',
  print: 'Басып шығару',
  paper: 'Қағаз',
  a4: 'A4, көлденең',
  a3: 'A3, көлденең',
  layersNote: 'Байланыстар: қабаттар панелінде қосылғандары.',
  working: 'Экспорттау…',
  done: 'Сақталды: {{file}}',
  failed: 'Экспорттау сәтсіз аяқталды: {{reason}}',
  nothing: 'Экспорттайтын ештеңе жоқ: сызба бос.',
};

export const EXPORT_STRINGS = { kk, ru, en } as const;

for (const lang of ['kk', 'ru', 'en'] as const) {
  i18next.addResourceBundle(lang, 'export', EXPORT_STRINGS[lang], true, true);
}
