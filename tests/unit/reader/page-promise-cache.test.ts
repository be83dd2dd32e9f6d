/**
 * The per-document page promise cache behind the reader's text content and glyph caches
 * (lib/reader/page-promise-cache.ts): one read a page while kept, the least recently used page
 * dropped first, a failed read not kept, documents apart.
 */
import { describe, expect, it } from 'vitest';
import { createPagePromiseCache } from '../../../lib/reader/page-promise-cache';

/** A cache keeping two pages per document, whose reads are listed by page. */
function countedCache() {
  const cache = createPagePromiseCache<object, string>(2);
  const reads: number[] = [];
  const get = (doc: object, page: number) =>
    cache.get(doc, page, () => {
      reads.push(page);
      return Promise.resolve(`page ${page}`);
    });
  return { cache, reads, get };
}

describe('page promise cache', () => {
  it('reads a kept page once and gives every asker the same promise', async () => {
    const { cache, reads, get } = countedCache();
    const doc = {};
    expect(cache.has(doc, 1)).toBe(false);
    const first = get(doc, 1);
    expect(cache.has(doc, 1)).toBe(true);
    expect(get(doc, 1)).toBe(first);
    expect(await first).toBe('page 1');
    expect(reads).toEqual([1]);
  });

  it('drops the least recently used page beyond its size', () => {
    const { cache, reads, get } = countedCache();
    const doc = {};
    void get(doc, 1);
    void get(doc, 2);
    void get(doc, 1); // page 1 is now the most recently used
    void get(doc, 3);
    expect([1, 2, 3].map((page) => cache.has(doc, page))).toEqual([true, false, true]);
    void get(doc, 2);
    expect(reads).toEqual([1, 2, 3, 2]);
  });

  it('does not keep a failed read: the next ask reads again', async () => {
    const cache = createPagePromiseCache<object, string>(2);
    const doc = {};
    const failed = cache.get(doc, 1, () => Promise.reject(new Error('worker gone')));
    await expect(failed).rejects.toThrow('worker gone');
    expect(cache.has(doc, 1)).toBe(false);
    expect(await cache.get(doc, 1, () => Promise.resolve('read again'))).toBe('read again');
  });

  it('keeps each document apart', () => {
    const { cache, reads, get } = countedCache();
    const [a, b] = [{}, {}];
    void get(a, 1);
    void get(b, 1);
    expect(reads).toEqual([1, 1]);
    expect(cache.has(b, 2)).toBe(false);
  });
});
