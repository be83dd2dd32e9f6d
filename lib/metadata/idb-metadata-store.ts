/**
 * The metadata cache's store in IndexedDB, through idb. The IndexedDB factory is passed in (the
 * background passes `indexedDB`, tests an in-memory one), so this module touches no global.
 * Each operation is its own transaction: a write that fails (quota) aborts alone and leaves the
 * records already stored as they were.
 */
import { wrap } from 'idb';
import type { CacheRecord, MetadataStore } from './cache';

export const METADATA_DB_NAME = 'resolute-metadata';
const DB_VERSION = 1;
const STORE = 'answers';

export async function openIdbMetadataStore(factory: IDBFactory, name = METADATA_DB_NAME): Promise<MetadataStore> {
  const request = factory.open(name, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'key' });
  };
  const db = await wrap(request);
  if (db === undefined) throw new Error(`could not open the IndexedDB database ${name}`);
  return {
    get: async (key) => (await db.get(STORE, key)) as CacheRecord | undefined,
    put: async (record) => {
      await db.put(STORE, record);
    },
    delete: (key) => db.delete(STORE, key),
    keys: async () => (await db.getAllKeys(STORE)).filter((key): key is string => typeof key === 'string'),
  };
}
