/**
 * Promises of what a document says about its pages (pdf.js's text content, the glyphs' places),
 * asked once per page and shared by every reader of it. Each document keeps only its last
 * `keptPages` pages asked for, most recently used last so the oldest go first; a promise that
 * fails is not kept, so the next ask tries again. Documents are held weakly: a closed one's pages
 * go with it.
 */
export interface PagePromiseCache<Doc extends object, T> {
  /** Page `pageNumber`'s promise, made by `read` unless one is kept. */
  get(doc: Doc, pageNumber: number, read: () => Promise<T>): Promise<T>;
  /** Whether page `pageNumber`'s promise is kept (read or being read). */
  has(doc: Doc, pageNumber: number): boolean;
}

export function createPagePromiseCache<Doc extends object, T>(keptPages: number): PagePromiseCache<Doc, T> {
  const caches = new WeakMap<Doc, Map<number, Promise<T>>>();
  return {
    get(doc, pageNumber, read) {
      let cache = caches.get(doc);
      if (cache === undefined) caches.set(doc, (cache = new Map<number, Promise<T>>()));
      const known = cache.get(pageNumber);
      if (known !== undefined) {
        cache.delete(pageNumber);
        cache.set(pageNumber, known);
        return known;
      }
      const promise = read();
      const kept = cache;
      promise.catch(() => {
        if (kept.get(pageNumber) === promise) kept.delete(pageNumber);
      });
      kept.set(pageNumber, promise);
      for (const oldest of kept.keys()) {
        if (kept.size <= keptPages) break;
        kept.delete(oldest);
      }
      return promise;
    },
    has(doc, pageNumber) {
      return caches.get(doc)?.has(pageNumber) ?? false;
    },
  };
}
