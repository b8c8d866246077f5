import type { Lang, LocalizedText } from '../../law/types';
import { kindLabel } from '../kinds';
import type { Unit, UnitId, UnitKind } from '../types';

/** «name» of a unit in one language, or its id in quotes when it does not exist. */
export function unitName(unit: Unit | undefined, id: UnitId, lang: Lang): string {
  return unit ? `«${unit.name[lang] || unit.id}»` : `"${id}"`;
}

/** The three names of a unit (or its id) for building messages. */
export function names(unit: Unit | undefined, id: UnitId = unit?.id ?? '?'): LocalizedText {
  return { kk: unitName(unit, id, 'kk'), ru: unitName(unit, id, 'ru'), en: unitName(unit, id, 'en') };
}

/** Kind label in lower case for running text. */
export function kindText(kind: UnitKind): LocalizedText {
  const l = kindLabel(kind);
  return { kk: l.kk, ru: l.ru, en: l.en };
}

/** A list of kind labels, "a, b or c" style, per language. */
export function kindList(kinds: readonly UnitKind[]): LocalizedText {
  const join = (lang: Lang, or: string) => {
    const ls = kinds.map((k) => kindLabel(k)[lang]);
    if (ls.length === 0) return '—';
    if (ls.length === 1) return ls[0] ?? '';
    return `${ls.slice(0, -1).join(', ')} ${or} ${ls[ls.length - 1] ?? ''}`;
  };
  return { kk: join('kk', 'немесе'), ru: join('ru', 'или'), en: join('en', 'or') };
}
