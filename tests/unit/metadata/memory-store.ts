/**
 * A `MetadataStore` in memory for tests, which can be told to fail its writes the way a full
 * disk makes IndexedDB fail (`QuotaExceededError`) or to break altogether. Records are cloned in
 * and out, as IndexedDB's structured clone does, so a test cannot pass by sharing objects.
 */
import type { CacheRecord, MetadataStore } from '../../../lib/metadata/cache';

export class MemoryStore implements MetadataStore {
  readonly records = new Map<string, CacheRecord>();
  failWrites: 'quota' | 'broken' | undefined;
  failReads = false;

  get(key: string): Promise<CacheRecord | undefined> {
    if (this.failReads) return Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
    const record = this.records.get(key);
    return Promise.resolve(record === undefined ? undefined : structuredClone(record));
  }

  put(record: CacheRecord): Promise<void> {
    if (this.failWrites === 'quota') return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    if (this.failWrites === 'broken') return Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
    this.records.set(record.key, structuredClone(record));
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.records.delete(key);
    return Promise.resolve();
  }

  keys(): Promise<string[]> {
    return Promise.resolve([...this.records.keys()]);
  }
}
