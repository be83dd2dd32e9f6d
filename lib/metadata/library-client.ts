/**
 * Asks the UN Digital Library for a symbol's record, politely. The Library asks automated clients
 * for five seconds between requests and answers suspected bots with a challenge (HTTP 202), so:
 *
 * - one request at a time, through a queue, and at least `minIntervalMs` between request starts;
 * - a request whose caller has gone away (its signal aborted) leaves the queue without being sent;
 * - 429/503 and challenges start a back-off (exponential, at least the server's `Retry-After`);
 *   while it lasts, lookups answer `throttled`/`challenge` at once without touching the network;
 * - a request that takes longer than `timeoutMs` (headers and body) is abandoned;
 * - offline (the browser says so, or a request could not reach the network), every lookup answers
 *   `offline` at once for `offlinePauseMs`, without the wait between requests: a page citing 33
 *   documents must not take 33 × 5 s to say "offline".
 *
 * `fetch` and the clock are injected: the background passes the browser's, tests fake ones.
 */
import { readLibraryAnswer } from './marcxml';
import { ABORTED_DETAIL, type LookupResult } from './types';

/** What the client needs of a response (the browser's `Response` has it). */
export interface LibraryResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type LibraryFetch = (
  url: string,
  init: { signal: AbortSignal; redirect: 'follow'; credentials: 'omit' },
) => Promise<LibraryResponse>;

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts (it never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface LibraryClientOptions {
  fetch: LibraryFetch;
  clock: Clock;
  /** Between the starts of two requests; the Library asks for 5 s. */
  minIntervalMs?: number;
  timeoutMs?: number;
  /** First back-off after a 429/503 or a challenge; doubles each time, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** After a request failed for want of a network, how long lookups answer `offline` without trying. */
  offlinePauseMs?: number;
  /** The browser's own word (`navigator.onLine`): false means offline, certainly; true may be wrong. */
  online?: () => boolean;
}

export interface LibraryClient {
  lookup(symbol: string, signal?: AbortSignal): Promise<LookupResult>;
  /** When the current back-off ends (0 when there is none), and how many lookups wait. */
  state(): { backoffUntil: number; queued: number };
}

export const LIBRARY_MIN_INTERVAL_MS = 5_000;
export const LIBRARY_TIMEOUT_MS = 20_000;
export const LIBRARY_BACKOFF_MS = 60_000;
export const LIBRARY_MAX_BACKOFF_MS = 60 * 60_000;
export const LIBRARY_OFFLINE_PAUSE_MS = 30_000;
/** A `Retry-After` beyond this is taken as this: a day without the Library is already a long time. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/** The search address for one symbol, MARCXML output. */
export function libraryUrl(symbol: string): string {
  return `https://digitallibrary.un.org/search?p=${encodeURIComponent(`191__a:"${symbol}"`)}&of=xm`;
}

export function createLibraryClient(options: LibraryClientOptions): LibraryClient {
  const { clock } = options;
  const minInterval = options.minIntervalMs ?? LIBRARY_MIN_INTERVAL_MS;
  const timeoutMs = options.timeoutMs ?? LIBRARY_TIMEOUT_MS;
  const baseBackoff = options.backoffMs ?? LIBRARY_BACKOFF_MS;
  const maxBackoff = options.maxBackoffMs ?? LIBRARY_MAX_BACKOFF_MS;

  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let lastStart = -Infinity;
  let backoffUntil = 0;
  let backoffKind: 'throttled' | 'challenge' = 'throttled';
  let strikes = 0;
  let offlineUntil = 0;
  const offlinePause = options.offlinePauseMs ?? LIBRARY_OFFLINE_PAUSE_MS;
  const offline = (): LookupResult | undefined => {
    if (options.online?.() === false) return { kind: 'offline', detail: 'the browser is offline' };
    return clock.now() < offlineUntil ? { kind: 'offline', detail: 'no network a moment ago' } : undefined;
  };

  const backOff = (kind: 'throttled' | 'challenge', retryAfterMs: number | undefined) => {
    strikes++;
    const exponential = Math.min(maxBackoff, baseBackoff * 2 ** (strikes - 1));
    backoffUntil = clock.now() + Math.max(exponential, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
    backoffKind = kind;
  };

  const blocked = (): LookupResult | undefined => {
    if (clock.now() >= backoffUntil) return undefined;
    return backoffKind === 'challenge' ? { kind: 'challenge' } : { kind: 'throttled', retryAt: backoffUntil };
  };

  const runOne = async (symbol: string, signal: AbortSignal | undefined): Promise<LookupResult> => {
    if (signal?.aborted) return aborted();
    const early = blocked() ?? offline();
    if (early !== undefined) return early;
    const wait = lastStart + minInterval - clock.now();
    if (wait > 0) await clock.sleep(wait, signal);
    if (signal?.aborted) return aborted();
    const late = blocked() ?? offline();
    if (late !== undefined) return late;
    lastStart = clock.now();
    const result = await request(symbol, signal);
    if (result.kind === 'offline') offlineUntil = clock.now() + offlinePause;
    if (result.kind === 'challenge') backOff('challenge', undefined);
    else if (result.kind === 'throttled') backOff('throttled', result.retryAt === undefined ? undefined : result.retryAt - clock.now());
    // A real answer ends a streak of back-offs; being offline or abandoned says nothing about the server.
    else if (result.kind !== 'offline' && !(result.kind === 'error' && result.detail === ABORTED_DETAIL)) strikes = 0;
    if (result.kind === 'throttled') return { kind: 'throttled', retryAt: backoffUntil };
    return result;
  };

  const request = async (symbol: string, signal: AbortSignal | undefined): Promise<LookupResult> => {
    const controller = new AbortController();
    const stopTimer = new AbortController();
    let timedOut = false;
    void clock.sleep(timeoutMs, stopTimer.signal).then(() => {
      if (stopTimer.signal.aborted) return;
      timedOut = true;
      controller.abort();
    });
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    // Raced against the abort as well: a fetch (or body) that ignores its signal must not hold the queue.
    const abandoned = new Promise<never>((_resolve, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('abandoned')), { once: true });
    });
    abandoned.catch(() => undefined);
    try {
      const init = { signal: controller.signal, redirect: 'follow', credentials: 'omit' } as const;
      const response = await Promise.race([options.fetch(libraryUrl(symbol), init), abandoned]);
      if (response.status === 202) return { kind: 'challenge' };
      if (response.status === 429 || response.status === 503) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), clock.now());
        return { kind: 'throttled', ...(retryAfter === undefined ? {} : { retryAt: clock.now() + retryAfter }) };
      }
      if (response.status === 404 || response.status === 410) return { kind: 'not-found' };
      if (response.status < 200 || response.status > 299) return { kind: 'error', detail: `HTTP ${response.status}` };
      // A challenge page served with 200 is recognised there, and backed off from like a 202.
      return readLibraryAnswer(await Promise.race([response.text(), abandoned]), symbol, clock.now());
    } catch (error) {
      if (timedOut) return { kind: 'error', detail: 'timeout' };
      if (signal?.aborted) return aborted();
      return { kind: 'offline', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      stopTimer.abort();
      signal?.removeEventListener('abort', onAbort);
    }
  };

  return {
    lookup(symbol, signal) {
      queued++;
      const run = tail.then(() => runOne(symbol, signal));
      tail = run.catch(() => undefined);
      return run
        .catch((error: unknown): LookupResult => ({ kind: 'error', detail: error instanceof Error ? error.message : String(error) }))
        .finally(() => {
          queued--;
        });
    },
    state: () => ({ backoffUntil: clock.now() < backoffUntil ? backoffUntil : 0, queued }),
  };
}

function aborted(): LookupResult {
  return { kind: 'error', detail: ABORTED_DETAIL };
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date (RFC 9110, 10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,10}$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
