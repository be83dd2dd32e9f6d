/**
 * The metadata core (ADR 0008): what the background needs to answer "what is this cited
 * document?" from the cache, the offline catalogue, the UN Digital Library and the document itself.
 */
export { createMetadataCache, type MetadataCache, type MetadataStore } from './cache';
export { createCatalogue, type Catalogue, type ShardLoader } from './catalogue';
export { SHARD_NAMES, type ShardName } from './catalogue-format';
export { summariseDocument, type DocumentSummary } from './document-summary';
export { openIdbMetadataStore } from './idb-metadata-store';
export { createLibraryClient, libraryUrl, type Clock, type LibraryClient, type LibraryFetch } from './library-client';
export {
  resolveMetadata,
  type DocumentTextResult,
  type MetadataAnswer,
  type MetadataSources,
  type ResolveOptions,
} from './resolve-metadata';
export * from './types';
