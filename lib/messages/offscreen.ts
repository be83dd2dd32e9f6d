/** The offscreen document's channel (Chrome): the background asks the page that runs pdf.js to read a document (ADR 0009). */
import type { UnLang } from '../citations/types';
import { UN_LANGS } from '../citations/types';
import type { DocumentTextResult } from '../metadata/resolve-metadata';
import { extraKeys, isRecord } from './check';
import { MAX_METADATA_SYMBOL_LENGTH } from './metadata-port';
import { MAX_SCAN_TEXT_LENGTH } from './runtime';

/**
 * Background → the page that runs pdf.js (Chrome's offscreen document): read the first pages of
 * `symbol` in `lang`. The answer is a `DocumentTextResult` (ADR 0008's fourth source).
 */
export interface ReadDocumentMessage {
  type: 'offscreen-read-document';
  symbol: string;
  lang: UnLang;
}

export function parseReadDocumentMessage(x: unknown): ReadDocumentMessage | null {
  if (!isRecord(x) || x.type !== 'offscreen-read-document' || extraKeys(x, ['type', 'symbol', 'lang']).length > 0) return null;
  const { symbol, lang } = x;
  if (typeof symbol !== 'string' || symbol.trim() === '' || symbol.length > MAX_METADATA_SYMBOL_LENGTH) return null;
  if (!UN_LANGS.includes(lang as UnLang)) return null;
  return { type: 'offscreen-read-document', symbol, lang: lang as UnLang };
}

const READ_FAILURES = ['not-found', 'not-published', 'offline', 'challenge', 'throttled', 'error'] as const;

/** The offscreen page's answer, or null when `x` is not one (then the source counts as an error). */
export function parseReadDocumentResult(x: unknown): DocumentTextResult | null {
  if (!isRecord(x)) return null;
  if (x.kind === 'text') return typeof x.text === 'string' && x.text.length <= MAX_SCAN_TEXT_LENGTH ? { kind: 'text', text: x.text } : null;
  if (!READ_FAILURES.includes(x.kind as (typeof READ_FAILURES)[number])) return null;
  const detail = typeof x.detail === 'string' ? x.detail.slice(0, 500) : undefined;
  if (x.kind === 'error') return { kind: 'error', detail: detail ?? '' };
  if (x.kind === 'offline') return detail === undefined ? { kind: 'offline' } : { kind: 'offline', detail };
  if (x.kind === 'throttled') return { kind: 'throttled' };
  return { kind: x.kind as 'not-found' | 'not-published' | 'challenge' };
}
