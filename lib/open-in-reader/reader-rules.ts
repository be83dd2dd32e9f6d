/**
 * The declarativeNetRequest rules that open UN documents in Resolute's reader (ADR 0007).
 *
 * A top-level navigation to a document address on the UN sites is redirected to the reader page,
 * whose address names the document (`reader.html?symbol=…&lang=…`) or, for a file known only by
 * its URL, carries that URL (`reader.html?src=<URL>`, always last, raw: regexSubstitution cannot
 * percent-encode, so the reader takes everything after `src=`).
 *
 * The rules are dynamic, built at start-up from the reader's real address, because Firefox gives
 * every install its own `moz-extension://<uuid>/` origin: a static ruleset cannot name it.
 *
 * Every regex is written in the common subset of RE2 (Chrome) and JavaScript (Firefox, and the
 * unit tests): no lookaround, no backreferences. Each matches the WHOLE URL (`^…$`), because
 * regexSubstitution replaces only the matched part and would leave the rest of the URL behind.
 */
import { UN_LANGS, type UnLang } from '../citations/types';
// The reader's own address module: one definition of the page's name for both sides of the contract.
import { READER_PAGE } from '../reader/reader-address';
import type { DnrRule } from './dnr-rule';

export { READER_PAGE };

/** The hosts whose documents open in the reader; the reader's bypass is limited to them too. */
export { UN_DOCUMENT_HOSTS } from '../reader/un-document-url';

/**
 * Dynamic rule ids `1…99` belong to the reader redirect. Syncing removes every id in the range that
 * the current rules do not use, so a later version may renumber without leaving stale rules.
 */
export const READER_RULE_ID_MIN = 1;
export const READER_RULE_ID_MAX = 99;

export function isReaderRuleId(id: number): boolean {
  return id >= READER_RULE_ID_MIN && id <= READER_RULE_ID_MAX;
}

/**
 * A document symbol as it appears in a URL path: starts with a letter, has at least one `/`
 * (literal or `%2F`) and does not end with one. Anything else is kept as the browser wrote it
 * (parentheses, `%20`, `%28`…): the reader reads the value with URLSearchParams, which decodes
 * the percent-escapes. This excludes the sites' home pages (`/`, `/en/`) and language roots.
 * No `&`: the capture becomes the reader's `symbol=` value, and `…/76/186&src=…` must not smuggle
 * a `src` (or any other parameter) into the reader's address; such an address is left alone.
 */
const SYMBOL = '([a-z][^/?#&]*(?:/|%2f)[^?#&]*[^/?#&])';
/** An optional query after the symbol; it is dropped (the sites ignore it for documents). */
const ANY_QUERY = '(?:\\?.*)?';
const UNDOCS = '(?:www\\.)?undocs\\.org';
const UNDOCS_OR_DOCS = '(?:(?:www\\.)?undocs\\.org|docs\\.un\\.org)';

/** Priorities: a language-prefixed path beats the language-less rule that would also match it. */
const PRIORITY_LEGACY = 3;
const PRIORITY_WITH_LANG = 2;
const PRIORITY_BASE = 1;

/** The reader address that the substitutions build on, e.g. `chrome-extension://<id>/reader.html`. */
function checkReaderUrl(readerUrl: string): string {
  // A query or fragment would break the `?symbol=` we append; a backslash would be read as a
  // capture-group reference by regexSubstitution.
  if (!/^[a-z-]+:\/\/[^?#\\\s]+$/.test(readerUrl) || !readerUrl.endsWith(`/${READER_PAGE}`)) {
    throw new Error(`not a reader page address: ${JSON.stringify(readerUrl)}`);
  }
  return readerUrl;
}

function redirectRule(id: number, priority: number, regexFilter: string, regexSubstitution: string): DnrRule {
  return {
    id,
    priority,
    action: { type: 'redirect', redirect: { regexSubstitution } },
    // Case-insensitive: hosts are lower-cased by the browser, but people type `/EN/` and old
    // links say `/doc/UNDOC/GEN/…/PDF/…PDF`. The language in the substitution is a literal, so
    // the reader always receives it in lower case.
    condition: { regexFilter, isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] },
  };
}

/**
 * The rules that send UN document navigations to the reader at `readerUrl`, the address
 * `runtime.getURL('/reader.html')` gives. Ids are fixed, so re-adding them is idempotent.
 */
export function readerRedirectRules(readerUrl: string): DnrRule[] {
  const reader = checkReaderUrl(readerUrl);
  const withLanguage = UN_LANGS.map((lang: UnLang, index) =>
    redirectRule(
      READER_RULE_ID_MIN + index,
      PRIORITY_WITH_LANG,
      `^https://${UNDOCS_OR_DOCS}/${lang}/${SYMBOL}${ANY_QUERY}$`,
      `${reader}?symbol=\\1&lang=${lang}`,
    ),
  );
  let id = READER_RULE_ID_MIN + UN_LANGS.length;
  return [
    ...withLanguage,
    // Older UN pages link `undocs.org/Home/Mobile?FinalSymbol=…&Language=E`; without this rule the
    // language-less rule below would read `Home/Mobile` as a symbol.
    redirectRule(id++, PRIORITY_LEGACY, `^https://${UNDOCS}/home/mobile\\?finalsymbol=([^&#]+)(?:&.*)?$`, `${reader}?symbol=\\1`),
    // `undocs.org/{symbol}`: the reader picks the browser's language.
    redirectRule(id++, PRIORITY_BASE, `^https://${UNDOCS}/${SYMBOL}${ANY_QUERY}$`, `${reader}?symbol=\\1`),
    // The symbol API (`?s=…&l=…&t=pdf`) and the files themselves: known by URL only.
    redirectRule(id++, PRIORITY_BASE, '^(https://documents\\.un\\.org/api/symbol/access\\?.+)$', `${reader}?src=\\1`),
    redirectRule(id++, PRIORITY_BASE, `^(https://documents\\.un\\.org/doc/undoc/[^?#]+\\.pdf${ANY_QUERY})$`, `${reader}?src=\\1`),
  ];
}
