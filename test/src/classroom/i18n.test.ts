// @vitest-environment jsdom
import '../../../src/i18n';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../../models/classroom';
import { CLASSROOM_STRINGS } from '../../../src/classroom/i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the classroom says the same things in Kazakh, Russian and English', () => {
  it('same keys, none empty, and every refusal code has words', () => {
    const [kk, ru, en] = [keys(CLASSROOM_STRINGS.kk), keys(CLASSROOM_STRINGS.ru), keys(CLASSROOM_STRINGS.en)];
    expect(kk).toEqual(en);
    expect(ru).toEqual(en);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const refused = CLASSROOM_STRINGS[lang].refused as Record<string, string>;
      for (const code of REFUSAL_CODES) expect(refused[code]?.trim(), `${lang}: refused.${code}`).toBeTruthy();
    }
  });
});
