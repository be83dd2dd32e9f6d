/**
 * The runtime messages (`runtime.sendMessage`): ping, scan-text, open-original (ADR 0004). Every
 * channel between extension contexts has its file in lib/messages/.
 *
 * Every context that receives a message validates it here before acting on it: a message is
 * plain data that crossed a process boundary, so its TypeScript type is a claim, not a fact.
 * This module is pure (no extension API), so the background's whole behaviour (runtime-handler.ts)
 * is unit-tested in node; `entrypoints/background/index.ts` only wires `respondToMessage` to
 * `runtime.onMessage`.
 */
import type { Citation, UnLang } from '../citations/types';
import { UN_LANGS } from '../citations/types';
import { checkOriginalUrl } from '../open-in-reader/original-bypass';
import { extraKeys, isRecord } from './check';

/**
 * Longest text a `scan-text` message may carry, in UTF-16 code units (about 5 MB of ASCII).
 * The longest UN documents are a few hundred pages (~2 M characters); anything far beyond
 * that is a bug or abuse, and would stall the service worker.
 */
export const MAX_SCAN_TEXT_LENGTH = 5 * 1024 * 1024;

/** Longest page symbol accepted; real symbols are under 40 characters. */
export const MAX_PAGE_SYMBOL_LENGTH = 200;

// ---- Requests ---------------------------------------------------------------------------

/** Asks the background whether it is alive and which version it runs. */
export interface PingMessage {
  type: 'ping';
}

/** Asks the background to find the citations in a text (a page's or a PDF's). */
export interface ScanTextMessage {
  type: 'scan-text';
  text: string;
  /** The page's language, when the sender knows it. */
  lang?: UnLang;
  /** The symbol of the document being read, when the sender knows it. */
  pageSymbol?: string;
}

/**
 * Sent by the reader page: take my tab to the document's original address (undocs.org,
 * docs.un.org or documents.un.org, https) without redirecting it back into the reader (ADR 0007).
 */
export interface OpenOriginalMessage {
  type: 'open-original';
  url: string;
}

export type Message = PingMessage | ScanTextMessage | OpenOriginalMessage;
export type MessageType = Message['type'];

// ---- Responses --------------------------------------------------------------------------

export interface PingResponse {
  ok: true;
  version: string;
}

export interface ScanTextResponse {
  ok: true;
  citations: Citation[];
}

/** The tab is on its way to the original; the reader page is about to be replaced. */
export interface OpenOriginalResponse {
  ok: true;
}

/**
 * Why a request failed. `bad-message`: malformed or unknown request; `too-large`: a field is
 * over its size limit; `internal`: the handler threw.
 */
export type ErrorCode = 'bad-message' | 'too-large' | 'internal';

export interface ErrorResponse {
  ok: false;
  error: { code: ErrorCode; message: string };
}

/** The successful answer to each request type. */
export interface ResponseMap {
  ping: PingResponse;
  'scan-text': ScanTextResponse;
  'open-original': OpenOriginalResponse;
}

/** What a sender of `M` gets back: its own answer, or an error. */
export type ResponseFor<M extends Message> = ResponseMap[M['type']] | ErrorResponse;

export type Response = ResponseMap[MessageType] | ErrorResponse;

export function errorResponse(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}

// ---- Validation -------------------------------------------------------------------------

export type Validation = { ok: true; message: Message } | { ok: false; error: ErrorResponse };

function bad(message: string): Validation {
  return { ok: false, error: errorResponse('bad-message', message) };
}

function validatePing(x: Record<string, unknown>): Validation {
  const extra = extraKeys(x, ['type']);
  if (extra.length > 0) return bad(`ping: unexpected field(s) ${extra.join(', ')}`);
  return { ok: true, message: { type: 'ping' } };
}

function validateScanText(x: Record<string, unknown>): Validation {
  const extra = extraKeys(x, ['type', 'text', 'lang', 'pageSymbol']);
  if (extra.length > 0) return bad(`scan-text: unexpected field(s) ${extra.join(', ')}`);
  const { text, lang, pageSymbol } = x;
  if (typeof text !== 'string') return bad('scan-text: "text" must be a string');
  if (text.length > MAX_SCAN_TEXT_LENGTH) {
    return {
      ok: false,
      error: errorResponse('too-large', `scan-text: "text" has ${text.length} characters; the limit is ${MAX_SCAN_TEXT_LENGTH}`),
    };
  }
  if (lang !== undefined && !UN_LANGS.includes(lang as UnLang)) {
    return bad(`scan-text: "lang" must be one of ${UN_LANGS.join(' ')}`);
  }
  if (pageSymbol !== undefined) {
    if (typeof pageSymbol !== 'string' || pageSymbol.trim() === '') {
      return bad('scan-text: "pageSymbol" must be a non-empty string');
    }
    if (pageSymbol.length > MAX_PAGE_SYMBOL_LENGTH) {
      return bad(`scan-text: "pageSymbol" is longer than ${MAX_PAGE_SYMBOL_LENGTH} characters`);
    }
  }
  // Rebuild the message so nothing but the checked fields reaches the handler.
  const message: ScanTextMessage = { type: 'scan-text', text };
  if (lang !== undefined) message.lang = lang as UnLang;
  if (pageSymbol !== undefined) message.pageSymbol = pageSymbol;
  return { ok: true, message };
}

function validateOpenOriginal(x: Record<string, unknown>): Validation {
  const extra = extraKeys(x, ['type', 'url']);
  if (extra.length > 0) return bad(`open-original: unexpected field(s) ${extra.join(', ')}`);
  const check = checkOriginalUrl(x.url);
  if (!check.ok) return bad(`open-original: ${check.reason}`);
  return { ok: true, message: { type: 'open-original', url: check.url } };
}

/** Checks an incoming value and says why it is not a valid message. */
export function validateMessage(x: unknown): Validation {
  if (!isRecord(x)) return bad('a message must be an object');
  switch (x.type) {
    case 'ping':
      return validatePing(x);
    case 'scan-text':
      return validateScanText(x);
    case 'open-original':
      return validateOpenOriginal(x);
    default:
      return bad(`unknown message type ${JSON.stringify(x.type) ?? 'undefined'}`);
  }
}

/** The message in `x`, or `null` if `x` is not a valid message. */
export function parseMessage(x: unknown): Message | null {
  const result = validateMessage(x);
  return result.ok ? result.message : null;
}

// ---- Validating answers (senders receive too) ---------------------------------------------

function isCitation(x: unknown): x is Citation {
  return (
    isRecord(x) &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    typeof x.text === 'string' &&
    (x.symbol === null || typeof x.symbol === 'string') &&
    typeof x.body === 'string' &&
    typeof x.kind === 'string' &&
    (x.pinpoint === undefined || typeof x.pinpoint === 'string')
  );
}

function isErrorResponse(x: Record<string, unknown>): x is Record<string, unknown> & ErrorResponse {
  return x.ok === false && isRecord(x.error) && typeof x.error.code === 'string' && typeof x.error.message === 'string';
}

/**
 * The answer to a request of type `type`, or `null` if `x` is not one: what the sender of a
 * message runs on what comes back (e.g. `undefined` when no listener answered).
 */
export function parseResponse<T extends MessageType>(type: T, x: unknown): ResponseMap[T] | ErrorResponse | null {
  if (!isRecord(x)) return null;
  if (isErrorResponse(x)) return x;
  if (x.ok !== true) return null;
  switch (type) {
    case 'ping':
      return typeof x.version === 'string' ? (x as unknown as ResponseMap[T]) : null;
    case 'scan-text':
      return Array.isArray(x.citations) && x.citations.every(isCitation) ? (x as unknown as ResponseMap[T]) : null;
    case 'open-original':
      return { ok: true } as ResponseMap[T];
    default:
      return null;
  }
}
