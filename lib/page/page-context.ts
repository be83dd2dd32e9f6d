/**
 * What a web page says about itself, for the engine's context: its own symbol (so "its
 * resolution" and self-mentions resolve) and its language (so possessives and head words are read
 * in the right language).
 *
 * - Symbol: the address (undocs.org / docs.un.org `/{lang}/{symbol}`, documents.un.org's symbol
 *   API), else a UN Digital Library record's "Symbol" field (TIND record pages: rows of
 *   `.metadata-row` with a `.title` label and a `.value`), read on digitallibrary.un.org only.
 * - Language: a block's nearest `lang` attribute, else `<html lang>`, else the address
 *   (`/{lang}/…`, `?ln=` or `?lang=`).
 */
import { parseSymbol } from '../citations/symbols';
import { UN_LANGS, type UnLang } from '../citations/types';
import { symbolFromDocumentUrl } from '../text/undocs-link';

export function asUnLang(value: string | null | undefined): UnLang | undefined {
  if (value === null || value === undefined) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UN_LANGS as readonly string[]).includes(primary) ? (primary as UnLang) : undefined;
}

/** The language the page's address names, if any. */
export function langOfUrl(url: string): UnLang | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const name of ['ln', 'lang', 'l', 'Language']) {
    const lang = asUnLang(parsed.searchParams.get(name));
    if (lang !== undefined) return lang;
  }
  const first = parsed.pathname.split('/').find((segment) => segment !== '');
  return first !== undefined && first.length === 2 ? asUnLang(first) : undefined;
}

/** The page's language: `<html lang>`, else the address. */
export function pageLangOf(doc: Document, url: string): UnLang | undefined {
  return asUnLang(doc.documentElement.getAttribute('lang')) ?? langOfUrl(url);
}

/**
 * The language of the text in `element`: its nearest `lang` attribute when that names a UN
 * language; `fallback` otherwise (a `lang="de"` block is not read as any UN language: undefined
 * lets the engine detect it).
 */
export function blockLangOf(element: Element, fallback: UnLang | undefined): UnLang | undefined {
  const marked = element.closest('[lang]');
  if (marked === null || marked === element.ownerDocument.documentElement) return fallback;
  const lang = marked.getAttribute('lang') ?? '';
  return lang.trim() === '' ? fallback : asUnLang(lang);
}

/** Labels of the Digital Library's symbol field in its interface languages. */
const SYMBOL_LABELS = /^(symbol|cote|signatura|условное обозначение|文号|الرمز)\s*:?$/i;

/**
 * Whether `url` is a page of the Digital Library itself. Its record rows are the only page markup
 * a symbol is read from: any other page could forge a "Symbol" row to be shown the reader's notes
 * on a document of its choosing (ADR 0024).
 */
function isLibraryPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'digitallibrary.un.org' && parsed.port === '';
  } catch {
    return false;
  }
}

/** The page's own document symbol, or null. */
export function pageSymbolOf(doc: Document, url: string): string | null {
  const fromUrl = symbolFromDocumentUrl(url);
  if (fromUrl !== null) return fromUrl;
  if (!isLibraryPage(url)) return null;
  for (const row of doc.querySelectorAll('.metadata-row')) {
    const label = row.querySelector('.title')?.textContent?.trim() ?? '';
    if (!SYMBOL_LABELS.test(label)) continue;
    // A record may carry several symbols (one per line); the first is the document's own.
    const value = row.querySelector('.value')?.textContent ?? '';
    const symbol = parseSymbol(value.trim().split(/\s{2,}|\n/)[0] ?? '');
    if (symbol !== null) return symbol;
  }
  return null;
}
