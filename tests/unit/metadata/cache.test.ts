import { describe, expect, it } from 'vitest';
import { cacheKey, createMetadataCache, FOUND_FRESH_MS, freshnessOf, type CacheRecord } from '../../../lib/metadata/cache';
import type { LookupResult } from '../../../lib/metadata/types';
import { MemoryStore } from './memory-store';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 22);

const FOUND: LookupResult = {
  kind: 'found',
  metadata: { symbol: 'A/RES/76/186', title: 'Improving the coordination', source: 'library', fetchedAt: T0 },
};

const FAILURES: [string, LookupResult, number][] = [
  ['offline', { kind: 'offline' }, MINUTE],
  ['challenge', { kind: 'challenge' }, 15 * MINUTE],
  ['throttled without a date', { kind: 'throttled' }, 5 * MINUTE],
  ['error', { kind: 'error', detail: 'HTTP 500' }, 5 * MINUTE],
  ['not-found', { kind: 'not-found' }, DAY],
  ['not-published', { kind: 'not-published' }, DAY],
];

function setUp() {
  let now = T0;
  const store = new MemoryStore();
  const cache = createMetadataCache(store, () => now);
  return { store, cache, at: (ms: number) => void (now = T0 + ms) };
}

describe('the metadata cache', () => {
  it('keeps every answer with its source and time, under one key per symbol and source', async () => {
    const { store, cache } = setUp();
    expect(await cache.write('a/res/76/186', 'library', FOUND)).toEqual({ ok: true });
    expect(store.records.get('A/RES/76/186|library')).toEqual({
      key: 'A/RES/76/186|library',
      symbol: 'A/RES/76/186',
      source: 'library',
      result: FOUND,
      storedAt: T0,
    });
    expect(await cache.read('A/RES/76/186', 'library')).toEqual({ record: store.records.get('A/RES/76/186|library'), freshness: 'fresh' });
    expect(await cache.read('A/RES/76/186', 'catalogue')).toBeUndefined();
  });

  it('keeps the document read in each language apart', async () => {
    const { cache } = setUp();
    await cache.write('A/RES/76/186', 'document', FOUND, 'ru');
    expect(cacheKey('A/RES/76/186', 'document', 'ru')).toBe('A/RES/76/186|document|ru');
    expect(await cache.read('A/RES/76/186', 'document', 'ru')).toBeDefined();
    expect(await cache.read('A/RES/76/186', 'document', 'en')).toBeUndefined();
  });

  it('gives a found answer fresh for 30 days, then stale (shown, refreshed behind), and drops it after a year', async () => {
    const { cache, at } = setUp();
    await cache.write('A/RES/76/186', 'library', FOUND);
    at(FOUND_FRESH_MS);
    expect((await cache.read('A/RES/76/186', 'library'))?.freshness).toBe('fresh');
    at(FOUND_FRESH_MS + 1);
    expect((await cache.read('A/RES/76/186', 'library'))?.freshness).toBe('stale');
    at(366 * DAY);
    expect(await cache.read('A/RES/76/186', 'library')).toBeUndefined();
  });

  it.each(FAILURES)('remembers %s briefly, so the source is not asked again at once', async (_name, result, memory) => {
    const { cache, at } = setUp();
    await cache.write('A/RES/80/999', 'library', result);
    at(memory - 1);
    expect((await cache.read('A/RES/80/999', 'library'))?.freshness).toBe('fresh');
    at(memory);
    expect(await cache.read('A/RES/80/999', 'library')).toBeUndefined();
  });

  it('notes a failure after a found answer beside it, keeping the answer', async () => {
    const { cache, at } = setUp();
    await cache.write('A/RES/76/186', 'library', FOUND);
    at(40 * DAY);
    await cache.write('A/RES/76/186', 'library', { kind: 'offline' });
    expect(await cache.read('A/RES/76/186', 'library')).toMatchObject({
      freshness: 'stale',
      recentFailure: { kind: 'offline' },
      record: { result: FOUND },
    });
    at(40 * DAY + MINUTE);
    const later = await cache.read('A/RES/76/186', 'library');
    expect(later?.recentFailure).toBeUndefined();
    expect(later?.record.result).toEqual(FOUND);
    // A new found answer replaces everything.
    await cache.write('A/RES/76/186', 'library', FOUND);
    expect(await cache.read('A/RES/76/186', 'library')).toEqual({
      record: expect.objectContaining({ storedAt: T0 + 40 * DAY + MINUTE }) as unknown,
      freshness: 'fresh',
    });
  });

  it('remembers throttling until the time the server gave', () => {
    const record: CacheRecord = {
      key: 'k',
      symbol: 'S',
      source: 'library',
      result: { kind: 'throttled', retryAt: T0 + 2 * 60 * MINUTE },
      storedAt: T0,
    };
    expect(freshnessOf(record, T0 + 119 * MINUTE)).toBe('fresh');
    expect(freshnessOf(record, T0 + 120 * MINUTE)).toBe('expired');
  });

  it('does not let a clock set back make a failure eternal', () => {
    const record: CacheRecord = { key: 'k', symbol: 'S', source: 'library', result: { kind: 'offline' }, storedAt: T0 };
    expect(freshnessOf(record, T0 - 10 * DAY)).toBe('expired');
  });

  it('reports a full disk and leaves what was stored intact', async () => {
    const { store, cache } = setUp();
    await cache.write('A/RES/76/186', 'library', FOUND);
    store.failWrites = 'quota';
    const written = await cache.write('A/RES/76/186', 'library', { kind: 'offline' });
    expect(written).toEqual({ ok: false, problem: { kind: 'quota', detail: 'The quota has been exceeded.' } });
    expect((await cache.read('A/RES/76/186', 'library'))?.record.result).toEqual(FOUND);
    store.failWrites = 'broken';
    expect(await cache.write('A/RES/76/186', 'library', { kind: 'offline' })).toMatchObject({
      ok: false,
      problem: { kind: 'unavailable' },
    });
  });

  it('treats an unreadable store or a damaged record as no record', async () => {
    const { store, cache } = setUp();
    store.records.set('A/RES/1/1|library', { key: 'A/RES/1/1|library', junk: true } as unknown as CacheRecord);
    expect(await cache.read('A/RES/1/1', 'library')).toBeUndefined();
    store.failReads = true;
    expect(await cache.read('A/RES/76/186', 'library')).toBeUndefined();
  });

  it('prunes expired records and keeps the rest', async () => {
    const { store, cache, at } = setUp();
    await cache.write('A/RES/76/186', 'library', FOUND);
    await cache.write('A/RES/80/999', 'library', { kind: 'offline' });
    at(2 * MINUTE);
    expect(await cache.prune()).toBe(1);
    expect([...store.records.keys()]).toEqual(['A/RES/76/186|library']);
  });
});
