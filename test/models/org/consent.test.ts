/** The consent phrase is a whole phrase per language (issue 11, bug 11): genitive in ru, word order in kk, article in en. */
import { describe, expect, it } from 'vitest';
import { consentPhrase } from '../../../models/org/consent';

const senate = { kind: 'senate' as const, name: { kk: 'Парламент Сенаты', ru: 'Сенат Парламента', en: 'Senate of the Parliament' } };
const president = { kind: 'president' as const, name: { kk: 'ҚР Президенті', ru: 'Президент РК', en: 'President of the Republic of Kazakhstan' } };
const other = { kind: 'generalOffice' as const, name: { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: 'the General Prosecutor\'s Office' } };

describe('the consent phrase', () => {
  it('Russian: the body in the genitive', () => {
    expect(consentPhrase(senate, 'ru')).toBe('с согласия Сената');
    expect(consentPhrase(president, 'ru')).toBe('с согласия Президента');
    expect(consentPhrase(other, 'ru')).toBe('с согласия органа «Генеральная прокуратура»');
  });

  it('Kazakh: the genitive first, the consent after it', () => {
    expect(consentPhrase(senate, 'kk')).toBe('Сенаттың келісімімен');
    expect(consentPhrase(president, 'kk')).toBe('Президенттің келісімімен');
    expect(consentPhrase(other, 'kk')).toBe('«Бас прокуратура» органының келісімімен');
  });

  it('English: with the article', () => {
    expect(consentPhrase(senate, 'en')).toBe('with the consent of the Senate');
    expect(consentPhrase(president, 'en')).toBe('with the consent of the President');
  });
});

describe('the appointment findings word the consent as the same whole phrase', () => {
  it('a GP appointment drawn without the Senate consent says so in each language', async () => {
    const { validate } = await import('../../../models/org/rules');
    const { goodDoc } = await import('./fixtures');
    const good = goodDoc();
    const broken = { ...good, relations: good.relations.map((r) => (r.id === 'a-gpo' ? { ...r, consentOf: undefined } : r)) };
    const f = validate(broken).find((x) => x.code === 'appointments.missingConsent');
    expect(f?.message.ru).toContain('назначается с согласия Сената');
    expect(f?.message.kk).toContain('Сенаттың келісімімен тағайындалады');
    expect(f?.message.en).toContain('is appointed with the consent of the Senate');
  });
});
