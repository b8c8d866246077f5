// @vitest-environment jsdom
import '../../../src/i18n';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/locales/en';
import { kk } from '../../../src/i18n/locales/kk';
import { ru } from '../../../src/i18n/locales/ru';

/** Every key path of a bundle; plural forms count as their base key (Russian has more of them). */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

function sameKeys(bundles: Record<'kk' | 'ru' | 'en', object>) {
  const k = new Set(keys(bundles.kk));
  const r = new Set(keys(bundles.ru));
  const e = new Set(keys(bundles.en));
  expect([...k].filter((x) => !e.has(x)), 'in kk, not in en').toEqual([]);
  expect([...e].filter((x) => !k.has(x)), 'in en, not in kk').toEqual([]);
  expect([...r].filter((x) => !e.has(x)), 'in ru, not in en').toEqual([]);
  expect([...e].filter((x) => !r.has(x)), 'in en, not in ru').toEqual([]);
}

function noEmpty(bundles: Record<'kk' | 'ru' | 'en', object>) {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const walk = (o: object, path: string): void => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'string') expect(v.trim(), `${lang}:${path}${k}`).not.toBe('');
        else if (v && typeof v === 'object') walk(v as object, `${path}${k}.`);
      }
    };
    walk(bundles[lang], '');
  }
}

describe('every namespace says the same things in Kazakh, Russian and English', () => {
  const namespaces: [string, () => Promise<Record<'kk' | 'ru' | 'en', object>>][] = [
    ['translation', () => Promise.resolve({ kk, ru, en })],
    ['export', async () => (await import('../../../src/export/i18n')).EXPORT_STRINGS],
    ['persistence', async () => (await import('../../../src/persistence/i18n')).strings],
    ['pwa', async () => (await import('../../../src/pwa/i18n')).strings],
    ['simulator', async () => (await import('../../../src/simulator/i18n')).SIMULATOR_STRINGS],
    ['navigation', async () => (await import('../../../src/editor/tree/i18n')).NAVIGATION_STRINGS],
    ['meeting', async () => (await import('../../../src/simulator/meeting/i18n')).strings],
    ['law', async () => (await import('../../../src/law/i18n')).LAW_STRINGS],
    ['view', async () => (await import('../../../src/editor/projector/i18n')).VIEW_STRINGS],
  ];
  for (const [ns, load] of namespaces) {
    it(ns, async () => {
      const bundles = await load();
      sameKeys(bundles);
      noEmpty(bundles);
    });
  }
});
