/**
 * The interface's language, as distinct from the document's: a French reader of the Russian
 * A/RES/76/186 gets `lang="fr"` on the interface and `lang="ru"` on the text. The language is
 * the one of the messages file the browser actually picked (its `locale_code` message), not the
 * browser's UI language: a German browser gets the English file, and must then get English
 * plurals, numbers and dates, and the English `lang`, too.
 */
import { UN_LANGS, type UnLang } from '../citations/types';

export type TextDirection = 'ltr' | 'rtl';

export function interfaceLangOf(code: string): UnLang {
  return (UN_LANGS as readonly string[]).includes(code) ? (code as UnLang) : 'en';
}

/**
 * The `lang` attribute of text in `lang`. UN Chinese is written in simplified characters, and
 * Traditional Chinese browsers get that text too (ADR 0022): `zh-Hans` tells the browser to
 * draw it with a Simplified Chinese font and a screen reader which script it reads, where a bare
 * `zh` would follow the reader's own (Traditional) locale.
 */
export function langTag(lang: UnLang): string {
  return lang === 'zh' ? 'zh-Hans' : lang;
}

export function directionOf(lang: UnLang): TextDirection {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `12345` as `lang` writes it: 12,345 · 12 345 · 12.345. */
export function formatNumber(lang: UnLang, value: number): string {
  let format = numberFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A metadata date (`yyyy-mm-dd`, `yyyy-mm` or `yyyy`) as `lang` writes it; anything else as given.
 * The date is a calendar day, not an instant: formatted in UTC so no time zone moves it a day.
 */
export function formatCalendarDate(lang: UnLang, iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return iso;
  const [, y, m, d] = match;
  const parts = d !== undefined ? 3 : m !== undefined ? 2 : 1;
  const key = `${lang}|${parts}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions =
      parts === 3
        ? { dateStyle: 'medium', timeZone: 'UTC' }
        : parts === 2
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(Number(y), Number(m ?? '1') - 1, Number(d ?? '1'))));
}
