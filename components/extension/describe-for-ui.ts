/**
 * What a symbol tells by itself (`lib/metadata/describe-symbol.ts`) in the interface's language:
 * the browser's messages for the words, its UI language for the ordinal's form.
 */
import { browser } from 'wxt/browser';
import { UN_LANGS, type UnLang } from '../../lib/citations/types';
import { describeSymbol } from '../../lib/metadata/describe-symbol';
import { t } from './i18n';

/** The UN language the interface speaks (its messages are in it), English otherwise. */
export function uiUnLang(): UnLang {
  const tag = browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
  return UN_LANGS.includes(tag as UnLang) ? (tag as UnLang) : 'en';
}

export function describeForUi(symbol: string): string {
  return describeSymbol(symbol, uiUnLang(), (key, substitutions) => t(key, substitutions));
}
