import i18next from 'i18next';
import { LANGS, type Lang } from '../../models/law/types';

/**
 * Registers a part's own strings under its namespace (`useTranslation(ns)`).
 * Each part keeps its words beside its code; test/src/i18n checks that every
 * namespace says the same things in Kazakh, Russian and English. No DOM here:
 * parts' string tables load in Node tests too.
 */
export function registerNamespace(ns: string, bundles: Record<Lang, object>): void {
  for (const lang of LANGS) i18next.addResourceBundle(lang, ns, bundles[lang], true, true);
}
