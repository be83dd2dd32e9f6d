/**
 * Where the reader gets a document's PDF from, and which address is "the original" a person can
 * open instead. A document bundled with the extension (the sample resolutions) is read from the
 * bundled copy first, so the reader works offline; otherwise from the UN's document API, which
 * redirects to the file (`…/pdf/N21….pdf?token=…`) the way undocs.org does.
 */
import { parseSymbol, symbolUrl } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import { factsFromFileName } from '../scan/file-name';
import { isUnLang, type ReaderAddress } from './reader-address';

/** A PDF shipped inside the extension. */
export interface BundledDocument {
  symbol: string;
  lang: UnLang;
  /** Its URL inside the extension. */
  url: string;
}

export interface SourceCandidate {
  kind: 'bundled' | 'un' | 'src';
  url: string;
}

export interface DocumentSource {
  /** Where to fetch, best first; the next is tried only when one fails. */
  candidates: SourceCandidate[];
  /** The document's public address (undocs.org for a symbol), for "open the original PDF". */
  originalUrl: string;
}

export const UN_DOCUMENT_API = 'https://documents.un.org/api/symbol/access';

/** `https://documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf`. */
export function unApiUrl(symbol: string, lang: UnLang): string {
  const url = new URL(UN_DOCUMENT_API);
  url.search = new URLSearchParams({ s: symbol, l: lang, t: 'pdf' }).toString();
  return url.href;
}

/**
 * The sources for `address`, read in `lang` (the address's language, or the caller's default
 * when it names none). An address with `src` is read from there, whatever its symbol says.
 */
export function documentSource(address: ReaderAddress, lang: UnLang, bundled: readonly BundledDocument[]): DocumentSource {
  if (address.src !== undefined) {
    return { candidates: [{ kind: 'src', url: address.src }], originalUrl: address.src };
  }
  const symbol = address.symbol;
  if (symbol === undefined) throw new Error('documentSource: the address names no document');
  const candidates: SourceCandidate[] = [];
  const copy = bundled.find((doc) => doc.symbol === symbol && doc.lang === lang);
  if (copy) candidates.push({ kind: 'bundled', url: copy.url });
  candidates.push({ kind: 'un', url: unApiUrl(symbol, lang) });
  return { candidates, originalUrl: symbolUrl(symbol, lang) };
}

/**
 * The bundled documents among `files` (path → URL, as a bundler lists them), named the project's
 * way: `a-res-76-186.ru.pdf` is A/RES/76/186 in Russian. Other names are skipped.
 */
export function bundledDocuments(files: Readonly<Record<string, string>>): BundledDocument[] {
  const documents: BundledDocument[] = [];
  for (const [path, url] of Object.entries(files)) {
    const facts = factsFromFileName(path);
    if (facts.format === 'pdf' && facts.pageSymbol !== undefined && facts.lang !== undefined) {
      documents.push({ symbol: facts.pageSymbol, lang: facts.lang, url });
    }
  }
  return documents;
}

/**
 * The document a UN address names, when it says: `documents.un.org/api/symbol/access?s=&l=` and
 * `undocs.org/{lang}/{symbol}` (or docs.un.org) do; a file address `…/pdf/N21….pdf` does not.
 * The reader opened with such a `src` then knows the symbol and language before reading the PDF.
 */
export function documentOfUrl(url: string): { symbol?: string; lang?: UnLang } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {};
  }
  const found: { symbol?: string; lang?: UnLang } = {};
  if (parsed.hostname === 'documents.un.org' && parsed.pathname === '/api/symbol/access') {
    const symbol = parseSymbol(parsed.searchParams.get('s') ?? '');
    const lang = (parsed.searchParams.get('l') ?? '').toLowerCase();
    if (symbol !== null) found.symbol = symbol;
    if (isUnLang(lang)) found.lang = lang;
    return found;
  }
  if (parsed.hostname === 'undocs.org' || parsed.hostname === 'docs.un.org') {
    const [first = '', ...rest] = decodeURIComponent(parsed.pathname).slice(1).split('/');
    const lang = first.toLowerCase();
    const symbol = parseSymbol(isUnLang(lang) ? rest.join('/') : [first, ...rest].join('/'));
    if (symbol !== null) found.symbol = symbol;
    if (isUnLang(lang)) found.lang = lang;
  }
  return found;
}
