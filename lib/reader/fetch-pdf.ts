/**
 * Fetches a document's PDF and says plainly what went wrong when it is not one, because the UN
 * sites fail in several distinct ways a reader should be told apart: a 404 for an unknown symbol,
 * an empty 200 for a symbol not published yet, an HTML page (a bot challenge, a login or error
 * page) instead of the file, other HTTP errors, no answer in time, no network at all.
 *
 * `fetch` is injected: the reader passes the browser's, tests a fake one.
 */
import { isUnDocumentUrl } from './un-document-url';

/** What the fetch needs of a response (the browser's `Response` has it). */
export interface PdfResponse {
  status: number;
  ok: boolean;
  /** The final URL after redirects ('' when unknown). */
  url: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type PdfFetch = (url: string, init: { signal: AbortSignal; redirect: 'follow'; credentials: 'omit' }) => Promise<PdfResponse>;

export type FetchPdfResult =
  | { kind: 'ok'; bytes: Uint8Array; url: string }
  | { kind: 'not-found'; status: number; url: string }
  | { kind: 'not-published'; url: string }
  | { kind: 'not-a-pdf'; url: string; contentType: string; challenge: boolean }
  | { kind: 'http-error'; status: number; url: string }
  | { kind: 'timeout'; url: string }
  | { kind: 'network'; url: string; detail: string }
  /** The address, or where its redirects ended, is not a UN document host: nothing was read. */
  | { kind: 'off-site'; url: string }
  /** The caller gave up (the page is going away): nothing to show. */
  | { kind: 'aborted'; url: string };

export type FetchPdfFailure = Exclude<FetchPdfResult, { kind: 'ok' }>;

export interface FetchPdfOptions {
  fetch: PdfFetch;
  /** Until the server starts answering (redirects included). */
  timeoutMs?: number;
  /** Then for the whole body: UN PDFs run to megabytes on slow links. */
  bodyTimeoutMs?: number;
  /** Aborts the fetch when the caller no longer wants it. */
  signal?: AbortSignal;
  /**
   * Where a fetch may start and end (default: the UN document hosts over https). The extension's
   * CSP (`connect-src`) holds every hop in between to the same hosts; this checks the end, which
   * is what the bytes are labelled with.
   */
  allowed?: (url: string) => boolean;
}

/** A UN server that has not started answering in this long is not going to. */
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_BODY_TIMEOUT_MS = 120_000;

/** A PDF file starts with `%PDF-` within its first 1024 bytes (ISO 32000-1, 7.5.2 and readers' tolerance). */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const MAGIC_WINDOW = 1024;

export async function fetchPdf(url: string, options: FetchPdfOptions): Promise<FetchPdfResult> {
  if (options.signal?.aborted) return { kind: 'aborted', url };
  const allowed = options.allowed ?? isUnDocumentUrl;
  if (!allowed(url)) return { kind: 'off-site', url };
  const controller = new AbortController();
  let timedOut = false;
  const startTimer = (ms: number) =>
    setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
  let timer = startTimer(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    // Without cookies: a page that opens the reader must not make it fetch with the user's session.
    const response = await options.fetch(url, { signal: controller.signal, redirect: 'follow', credentials: 'omit' });
    clearTimeout(timer);
    timer = startTimer(options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS);
    const finalUrl = response.url || url;
    if (!allowed(finalUrl)) return { kind: 'off-site', url: finalUrl };
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    if (response.status === 404 || response.status === 410) return { kind: 'not-found', status: response.status, url: finalUrl };
    // 202 with a page is how the UN Digital Library and CDNs answer clients they suspect of being bots.
    if (response.status === 202) return { kind: 'not-a-pdf', url: finalUrl, contentType, challenge: true };
    if (!response.ok) return { kind: 'http-error', status: response.status, url: finalUrl };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length === 0) return { kind: 'not-published', url: finalUrl };
    if (!startsLikePdf(bytes)) return { kind: 'not-a-pdf', url: finalUrl, contentType, challenge: looksLikeChallenge(bytes) };
    return { kind: 'ok', bytes, url: finalUrl };
  } catch (error) {
    if (timedOut) return { kind: 'timeout', url };
    if (options.signal?.aborted) return { kind: 'aborted', url };
    return { kind: 'network', url, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function startsLikePdf(bytes: Uint8Array): boolean {
  const window = Math.min(bytes.length - PDF_MAGIC.length, MAGIC_WINDOW);
  outer: for (let at = 0; at <= window; at++) {
    for (let k = 0; k < PDF_MAGIC.length; k++) if (bytes[at + k] !== PDF_MAGIC[k]) continue outer;
    return true;
  }
  return false;
}

/** Words of the usual bot checks (Cloudflare, Akamai, reCAPTCHA) near the top of an HTML answer. */
function looksLikeChallenge(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).toLowerCase();
  return /captcha|challenge|are you a robot|verify you are human|access denied|cf-chl/.test(head);
}
