/**
 * The manual's eight themes (fidelity-audit.md §3, with the seed lines of their titles); the
 * procedure picker groups procedures by them. Kazakh as the manual titles them, ru/en our translation.
 */
import type { LocalizedText } from '../../law/types';
import type { ThemeNumber } from './types';

export const THEMES: Record<ThemeNumber, { title: LocalizedText; seedLine: number }> = {
  1: { seedLine: 74, title: { kk: 'Қазақстан Республикасындағы прокуратураның құқықтық мәртебесі', ru: 'Правовой статус прокуратуры в Республике Казахстан', en: 'The legal status of the prosecution in Kazakhstan' } },
  2: { seedLine: 885, title: { kk: 'Прокуратура органдарының жүйесі', ru: 'Система органов прокуратуры', en: 'The system of prosecution bodies' } },
  3: { seedLine: 1258, title: { kk: 'Прокуратура органдарының құзыреті', ru: 'Компетенция органов прокуратуры', en: 'The competence of the prosecution bodies' } },
  4: { seedLine: 1866, title: { kk: 'Прокурорлық қадағалау', ru: 'Прокурорский надзор', en: 'Prosecutorial supervision' } },
  5: { seedLine: 2851, title: { kk: 'Прокурорлық қадағалаудың негізгі бағыттары', ru: 'Основные направления прокурорского надзора', en: 'Main directions of prosecutorial supervision' } },
  6: { seedLine: 3868, title: { kk: 'Прокуратураның құқықтық актілері', ru: 'Правовые акты прокуратуры', en: 'Legal acts of the prosecution' } },
  7: { seedLine: 4353, title: { kk: 'Прокуратура органдарының үйлестіру және өзара ықпалдасу жөніндегі қызметі', ru: 'Координация и взаимодействие органов прокуратуры', en: 'Coordination and interaction' } },
  8: { seedLine: 4795, title: { kk: 'Прокурор қызметінің кепілдіктері', ru: 'Гарантии деятельности прокурора', en: 'Guarantees of the prosecutor\'s activity' } },
};

/** Procedures grouped by theme, themes in order, procedures in the given order within each. */
export function byTheme<T extends { theme: ThemeNumber }>(defs: readonly T[]): { theme: ThemeNumber; defs: T[] }[] {
  const numbers = [...new Set(defs.map((d) => d.theme))].sort((a, b) => a - b);
  return numbers.map((theme) => ({ theme, defs: defs.filter((d) => d.theme === theme) }));
}
