// @vitest-environment jsdom
import '../../../src/i18n';
import { describe, expect, it } from 'vitest';
import { HISTORY_STRINGS } from '../../../src/simulator/history/i18n';

/** Every key path of a bundle. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('the history namespace', () => {
  it('says the same things in Kazakh, Russian and English, none empty, with the same placeholders', () => {
    const en = HISTORY_STRINGS.en as Record<string, string>;
    for (const lang of ['kk', 'ru'] as const) {
      const other = HISTORY_STRINGS[lang] as Record<string, string>;
      expect(keys(other).sort()).toEqual(keys(en).sort());
      for (const k of keys(en)) {
        expect(other[k]?.trim(), `${lang}:${k}`).not.toBe('');
        expect(placeholders(other[k] ?? ''), `${lang}:${k}`).toEqual(placeholders(en[k] ?? ''));
      }
    }
  });
});
