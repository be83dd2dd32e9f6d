/**
 * Hands the plain rules of `lib/open-in-reader` to the browser. The browsers' type definitions
 * spell action and resource types as string enums; the values are the same strings, so the
 * conversion is a cast, kept in this one place.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DnrRule } from '../../lib/open-in-reader/dnr-rule';
import { READER_PAGE } from '../../lib/open-in-reader/reader-rules';

export type BrowserRule = Browser.declarativeNetRequest.Rule;

export function toBrowserRules(rules: readonly DnrRule[]): BrowserRule[] {
  return rules as unknown as BrowserRule[];
}

/**
 * The reader page's absolute address in this install (`chrome-extension://<id>/reader.html`,
 * `moz-extension://<uuid>/reader.html`). Built from the root rather than `getURL('/reader.html')`
 * so it does not depend on the reader entrypoint's generated path type.
 */
export function readerPageUrl(): string {
  return new URL(READER_PAGE, browser.runtime.getURL('/')).href;
}
