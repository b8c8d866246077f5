/**
 * The consent phrase ("with the consent of the Senate") as one whole phrase per language, never put
 * together word by word: Russian wants the genitive (с согласия Сената), Kazakh the genitive before
 * the noun and the phrase before the verb (Сенаттың келісімімен), English its article. The bodies
 * whose consent the law asks for have their own phrase; any other unit is named inside a phrase that
 * keeps its name as written (in quotes where the grammar would otherwise bend it).
 */
import type { Lang, LocalizedText } from '../law/types';
import type { Unit, UnitKind } from './types';

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

/** The bodies whose consent an appointment may need (the editor offers only these), by kind. */
const CONSENT_OF_KIND: Partial<Record<UnitKind, LocalizedText>> = {
  president: t('Президенттің келісімімен', 'с согласия Президента', 'with the consent of the President'),
  senate: t('Сенаттың келісімімен', 'с согласия Сената', 'with the consent of the Senate'),
  kurultai: t('Құрылтайдың келісімімен', 'с согласия Курултая', 'with the consent of the Kurultai'),
};

/** Any other unit: its name unchanged, the grammar carried by a word around it. */
const CONSENT_OF_NAMED = t('«{{name}}» органының келісімімен', 'с согласия органа «{{name}}»', 'with the consent of {{name}}');

/**
 * The whole consent phrase for a consenting unit, in a language.
 * @example consentPhrase({ kind: 'senate', ... }, 'ru') // 'с согласия Сената'
 */
export function consentPhrase(unit: Pick<Unit, 'kind' | 'name'>, lang: Lang): string {
  const own = CONSENT_OF_KIND[unit.kind];
  if (own) return own[lang];
  return CONSENT_OF_NAMED[lang].replace('{{name}}', unit.name[lang]);
}
