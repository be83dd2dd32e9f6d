/**
 * The metadata cache: every answer a source gave (found or failed) is kept with the source and
 * the time, one record per symbol and source (and language, for the document itself, whose title
 * and paragraphs are in the language it was read in).
 *
 * Freshness decides what a record is good for:
 * - `fresh`: use it, and do not ask the source again;
 * - `stale`: a found answer past its freshness: show it at once, and ask again behind it;
 * - `expired`: ignore it (a remembered failure whose time is up, or a very old answer).
 *
 * Failures are remembered briefly so a page full of citations does not hammer a source that just
 * said no. The store is injected (`MetadataStore`): IndexedDB in the extension
 * (`idb-metadata-store.ts`), a Map in tests. Writes never throw: a full disk (quota) or a broken
 * store is reported, and what was stored before stays as it was.
 */
import { symbolKey } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import type { AskedSource, LookupFailure, LookupFailureKind, LookupResult } from './types';

export interface CacheRecord {
  /** `symbolKey|source[|lang]`. */
  key: string;
  symbol: string;
  source: AskedSource;
  lang?: UnLang;
  result: LookupResult;
  /** When the answer was obtained (ms since the epoch). */
  storedAt: number;
  /**
   * A failure that came after a found answer. It does not replace the answer (a stale answer
   * beats none when the network is down) but is remembered like any failure, so the source is
   * not asked again at once.
   */
  laterFailure?: { result: LookupFailure; storedAt: number };
}

/** What the cache needs of a store; IndexedDB through idb in the extension. */
export interface MetadataStore {
  get(key: string): Promise<CacheRecord | undefined>;
  put(record: CacheRecord): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export type Freshness = 'fresh' | 'stale' | 'expired';

export type CacheProblem = { kind: 'quota'; detail: string } | { kind: 'unavailable'; detail: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A found answer is fresh this long (UN records change rarely once published). */
export const FOUND_FRESH_MS = 30 * DAY;
/** After this even a stale answer is dropped. */
export const FOUND_MAX_AGE_MS = 365 * DAY;

/** How long each failure is remembered before the source is asked again. */
export const FAILURE_MEMORY_MS: Record<LookupFailureKind, number> = {
  // The Library catalogues new documents within days; a symbol it lacks today may appear tomorrow.
  'not-found': DAY,
  // An empty 200 for a symbol not yet published: the document appears within days.
  'not-published': DAY,
  // The network may be back in a minute; asking sooner would only fail again.
  offline: MINUTE,
  // A bot challenge means "you look like a bot": asking again soon makes it worse.
  challenge: 15 * MINUTE,
  // Unless the server said when (`retryAt`).
  throttled: 5 * MINUTE,
  error: 5 * MINUTE,
};

export function cacheKey(symbol: string, source: AskedSource, lang?: UnLang): string {
  return `${symbolKey(symbol)}|${source}${source === 'document' && lang !== undefined ? `|${lang}` : ''}`;
}

export function freshnessOf(record: Pick<CacheRecord, 'result' | 'storedAt'>, now: number): Freshness {
  const age = now - record.storedAt;
  const { result } = record;
  if (result.kind === 'found') {
    if (age > FOUND_MAX_AGE_MS) return 'expired';
    return age <= FOUND_FRESH_MS ? 'fresh' : 'stale';
  }
  // A clock set back makes a negative age: the failure is forgotten rather than kept forever.
  if (result.kind === 'throttled' && result.retryAt !== undefined) return now < result.retryAt && age >= 0 ? 'fresh' : 'expired';
  return age >= 0 && age < FAILURE_MEMORY_MS[result.kind] ? 'fresh' : 'expired';
}

export interface CachedAnswer {
  record: CacheRecord;
  freshness: Freshness;
  /** A failure still remembered after the (stale) found answer: do not ask the source yet. */
  recentFailure?: LookupFailure;
}

export interface MetadataCache {
  /** The usable record for a symbol and source, or undefined (none, expired, or unreadable). */
  read(symbol: string, source: AskedSource, lang?: UnLang): Promise<CachedAnswer | undefined>;
  /** Keeps an answer. Never throws. */
  write(
    symbol: string,
    source: AskedSource,
    result: LookupResult,
    lang?: UnLang,
  ): Promise<{ ok: true } | { ok: false; problem: CacheProblem }>;
  /** Deletes expired records; returns how many. */
  prune(): Promise<number>;
}

export function createMetadataCache(store: MetadataStore, now: () => number = Date.now): MetadataCache {
  return {
    async read(symbol, source, lang) {
      let record: CacheRecord | undefined;
      try {
        record = await store.get(cacheKey(symbol, source, lang));
      } catch {
        return undefined;
      }
      if (record === undefined || !isCacheRecord(record)) return undefined;
      const freshness = freshnessOf(record, now());
      if (freshness === 'expired') return undefined;
      const later = record.laterFailure;
      return later !== undefined && freshnessOf(later, now()) === 'fresh'
        ? { record, freshness, recentFailure: later.result }
        : { record, freshness };
    },

    async write(symbol, source, result, lang) {
      const key = cacheKey(symbol, source, lang);
      let record: CacheRecord = { key, symbol: symbolKey(symbol), source, result, storedAt: now() };
      if (source === 'document' && lang !== undefined) record.lang = lang;
      if (result.kind !== 'found') {
        // A failure after a found answer is noted beside it, not over it.
        const previous = await store.get(key).catch(() => undefined);
        if (
          previous !== undefined &&
          isCacheRecord(previous) &&
          previous.result.kind === 'found' &&
          freshnessOf(previous, now()) !== 'expired'
        ) {
          record = { ...previous, laterFailure: { result, storedAt: now() } };
        }
      }
      try {
        await store.put(record);
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: describeProblem(error) };
      }
    },

    async prune() {
      let removed = 0;
      try {
        for (const key of await store.keys()) {
          const record = await store.get(key);
          if (record === undefined || !isCacheRecord(record) || freshnessOf(record, now()) === 'expired') {
            await store.delete(key);
            removed++;
          }
        }
      } catch {
        // A store that fails while pruning is left as it is; the next prune tries again.
      }
      return removed;
    },
  };
}

/** Quota errors carry different names in Chrome and Firefox. */
function describeProblem(error: unknown): CacheProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(detail)) return { kind: 'quota', detail };
  return { kind: 'unavailable', detail };
}

/** A record written by an older version, or damaged, is not trusted. */
function isCacheRecord(value: unknown): value is CacheRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<CacheRecord>;
  const result = record.result as { kind?: unknown; metadata?: unknown } | undefined;
  return (
    typeof record.key === 'string' &&
    typeof record.storedAt === 'number' &&
    typeof record.source === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.kind === 'string' &&
    (result.kind !== 'found' || (typeof result.metadata === 'object' && result.metadata !== null))
  );
}
