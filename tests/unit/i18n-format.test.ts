import { describe, expect, it } from 'vitest';
import { pluralCategoriesOf, pluralCategory, pluralKey, pluralMessages } from '../../lib/i18n/plural';
import { directionOf, formatCalendarDate, formatNumber, interfaceLangOf } from '../../lib/i18n/interface-locale';

describe('plural forms', () => {
  it('picks the CLDR category of the interface language', () => {
    expect(pluralKey('panel_citedTimesLong', 'en', 1)).toBe('panel_citedTimesLong_one');
    expect(pluralKey('panel_citedTimesLong', 'en', 3)).toBe('panel_citedTimesLong_other');
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 3, 5, 21].map((n) => pluralCategory('ru', n))).toEqual(['one', 'few', 'many', 'one']);
    expect(pluralCategory('fr', 0)).toBe('one'); // "0 note" in French, unlike English
    expect(pluralCategory('zh', 1)).toBe('other');
  });

  it('lists the categories each language needs', () => {
    expect(pluralCategoriesOf('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategoriesOf('en')).toEqual(['one', 'other']);
    expect(pluralCategoriesOf('zh')).toEqual(['other']);
  });

  it('tells plural messages from keys that merely end like one', () => {
    const { plural, single } = pluralMessages(['a_one', 'a_other', 'b_one', 'c', 'd_other']);
    expect(Object.fromEntries(plural)).toEqual({ a: ['one', 'other'], d: ['other'] });
    expect(single).toEqual(['b_one', 'c']);
  });
});

describe('interface locale', () => {
  it('falls back to English for a messages file it does not know', () => {
    expect(interfaceLangOf('ar')).toBe('ar');
    expect(interfaceLangOf('de')).toBe('en');
    expect(interfaceLangOf('')).toBe('en');
  });

  it('lays Arabic out right to left, the other five left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['zh', 'en', 'fr', 'ru', 'es'].map((l) => directionOf(interfaceLangOf(l)))).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('writes numbers as each language does', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('fr', 12345)).toMatch(/^12\s345$/u);
    expect(formatNumber('ru', 12345)).toMatch(/^12\s345$/u);
  });

  it('writes calendar dates in the interface language, in UTC', () => {
    expect(formatCalendarDate('en', '2025-12-17')).toBe('Dec 17, 2025');
    expect(formatCalendarDate('fr', '2025-12-17')).toBe('17 déc. 2025');
    expect(formatCalendarDate('zh', '2025-12-17')).toBe('2025年12月17日');
    expect(formatCalendarDate('en', '2025-12')).toBe('December 2025');
    expect(formatCalendarDate('en', 'sometime')).toBe('sometime');
    // Arabic keeps day, month and year in that order once laid out right to left (not "172025/12/").
    const ar = formatCalendarDate('ar', '2025-12-17');
    expect(ar.replace(/[\u200e\u200f\u061c]/g, '')).toMatch(/17.+12.+2025|١٧.+١٢.+٢٠٢٥|17 .+ 2025/u);
  });
});
