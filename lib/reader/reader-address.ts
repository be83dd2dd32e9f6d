/**
 * The reader's own address names the document it shows (the contract with the redirect rules):
 *
 *   reader.html?symbol=A/RES/76/186&lang=ru[&page=N][&pinpoint=annex%20III][&note=<id>]
 *   reader.html?[lang=ru&][page=N&][note=<id>&]src=<URL>
 *
 * `src` is always the last parameter and its value is everything after `src=`: the redirect
 * rules (declarativeNetRequest's regexSubstitution) cannot encode, so the URL may arrive raw,
 * with its own `?`, `&` and `#`. An encoded URL is accepted as well. Everything is validated:
 * the address is typed by anyone and pasted from anywhere.
 */
import { parseSymbol, sameSymbol } from '../citations/symbols';
import { UN_LANGS, type UnLang } from '../citations/types';
import { readerSrcUrl } from './un-document-url';

export interface ReaderAddress {
  /** Canonical symbol of the document. */
  symbol?: string;
  lang?: UnLang;
  /** The documents.un.org address of the PDF (the API or a file), for a document known only by URL. */
  src?: string;
  /** 1-based page to open at. */
  page?: number;
  /** A place inside the document to open at: `annex III`, `para. 29`. */
  pinpoint?: string;
  /** A reader's note to scroll to once it is placed (its id, a UUID). */
  note?: string;
}

export type AddressProblem = 'no-document' | 'bad-symbol' | 'bad-lang' | 'bad-src' | 'bad-page' | 'bad-pinpoint' | 'bad-note';

export type AddressParse = { ok: true; address: ReaderAddress } | { ok: false; problem: AddressProblem };

export const READER_PAGE = 'reader.html';
const MAX_PAGE = 100_000;
const MAX_PINPOINT_LENGTH = 200;
const MAX_SRC_LENGTH = 8_192;

/** Reads an address: a whole URL (`chrome-extension://…/reader.html?…`) or its query (`?…`). */
export function parseReaderAddress(url: string): AddressParse {
  const question = url.indexOf('?');
  const query = question === -1 ? '' : url.slice(question + 1);
  // `src=` as a parameter of its own (at the start or after `&`); all after it is the URL.
  const srcAt = /(?:^|&)src=/.exec(query);
  const head = (srcAt === null ? query : query.slice(0, srcAt.index)).replace(/#.*$/, '');
  const rawSrc = srcAt === null ? undefined : query.slice(srcAt.index + srcAt[0].length);

  const params = new URLSearchParams(head);
  const address: ReaderAddress = {};

  const symbol = params.get('symbol');
  if (symbol !== null) {
    const canonical = parseSymbol(symbol);
    if (canonical === null) return { ok: false, problem: 'bad-symbol' };
    address.symbol = canonical;
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (!isUnLang(lang)) return { ok: false, problem: 'bad-lang' };
    address.lang = lang;
  }
  const page = params.get('page');
  if (page !== null) {
    if (!/^[1-9][0-9]{0,5}$/.test(page) || Number(page) > MAX_PAGE) return { ok: false, problem: 'bad-page' };
    address.page = Number(page);
  }
  const pinpoint = params.get('pinpoint');
  if (pinpoint !== null) {
    const trimmed = pinpoint.trim();
    if (trimmed === '' || trimmed.length > MAX_PINPOINT_LENGTH) return { ok: false, problem: 'bad-pinpoint' };
    address.pinpoint = trimmed;
  }
  const note = params.get('note');
  if (note !== null) {
    // Note ids are UUIDs; anything else in the address was not written by Resolute.
    if (!/^[0-9A-Za-z-]{1,100}$/.test(note)) return { ok: false, problem: 'bad-note' };
    address.note = note;
  }
  if (rawSrc !== undefined) {
    const src = readSrc(rawSrc);
    if (src === null || !srcAgrees(address, src)) return { ok: false, problem: 'bad-src' };
    address.src = src;
  }
  if (address.symbol === undefined && address.src === undefined) return { ok: false, problem: 'no-document' };
  return { ok: true, address };
}

/**
 * The query of the reader's address (`reader.html?…`), readable: slashes of symbols stay
 * slashes; `src` goes last, encoded.
 */
export function buildReaderAddress(address: ReaderAddress): string {
  const parts: string[] = [];
  if (address.symbol !== undefined) parts.push(`symbol=${encodeURIComponent(address.symbol).replace(/%2F/g, '/')}`);
  if (address.lang !== undefined) parts.push(`lang=${address.lang}`);
  if (address.page !== undefined) parts.push(`page=${address.page}`);
  if (address.pinpoint !== undefined) parts.push(`pinpoint=${encodeURIComponent(address.pinpoint)}`);
  if (address.note !== undefined) parts.push(`note=${encodeURIComponent(address.note)}`);
  if (address.src !== undefined) parts.push(`src=${encodeURIComponent(address.src)}`);
  return `${READER_PAGE}?${parts.join('&')}`;
}

export function isUnLang(value: string): value is UnLang {
  return (UN_LANGS as readonly string[]).includes(value);
}

/**
 * The URL in a `src` value, raw or percent-encoded; null unless it has one of the shapes the
 * redirect rules produce (un-document-url.ts): the reader is web-accessible, so any site can
 * open it with any `src`.
 */
function readSrc(raw: string): string | null {
  let value = raw;
  if (/^https?%3A/i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  if (value.length > MAX_SRC_LENGTH) return null;
  return readerSrcUrl(value)?.href ?? null;
}

/**
 * A symbol named beside `src` labels the bytes `src` gives: it must be the symbol (and language)
 * the API address asks for. A file address names no symbol, so none may be given with it.
 */
function srcAgrees(address: ReaderAddress, src: string): boolean {
  if (address.symbol === undefined) return true;
  const url = new URL(src);
  if (url.pathname.toLowerCase() !== '/api/symbol/access') return false;
  const named = parseSymbol(url.searchParams.get('s') ?? '');
  if (named === null || !sameSymbol(named, address.symbol)) return false;
  const lang = (url.searchParams.get('l') ?? '').toLowerCase();
  return address.lang === undefined || lang === '' || lang === address.lang;
}
