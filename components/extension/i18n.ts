/**
 * Every UI string goes through here, so a string cannot be shown without a translation key.
 * Keys are typed from the English messages file (the default locale): a misspelt or removed
 * key is a compile error, and `tests/unit/locales.test.ts` keeps the Russian file in step.
 */
import { browser } from 'wxt/browser';
import type enMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;

/**
 * The message `key` in the browser's UI language, with `$1`… filled from `substitutions`.
 * Falls back to the key itself: the browser answers "" for an unknown key, and a visible key
 * is easier to notice and report than a blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language (for dates and numbers); 'en' where the API is missing. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
