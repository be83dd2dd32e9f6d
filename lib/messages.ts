/**
 * The one place where messages between extension contexts are defined (ADR 0004).
 *
 * Every context that receives a message validates it here before acting on it: a message is
 * plain data that crossed a process boundary, so its TypeScript type is a claim, not a fact.
 * This module is pure (no extension API), so the background's whole behaviour is unit-tested
 * in node; `entrypoints/background.ts` only wires `respondToMessage` to `runtime.onMessage`.
 */
import type { Body, Citation, ScanContext, UnLang } from './citations/types';
import { UN_LANGS } from './citations/types';
import { readMetadataAnswer } from './metadata/answer-shape';
import type { DocumentTextResult, MetadataAnswer } from './metadata/resolve-metadata';
import { checkOriginalUrl } from './open-in-reader/original-bypass';
import { checkNewNote, checkNote, checkNoteChanges } from './notes/note-shape';
import type { ImportResult, NewNote, Note, NoteChanges, NotesChange, NotesErrorCode, UpdateResult } from './notes/types';

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

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Names of keys in `x` that are not in `allowed`: unknown fields mean a sender we do not know. */
function extraKeys(x: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(x).filter((key) => !allowed.includes(key));
}

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
      error: errorResponse(
        'too-large',
        `scan-text: "text" has ${text.length} characters; the limit is ${MAX_SCAN_TEXT_LENGTH}`,
      ),
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

// ---- Handling (the background's behaviour, as a pure function) --------------------------

/** What the background's handler needs from the outside world. */
export interface HandlerDeps {
  /** The extension's version, from the manifest. */
  version: string;
  /** The citation engine (`lib/citations`); may be sync or async. */
  findCitations: (text: string, context: ScanContext) => Citation[] | Promise<Citation[]>;
  /** Lets tab `tabId` through to `url` past the reader redirect and navigates it there. */
  openOriginal: (url: string, tabId: number) => Promise<void>;
}

/**
 * Who sent a message, as far as the receiver can tell from the browser's `MessageSender`: the
 * tab it came from, and whether it is one of the extension's own pages (not a content script).
 */
export interface SenderInfo {
  tabId?: number;
  fromExtensionPage: boolean;
}

/** What tests and callers that have no sender information pass. */
export const UNKNOWN_SENDER: SenderInfo = { fromExtensionPage: false };

/** Answers one validated message. */
export async function handleMessage(msg: Message, deps: HandlerDeps, sender: SenderInfo = UNKNOWN_SENDER): Promise<Response> {
  switch (msg.type) {
    case 'ping':
      return { ok: true, version: deps.version };
    case 'scan-text': {
      const context: ScanContext = {};
      if (msg.lang !== undefined) context.lang = msg.lang;
      if (msg.pageSymbol !== undefined) context.pageSymbol = msg.pageSymbol;
      const citations = await deps.findCitations(msg.text, context);
      return { ok: true, citations };
    }
    case 'open-original': {
      // Only the reader (an extension page in a tab) may steer a tab past the redirect: a
      // content script on a UN page has no business doing it.
      if (!sender.fromExtensionPage) return errorResponse('bad-message', 'open-original: only an extension page may ask');
      if (sender.tabId === undefined) return errorResponse('bad-message', 'open-original: the sender is not in a tab');
      await deps.openOriginal(msg.url, sender.tabId);
      return { ok: true };
    }
  }
}

/**
 * Validates a raw incoming value and answers it. Never throws: a failure becomes an
 * `ErrorResponse`, so the sender always learns what went wrong instead of getting `undefined`.
 */
export async function respondToMessage(
  raw: unknown,
  deps: HandlerDeps,
  sender: SenderInfo = UNKNOWN_SENDER,
): Promise<Response> {
  let type = 'message';
  try {
    const validation = validateMessage(raw);
    if (!validation.ok) return validation.error;
    type = validation.message.type;
    return await handleMessage(validation.message, deps, sender);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return errorResponse('internal', `${type} failed: ${reason}`);
  }
}

// ---- The metadata port (ADR 0009) -------------------------------------------------------
//
// Metadata answers come in several improving steps (ADR 0008), so they travel over a runtime
// Port named `metadata` rather than as one-shot messages. The page asks and may cancel; the
// background answers each request id with every improved answer, the last with `done: true`.

export const METADATA_PORT_NAME = 'metadata';

/** Longest symbol a metadata request may carry (real symbols are under 40 characters). */
export const MAX_METADATA_SYMBOL_LENGTH = 200;

export interface MetadataRequestMessage {
  type: 'metadata-request';
  /** Chosen by the page, unique per port: the answers name it. */
  id: string;
  symbol: string;
  lang: UnLang;
}

export interface MetadataCancelMessage {
  type: 'metadata-cancel';
  id: string;
}

export type MetadataPortRequest = MetadataRequestMessage | MetadataCancelMessage;

export interface MetadataAnswerMessage {
  type: 'metadata-answer';
  id: string;
  answer: MetadataAnswer;
  /** Repeats `answer.done`: no further message for this id. */
  done: boolean;
}

const isPortId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64;

/** What the background runs on each message from a page's metadata port; null when malformed. */
export function parseMetadataPortRequest(x: unknown): MetadataPortRequest | null {
  if (!isRecord(x) || !isPortId(x.id)) return null;
  if (x.type === 'metadata-cancel') return extraKeys(x, ['type', 'id']).length === 0 ? { type: 'metadata-cancel', id: x.id } : null;
  if (x.type !== 'metadata-request' || extraKeys(x, ['type', 'id', 'symbol', 'lang']).length > 0) return null;
  const { symbol, lang } = x;
  if (typeof symbol !== 'string' || symbol.trim() === '' || symbol.length > MAX_METADATA_SYMBOL_LENGTH) return null;
  if (!UN_LANGS.includes(lang as UnLang)) return null;
  return { type: 'metadata-request', id: x.id, symbol, lang: lang as UnLang };
}

/** What the page runs on each message from the background's metadata port; null when malformed. */
export function parseMetadataPortAnswer(x: unknown): MetadataAnswerMessage | null {
  if (!isRecord(x) || x.type !== 'metadata-answer' || !isPortId(x.id) || typeof x.done !== 'boolean') return null;
  const answer = readMetadataAnswer(x.answer);
  if (answer === null || answer.done !== x.done) return null;
  return { type: 'metadata-answer', id: x.id, answer, done: x.done };
}

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

// ---- The citation panel's port: the browser's side panel ↔ a reader tab (ADR 0010) ----------
//
// The side panel shows the citation panel of the active tab's reader. It opens a Port named
// `citations-panel` to that tab (`tabs.connect`); the reader sends its document (citations, facts,
// scan progress) on connect and whenever it changes, and the side panel sends jumps and "open
// this cited document" back. Validation: `lib/panel/panel-wire.ts`.

export const PANEL_PORT_NAME = 'citations-panel';

/** One citation of the reader's document, as the panel needs it (`PanelCitation`). */
export interface PanelWireCitation {
  id: string;
  symbol: string | null;
  body: Body;
  text: string;
  page: number;
}

/** Reader → side panel: the document and everything cited in it so far. */
export interface PanelDocumentMessage {
  type: 'panel-document';
  symbol: string | null;
  title: string | null;
  lang: UnLang | null;
  citations: PanelWireCitation[];
  pagesScanned: number;
  pageCount: number;
}

/** Side panel → reader: show this citation (`data-citation-id`) / open this cited document. */
export type PanelRequestMessage = { type: 'panel-jump'; citationId: string } | { type: 'panel-open'; symbol: string };

// ---- The notes port: content scripts ↔ the background's notes database (ADR 0012) ----------
//
// A content script cannot open the extension's IndexedDB, so it reaches the notes through a
// runtime Port named `notes`: each NotesStore call is a request with an id, answered once; the
// background also pushes `notes-changed` whenever any context commits a write. Extension pages
// open the database themselves and hear changes on the BroadcastChannel `resolute-notes`,
// whose one message is the same `notes-changed`. Notes are checked field by field
// (lib/notes/note-shape.ts) in both directions.

export const NOTES_PORT_NAME = 'notes';
export const NOTES_CHANNEL_NAME = 'resolute-notes';
/** Most notes one message may carry (an import of the largest file accepted). */
export const MAX_NOTES_PER_MESSAGE = 100_000;
/** Most ids/docKeys one change event may name. */
const MAX_CHANGE_ENTRIES = 100_000;
const MAX_DOC_KEY = 4_100;

export type NotesCall =
  | { method: 'get'; noteId: string }
  | { method: 'forDocument'; docKey: string }
  | { method: 'all' }
  | { method: 'create'; draft: NewNote }
  | { method: 'update'; noteId: string; changes: NoteChanges; baseRevision: number }
  | { method: 'remove'; noteId: string }
  | { method: 'restore'; noteId: string }
  | { method: 'merge'; notes: Note[] }
  | { method: 'clear' };
export type NotesMethod = NotesCall['method'];

export type NotesRequestMessage = { type: 'notes-request'; id: string } & NotesCall;

/** What each method answers (`null` stands for "no such note": a port carries no undefined). */
export interface NotesResultMap {
  get: Note | null;
  forDocument: Note[];
  all: Note[];
  create: Note;
  update: UpdateResult;
  remove: Note | null;
  restore: Note | null;
  merge: ImportResult;
  clear: null;
}

export type NotesResponseMessage =
  | { type: 'notes-response'; id: string; ok: true; result: unknown }
  | { type: 'notes-response'; id: string; ok: false; error: { code: NotesErrorCode; message: string } };

export interface NotesChangedMessage {
  type: 'notes-changed';
  change: NotesChange;
}

const NOTES_ERROR_CODES: readonly NotesErrorCode[] = ['quota', 'unavailable', 'invalid'];

const isNoteId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64;

function checkNoteList(x: unknown): Note[] | null {
  if (!Array.isArray(x) || x.length > MAX_NOTES_PER_MESSAGE) return null;
  const notes: Note[] = [];
  for (const raw of x) {
    const checked = checkNote(raw);
    if (!checked.ok) return null;
    notes.push(checked.value);
  }
  return notes;
}

/** What the background runs on each message from a notes port; null when malformed. */
export function parseNotesRequest(x: unknown): NotesRequestMessage | null {
  if (!isRecord(x) || x.type !== 'notes-request' || !isPortId(x.id)) return null;
  const id = x.id;
  const only = (...keys: string[]) => extraKeys(x, ['type', 'id', 'method', ...keys]).length === 0;
  switch (x.method) {
    case 'all':
    case 'clear':
      return only() ? { type: 'notes-request', id, method: x.method } : null;
    case 'get':
    case 'remove':
    case 'restore':
      return only('noteId') && isNoteId(x.noteId) ? { type: 'notes-request', id, method: x.method, noteId: x.noteId } : null;
    case 'forDocument':
      return only('docKey') && typeof x.docKey === 'string' && x.docKey.length <= MAX_DOC_KEY ? { type: 'notes-request', id, method: 'forDocument', docKey: x.docKey } : null;
    case 'create': {
      const draft = checkNewNote(x.draft);
      return only('draft') && draft.ok ? { type: 'notes-request', id, method: 'create', draft: draft.value } : null;
    }
    case 'update': {
      const changes = checkNoteChanges(x.changes);
      if (!only('noteId', 'changes', 'baseRevision') || !isNoteId(x.noteId) || !changes.ok) return null;
      if (!Number.isSafeInteger(x.baseRevision) || (x.baseRevision as number) < 1) return null;
      return { type: 'notes-request', id, method: 'update', noteId: x.noteId, changes: changes.value, baseRevision: x.baseRevision as number };
    }
    case 'merge': {
      const notes = only('notes') ? checkNoteList(x.notes) : null;
      return notes === null ? null : { type: 'notes-request', id, method: 'merge', notes };
    }
    default:
      return null;
  }
}

function checkOptionalNote(x: unknown): { ok: true; note: Note | null } | null {
  if (x === null) return { ok: true, note: null };
  const checked = checkNote(x);
  return checked.ok ? { ok: true, note: checked.value } : null;
}

const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** The result of `method`, checked; null when `x` is not one. */
export function parseNotesResult<M extends NotesMethod>(method: M, x: unknown): { value: NotesResultMap[M] } | null {
  const wrap = (value: unknown) => ({ value: value as NotesResultMap[M] });
  switch (method) {
    case 'get':
    case 'remove':
    case 'restore': {
      const checked = checkOptionalNote(x);
      return checked === null ? null : wrap(checked.note);
    }
    case 'create': {
      const checked = checkNote(x);
      return checked.ok ? wrap(checked.value) : null;
    }
    case 'all':
    case 'forDocument': {
      const notes = checkNoteList(x);
      return notes === null ? null : wrap(notes);
    }
    case 'update': {
      if (!isRecord(x)) return null;
      if (x.ok === true) {
        const note = checkNote(x.note);
        return note.ok ? wrap({ ok: true, note: note.value }) : null;
      }
      if (x.ok === false && x.reason === 'gone') return wrap({ ok: false, reason: 'gone' });
      if (x.ok === false && x.reason === 'conflict') {
        const current = checkNote(x.current);
        return current.ok ? wrap({ ok: false, reason: 'conflict', current: current.value }) : null;
      }
      return null;
    }
    case 'merge':
      if (!isRecord(x) || !isCount(x.added) || !isCount(x.updated) || !isCount(x.unchanged)) return null;
      return wrap({ added: x.added, updated: x.updated, unchanged: x.unchanged });
    case 'clear':
      return x === null ? wrap(null) : null;
    default:
      return null;
  }
}

/** A change event, checked (from the BroadcastChannel or a notes port); null when malformed. */
export function parseNotesChanged(x: unknown): NotesChangedMessage | null {
  if (!isRecord(x) || x.type !== 'notes-changed' || !isRecord(x.change)) return null;
  const { written, deleted, docKeys } = x.change;
  const list = (v: unknown, max: number): v is string[] =>
    Array.isArray(v) && v.length <= MAX_CHANGE_ENTRIES && v.every((s) => typeof s === 'string' && s.length <= max);
  if (!list(written, 64) || !list(deleted, 64) || !list(docKeys, MAX_DOC_KEY)) return null;
  return { type: 'notes-changed', change: { written: [...written], deleted: [...deleted], docKeys: [...docKeys] } };
}

/**
 * What a page runs on each message from its notes port: a change event, or the answer to one
 * of its requests with its result still unchecked (the page knows which method it asked).
 */
export function parseNotesPortMessage(x: unknown): NotesChangedMessage | NotesResponseMessage | null {
  if (!isRecord(x)) return null;
  if (x.type === 'notes-changed') return parseNotesChanged(x);
  if (x.type !== 'notes-response' || !isPortId(x.id)) return null;
  if (x.ok === true) return { type: 'notes-response', id: x.id, ok: true, result: x.result };
  if (x.ok !== false || !isRecord(x.error)) return null;
  const { code, message } = x.error;
  if (!NOTES_ERROR_CODES.includes(code as NotesErrorCode) || typeof message !== 'string') return null;
  return { type: 'notes-response', id: x.id, ok: false, error: { code: code as NotesErrorCode, message: message.slice(0, 1000) } };
}
