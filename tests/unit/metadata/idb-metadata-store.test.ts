/**
 * The IndexedDB store on fake-indexeddb (a real IndexedDB implementation in node): `idb` wraps
 * the global IDB classes, which `fake-indexeddb/auto` installs.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMetadataCache } from '../../../lib/metadata/cache';
import { openIdbMetadataStore } from '../../../lib/metadata/idb-metadata-store';
import type { LookupResult } from '../../../lib/metadata/types';

const FOUND: LookupResult = { kind: 'found', metadata: { symbol: 'A/RES/76/186', title: 'T', source: 'library', fetchedAt: 1 } };

describe('the IndexedDB metadata store (fake-indexeddb)', () => {
  const factory = (): IDBFactory => new FakeIDBFactory();

  it('stores, reads, lists and deletes records, and keeps them across openings', async () => {
    const idb = factory();
    const store = await openIdbMetadataStore(idb, 'test-db');
    const cache = createMetadataCache(store, () => 1000);
    expect(await cache.write('A/RES/76/186', 'library', FOUND)).toEqual({ ok: true });
    const again = await openIdbMetadataStore(idb, 'test-db');
    expect((await again.get('A/RES/76/186|library'))?.result).toEqual(FOUND);
    expect(await again.keys()).toEqual(['A/RES/76/186|library']);
    await again.delete('A/RES/76/186|library');
    expect(await again.keys()).toEqual([]);
  });
});
