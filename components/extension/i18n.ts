/**
 * Every UI string goes through here, so a string cannot be shown without a translation key.
 * Keys are typed from the English messages file (the default locale): a misspelt or removed
 * key is a compile error, and `tests/unit/locales.test.ts` keeps the other five files in step.
 */
import { browser } from 'wxt/browser';
import type enMessages from '../../public/_locales/en/messages.json';
import type { UnLang } from '../../lib/citations/types';
import { pluralKey } from '../../lib/i18n/plural';
import {
  directionOf,
  formatCalendarDate,
  formatNumber,
  interfaceLangOf,
  langTag,
  type TextDirection,
} from '../../lib/i18n/interface-locale';

export type MessageKey = keyof typeof enMessages;
/** Messages with a form per plural category (`notes_count_one`…): their base name. */
export type PluralMessage = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/**
 * The message `key` in the interface language, with `$1`… filled from `substitutions`.
 * Falls back to the key itself: the browser answers "" for an unknown key, and a visible key
 * is easier to notice and report than a blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, isolated(substitutions)) || key;
}

/** First strong isolate … pop directional isolate: a run laid out on its own, in its own direction. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * What is filled into a right-to-left message, each piece isolated: a symbol, a site or a quote
 * keeps its own order inside Arabic text ("S/RES/2231(2015)" keeps its parentheses where they
 * belong, a trailing "." or ":" of the message stays outside it). The isolates are invisible
 * and screen readers skip them; in left-to-right messages nothing is added.
 */
function isolated(substitutions: string | string[] | undefined): string | string[] | undefined {
  if (substitutions === undefined || uiDir() !== 'rtl') return substitutions;
  return typeof substitutions === 'string' ? `${FSI}${substitutions}${PDI}` : substitutions.map((piece) => `${FSI}${piece}${PDI}`);
}

let cachedLang: UnLang | undefined;

/** The interface language: the language of the messages file the browser picked. */
export function uiLang(): UnLang {
  cachedLang ??= interfaceLangOf(browser.i18n.getMessage('locale_code'));
  return cachedLang;
}

export function uiDir(): TextDirection {
  return directionOf(uiLang());
}

/**
 * The form of the plural message `base` that `count` takes in the interface language (the
 * language's CLDR category; `_other` if a file lacks it). `substitutions` fill `$1`…, numbers
 * already formatted with `formatCount`.
 */
export function tPlural(base: PluralMessage, count: number, substitutions: string | string[]): string {
  const key = pluralKey(base, uiLang(), count) as MessageKey;
  return browser.i18n.getMessage(key, isolated(substitutions)) || t(`${base}_other` as MessageKey, substitutions);
}

/** A number as the interface language writes it. */
export function formatCount(value: number): string {
  return formatNumber(uiLang(), value);
}

/** A metadata date (`yyyy-mm-dd`, `yyyy-mm`, `yyyy`) as the interface language writes it. */
export function displayDate(iso: string): string {
  return formatCalendarDate(uiLang(), iso);
}

/**
 * Puts the interface language and direction on an extension page's root (or on a shadow
 * root's container), so that screen readers use the right voice and Arabic is laid out right to left.
 */
export function applyInterfaceLanguage(element: HTMLElement): void {
  element.lang = langTag(uiLang());
  element.dir = uiDir();
}

/** The interface language as a locale for Intl (dates of notes): the same as `uiLang()`. */
export function uiLocale(): string {
  return uiLang();
}
