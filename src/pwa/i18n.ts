import { registerNamespace } from '../i18n/registerNamespace';

const en = {
  updateReady: 'A new version of the app is ready.',
  updateNow: 'Update now',
  updateLater: 'Later',
  updateHint: 'The page reloads only when you press "Update now"; your documents are kept.',
  offlineReady: 'The app now works without a network.',
  dismiss: 'Close',
  storageLabel: 'Storage',
  storagePersisted: 'kept: the browser will not clear these documents on its own',
  storageBestEffort: 'not guaranteed: the browser may clear these documents when disk space runs low (save a file to be safe)',
  storageUnknown: 'this browser does not say whether it keeps them',
  storageAsking: 'asking the browser…',
};
type Strings = typeof en;

const ru: Strings = {
  updateReady: 'Готова новая версия приложения.',
  updateNow: 'Обновить',
  updateLater: 'Позже',
  updateHint: 'Страница перезагрузится только после нажатия «Обновить»; документы сохранятся.',
  offlineReady: 'Теперь приложение работает без сети.',
  dismiss: 'Закрыть',
  storageLabel: 'Хранилище',
  storagePersisted: 'постоянное: браузер сам не удалит эти документы',
  storageBestEffort: 'не гарантировано: браузер может удалить документы при нехватке места (сохраните файл для надёжности)',
  storageUnknown: 'браузер не сообщает, сохранит ли их',
  storageAsking: 'запрос к браузеру…',
};

const kk: Strings = {
  updateReady: 'Қолданбаның жаңа нұсқасы дайын.',
  updateNow: 'Жаңарту',
  updateLater: 'Кейінірек',
  updateHint: 'Бет тек «Жаңарту» басылғанда қайта жүктеледі; құжаттарыңыз сақталады.',
  offlineReady: 'Қолданба енді желісіз жұмыс істейді.',
  dismiss: 'Жабу',
  storageLabel: 'Сақтау орны',
  storagePersisted: 'тұрақты: браузер бұл құжаттарды өздігінен өшірмейді',
  storageBestEffort: 'кепілдік жоқ: дискіде орын азайса, браузер құжаттарды өшіруі мүмкін (сенімді болу үшін файлға сақтаңыз)',
  storageUnknown: 'браузер оларды сақтайтынын айтпайды',
  storageAsking: 'браузерден сұралуда…',
};

export const strings = { kk, ru, en };
registerNamespace('pwa', strings);
