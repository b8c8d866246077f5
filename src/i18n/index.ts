import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { LANGS } from '../../models/law/types';
import { en } from './locales/en';
import { kk } from './locales/kk';
import { ru } from './locales/ru';
import { browserLanguage } from './browserLanguage';

const STORAGE_KEY = 'prokuratura.lang';

/**
 * A `?lang=` in the address wins (shared links carry theirs), then the user's remembered choice,
 * then, on a first visit, the browser's language (kk, ru or en; Kazakh otherwise).
 */
export function initialLanguage(): Lang {
  try {
    const url = new URL(window.location.href).searchParams.get('lang');
    if (url && (LANGS as readonly string[]).includes(url)) return url as Lang;
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
  } catch {
    // Storage may be unavailable (private mode): the browser's language still applies.
  }
  return browserLanguage(typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function rememberLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but still switched.
  }
}

void i18next.use(initReactI18next).init({
  resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18next.language;

export { i18next };


export { registerNamespace } from './registerNamespace';
