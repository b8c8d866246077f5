import type { Citation, Lang, LegalAct, LocalizedText } from './types';

/** Short names of the acts as a lawyer would write them in each language. */
export const ACT_NAMES: Record<LegalAct, LocalizedText> = {
  constitution: { kk: 'ҚР Конституциясы', ru: 'Конституция РК', en: 'Constitution' },
  cl: { kk: '«Прокуратура туралы» ҚРКЗ', ru: 'КЗ «О прокуратуре»', en: 'CL on the Prosecutor\'s Office' },
  rules: { kk: 'Тексеру қағидалары (№ 32 бұйрық)', ru: 'Правила проверок (приказ № 32)', en: 'Inspection Rules (order No. 32)' },
  cpc: { kk: 'ҚР ҚПК', ru: 'УПК РК', en: 'CPC' },
  councilRegulation: { kk: 'Үйлестіру кеңесі туралы ереже', ru: 'Положение о Координационном совете', en: 'Coordination Council Regulation' },
  labourCode: { kk: 'ҚР Еңбек кодексі', ru: 'Трудовой кодекс РК', en: 'Labour Code' },
  holidaysLaw: { kk: '«Мерекелер туралы» ҚР Заңы', ru: 'Закон РК «О праздниках»', en: 'Law on Holidays' },
  governmentDecree: { kk: 'ҚР Үкіметінің қаулысы', ru: 'Постановление Правительства РК', en: 'Government decree' },
};

/** Shown where no article number is known: never a guessed number. */
export const ARTICLE_UNKNOWN: LocalizedText = { kk: 'бабы белгісіз', ru: 'статья не установлена', en: 'article unknown' };

/**
 * "18.4" -> "art. 18.4" / "18-б. 4-т." / "ст. 18 п. 4". Items of the Rules are
 * numbered points, not articles.
 * @example formatArticle('cl', '18.4', 'ru') // 'ст. 18 п. 4'
 */
export function formatArticle(act: LegalAct, article: string | null, lang: Lang): string {
  if (article === null) return ARTICLE_UNKNOWN[lang];
  const [art, item, sub] = article.split('.');
  const isItem = act === 'rules' || act === 'councilRegulation' || act === 'governmentDecree';
  if (lang === 'kk') {
    if (isItem) return `${art}-т.${item ? ` ${item}-тт.` : ''}`;
    return `${art}-б.${item ? ` ${item}-т.` : ''}${sub ? ` ${sub})` : ''}`;
  }
  if (lang === 'ru') {
    if (isItem) return `п. ${art}${item ? `.${item}` : ''}`;
    return `ст. ${art}${item ? ` п. ${item}` : ''}${sub ? ` пп. ${sub})` : ''}`;
  }
  if (isItem) return `item ${article}`;
  return `art. ${article}`;
}

/** The full reference, e.g. "CL on the Prosecutor's Office, art. 18.4". */
export function formatCitation(c: Citation, lang: Lang): string {
  return `${ACT_NAMES[c.act][lang]}, ${formatArticle(c.act, c.article, lang)}`;
}

/** Seed lines as a reader wants them: "4570–4574", or "4592" for one line. */
export function lineRange(lines: readonly [number, number]): string {
  return lines[0] === lines[1] ? String(lines[0]) : `${lines[0]}–${lines[1]}`;
}
