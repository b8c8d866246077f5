/**
 * One name for a document wherever it shows: the documents chip, the title
 * of an exported picture and the file name. A kept document's name is a
 * plain string made in the language of the day it was made ("Прокуратура
 * Республики Казахстан (2)"); when that string is a title the document knows
 * in all three languages (its own, its template's, "untitled"), it is shown
 * in the reader's language, numbering kept. A name the user typed is theirs
 * and stays as typed.
 */
import type { Lang, LocalizedText } from '../law/types';
import { LANGS } from '../law/types';
import { TEMPLATES } from './templates';
import type { OrgDocument } from './types';

export const UNTITLED: LocalizedText = { kk: 'Атаусыз құжат', ru: 'Документ без названия', en: 'Untitled document' };

/**
 * The document's name in `lang`.
 * @example
 * documentName('Прокуратура Республики Казахстан (2)', doc, 'en') // 'Prosecutor's Office of the Republic of Kazakhstan (2)'
 * documentName('My lesson', doc, 'kk') // 'My lesson'
 */
export function documentName(name: string, doc: OrgDocument | undefined, lang: Lang): string {
  // The document's own template first, then the other templates (a row of the list has no document at hand).
  const tpl = TEMPLATES.find((t) => t.id === doc?.template);
  const titles = [tpl?.title, doc?.title, ...TEMPLATES.map((t) => t.title), UNTITLED].filter((t): t is LocalizedText => t !== undefined);
  const m = /^(.*?)(\s\(\d+\))?$/.exec(name);
  const base = m?.[1] ?? name;
  const suffix = m?.[2] ?? '';
  for (const title of titles) {
    for (const l of LANGS) {
      const known = title[l].trim();
      if (known === '') continue;
      if (name === known) return title[lang] || name;
      if (base === known) return `${title[lang] || base}${suffix}`;
    }
  }
  return name;
}

/** Without a kept name (storage off): the title the document itself carries, or "untitled". */
export function titleOf(doc: OrgDocument, lang: Lang): string {
  return doc.title[lang].trim() || UNTITLED[lang];
}
