/**
 * Where a citation linked on a web page points. Not the reader's own address: written into a page,
 * `chrome-extension://<id>/…` tells every site the extension is installed, and Firefox's
 * `moz-extension://<uuid>/` is a per-install identifier any site could read (ADR 0024). The public
 * `https://undocs.org/{lang}/{symbol}` opens in the reader all the same (the redirect rules), and
 * is where the link would go without Resolute.
 */
import { symbolUrl } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import { parseReaderAddress } from './reader-address';

/** The public address for a reader address (`reader.html?symbol=…&lang=…`), or null when it names no symbol. */
export function pageLinkOf(readerAddress: string, fallbackLang: UnLang): string | null {
  const parsed = parseReaderAddress(readerAddress);
  if (!parsed.ok || parsed.address.symbol === undefined) return null;
  return symbolUrl(parsed.address.symbol, parsed.address.lang ?? fallbackLang);
}
