import type { LocalizedText } from './types';

/**
 * The law moves (domain.md, "Legal edition"): the product follows the law as
 * the source manual describes it, in 2023, and says so to the user.
 */
export const LAW_EDITION: { asOf: string; label: LocalizedText } = {
  asOf: '2023',
  label: {
    kk: '2023 жылғы редакциядағы заң (оқу құралы бойынша)',
    ru: 'Закон в редакции 2023 года (по учебному пособию)',
    en: 'Law as of 2023, per the manual',
  },
};
