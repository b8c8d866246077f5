import i18next from 'i18next';

const en = {
  documents: 'Documents',
  current: 'Open document: {{name}}',
  saved: 'Saved',
  saving: 'Saving…',
  notKept: 'Not kept: this browser does not allow storage here',
  list: 'Your documents',
  open: 'Open',
  rename: 'Rename',
  renameTo: 'New name',
  duplicate: 'Duplicate',
  delete: 'Delete',
  confirmDelete: 'Delete «{{name}}»? This cannot be undone.',
  cancel: 'Cancel',
  newFrom: 'New from a template',
  create: 'Create',
  saveFile: 'Save file',
  saveFileTitle: 'Download the open document as {{file}}',
  reading: 'Reading {{name}}…',
  skipped_one: '{{count}} stored document was damaged and was not opened:',
  skipped_other: '{{count}} stored documents were damaged and were not opened:',
  edited: 'edited {{when}}',
  close: 'Close',
};
type Strings = typeof en;

const ru: Strings = {
  documents: 'Документы',
  current: 'Открытый документ: {{name}}',
  saved: 'Сохранено',
  saving: 'Сохранение…',
  notKept: 'Не сохраняется: браузер не разрешает хранилище',
  list: 'Ваши документы',
  open: 'Открыть',
  rename: 'Переименовать',
  renameTo: 'Новое название',
  duplicate: 'Дублировать',
  delete: 'Удалить',
  confirmDelete: 'Удалить «{{name}}»? Это нельзя отменить.',
  cancel: 'Отмена',
  newFrom: 'Новый из шаблона',
  create: 'Создать',
  saveFile: 'Сохранить файл',
  saveFileTitle: 'Скачать открытый документ как {{file}}',
  reading: 'Чтение {{name}}…',
  skipped_one: '{{count}} сохранённый документ повреждён и не открыт:',
  skipped_few: '{{count}} сохранённых документа повреждены и не открыты:',
  skipped_many: '{{count}} сохранённых документов повреждены и не открыты:',
  skipped_other: '{{count}} сохранённых документов повреждены и не открыты:',
  edited: 'изменён {{when}}',
  close: 'Закрыть',
} as Strings;

const kk: Strings = {
  documents: 'Құжаттар',
  current: 'Ашық құжат: {{name}}',
  saved: 'Сақталды',
  saving: 'Сақталуда…',
  notKept: 'Сақталмайды: браузер мұнда деректер сақтауға рұқсат бермейді',
  list: 'Сіздің құжаттарыңыз',
  open: 'Ашу',
  rename: 'Атауын өзгерту',
  renameTo: 'Жаңа атауы',
  duplicate: 'Көшірмесін жасау',
  delete: 'Жою',
  confirmDelete: '«{{name}}» жойылсын ба? Мұны қайтару мүмкін емес.',
  cancel: 'Бас тарту',
  newFrom: 'Үлгіден жаңа құжат',
  create: 'Жасау',
  saveFile: 'Файлға сақтау',
  saveFileTitle: 'Ашық құжатты {{file}} ретінде жүктеп алу',
  reading: '{{name}} оқылуда…',
  skipped_one: 'Сақталған {{count}} құжат бүлінген, ол ашылмады:',
  skipped_other: 'Сақталған {{count}} құжат бүлінген, олар ашылмады:',
  edited: '{{when}} өзгертілді',
  close: 'Жабу',
};

export const strings = { kk, ru, en };
for (const [lang, bundle] of Object.entries(strings)) {
  i18next.addResourceBundle(lang, 'persistence', bundle, true, true);
}
