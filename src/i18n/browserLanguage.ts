import { LANGS, type Lang } from '../../models/law/types';

/**
 * The first of the browser's preferred languages we have ('ru-RU' -> 'ru'), or Kazakh.
 * @example browserLanguage(['de-DE', 'ru-RU', 'en']) // 'ru'
 */
export function browserLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if ((LANGS as readonly string[]).includes(base)) return base as Lang;
  }
  return 'kk';
}
