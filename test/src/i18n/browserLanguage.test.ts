import { describe, expect, it } from 'vitest';
import { browserLanguage } from '../../../src/i18n/browserLanguage';

describe('the first visit follows the browser', () => {
  it('takes the first preferred language the app has, by its base tag', () => {
    expect(browserLanguage(['ru-RU', 'en'])).toBe('ru');
    expect(browserLanguage(['de-DE', 'en-GB', 'ru'])).toBe('en');
    expect(browserLanguage(['KK-kz'])).toBe('kk');
  });

  it('falls back to Kazakh', () => {
    expect(browserLanguage(['de-DE', 'fr'])).toBe('kk');
    expect(browserLanguage([])).toBe('kk');
  });
});
