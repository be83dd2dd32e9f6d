/**
 * Reads the UN document symbol out of a link to one of the UN's document sites
 * (undocs.org, docs.un.org, documents.un.org). On an HTML page such a link is a citation through
 * its address, whatever its text says (spec section 5, last paragraph).
 */

import { parseSymbol, UN_LANGS } from '../citations';

const DOCUMENT_HOSTS = new Set(['undocs.org', 'docs.un.org', 'documents.un.org']);

/** Query parameters that carry a symbol on the older and the API forms of these sites. */
const SYMBOL_PARAMS = ['s', 'symbol', 'FinalSymbol', 'finalsymbol'];

/**
 * The canonical symbol a UN document link points at, or `null` when the address is not a link to
 * a document by symbol (another site, a PDF file path, a search page, a malformed address).
 * `baseUrl` resolves relative links (a page on undocs.org linking `/en/A/RES/1`).
 *
 * - `https://undocs.org/ru/A/RES/64/293` → `A/RES/64/293`
 * - `https://docs.un.org/en/S/RES/2331(2016)` → `S/RES/2331(2016)`
 * - `https://undocs.org/Home/Mobile?FinalSymbol=A%2F76%2F1&Language=E` → `A/76/1`
 * - `https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=en&t=pdf` → `A/RES/76/186`
 */
export function symbolFromDocumentUrl(href: string, baseUrl?: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!DOCUMENT_HOSTS.has(host)) return null;

  for (const name of SYMBOL_PARAMS) {
    const value = url.searchParams.get(name);
    if (value) return parseSymbol(value);
  }
  // documents.un.org paths are file paths (`/doc/undoc/gen/…pdf`), not symbols.
  if (host === 'documents.un.org') return null;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const first = segments[0]?.toLowerCase();
  if (first !== undefined && (UN_LANGS as readonly string[]).includes(first)) segments.shift();
  // The engine's canonical form, so a link and a written citation of one document compare equal.
  return parseSymbol(segments.join('/'));
}
