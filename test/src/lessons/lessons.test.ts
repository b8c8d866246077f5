// @vitest-environment jsdom
import '../../../src/i18n';
import { describe, expect, it } from 'vitest';
import { isLessonHash, lessonHash, parseLessonHash } from '../../../src/lessons/hash';
import { LESSON_STRINGS } from '../../../src/lessons/i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the lessons namespace', () => {
  it('says the same things in kk, ru and en, none of them empty', () => {
    const en = keys(LESSON_STRINGS.en).sort();
    expect(keys(LESSON_STRINGS.kk).sort()).toEqual(en);
    expect(keys(LESSON_STRINGS.ru).sort()).toEqual(en);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const walk = (o: object): void => {
        for (const v of Object.values(o)) {
          if (typeof v === 'string') expect(v.trim()).not.toBe('');
          else walk(v as object);
        }
      };
      walk(LESSON_STRINGS[lang]);
    }
  });
});

describe('lesson links', () => {
  it('read #lesson=<id>&stop=<n> with n from 1, and write it back', () => {
    expect(parseLessonHash('#lesson=theme-2&stop=3')).toEqual({ id: 'theme-2', stop: 2, presenter: false });
    expect(parseLessonHash('#presenter=theme-2&stop=1')).toEqual({ id: 'theme-2', stop: 0, presenter: true });
    expect(lessonHash('theme-2', 2)).toBe('#lesson=theme-2&stop=3');
    expect(parseLessonHash(lessonHash('theme-8', 6, true))).toEqual({ id: 'theme-8', stop: 6, presenter: true });
  });

  it('fall back to the first stop on a bad number and refuse a bad id', () => {
    expect(parseLessonHash('#lesson=theme-2&stop=zero')?.stop).toBe(0);
    expect(parseLessonHash('#lesson=theme-2&stop=-4')?.stop).toBe(0);
    expect(parseLessonHash('#lesson=<script>')).toBeNull();
    expect(isLessonHash('#run=abc')).toBe(false);
  });
});
