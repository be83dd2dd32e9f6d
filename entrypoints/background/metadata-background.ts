/**
 * The background's metadata wiring (ADR 0008, 0009): the catalogue, the Library client, the
 * IndexedDB cache and the document reader, made once per background start, and the `metadata`
 * port served with them. The logic is `lib/metadata/metadata-service.ts`; this file only picks
 * the browser's fetch, clock, storage and pdf.js.
 */
import { browser, type Browser } from 'wxt/browser';
import { METADATA_PORT_NAME } from '../../lib/messages/metadata-port';
import {
  createCatalogue,
  createLibraryClient,
  createMetadataCache,
  openIdbMetadataStore,
  type Clock,
  type MetadataSources,
  type ShardName,
} from '../../lib/metadata';
import { createMetadataService, type MetadataService } from '../../lib/metadata/metadata-service';
import { learnedMetadata, LEARN_PORT_NAME, openedSource, parseOpenedFacts, readBundledFacts } from '../../lib/metadata/opened-documents';
import bundledFacts from '../../assets/catalog/bundled.json';
import { documentReader } from './offscreen-reader';

const clock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

async function loadShard(shard: ShardName): Promise<unknown> {
  // Packaged by wxt.config.ts (`catalog/<name>.json`); fetched only when a lookup needs it.
  const response = await fetch(new URL(`catalog/${shard}.json`, browser.runtime.getURL('/')).href);
  if (!response.ok) throw new Error(`catalogue shard ${shard}: HTTP ${response.status}`);
  return response.json();
}

async function metadataSources(): Promise<MetadataSources> {
  const sources: MetadataSources = {
    // The bundled samples are known from the start; documents opened since, from the cache.
    opened: openedSource(readBundledFacts(bundledFacts)),
    catalogue: createCatalogue(loadShard),
    // No cookies: the Library sees an anonymous client, never the person's session.
    library: createLibraryClient({ fetch: (url, init) => fetch(url, init), clock, online: () => navigator.onLine }),
  };
  const readDocument = documentReader();
  if (readDocument !== undefined) sources.readDocument = readDocument;
  try {
    sources.cache = createMetadataCache(await openIdbMetadataStore(indexedDB));
  } catch {
    // Without IndexedDB (a private window's policy, a broken profile) lookups still work, uncached.
  }
  return sources;
}

/**
 * A document the reader opened: its facts are added to what the cache knows of it (the `opened`
 * source), so its cards work offline afterwards. Only the extension's own pages may tell: a
 * content script runs beside page scripts and could be made to lie.
 */
function learnFrom(port: Browser.runtime.Port, ready: Promise<MetadataSources>): void {
  const ownOrigin = browser.runtime.getURL('/');
  if (port.sender?.id !== browser.runtime.id || !(port.sender.url ?? '').startsWith(ownOrigin)) return port.disconnect();
  port.onMessage.addListener((message: unknown) => {
    port.disconnect();
    const facts = parseOpenedFacts(message);
    if (facts === null) return;
    void ready.then(async ({ cache }) => {
      if (cache === undefined) return;
      const previous = await cache.read(facts.symbol, 'opened');
      const known = previous?.record.result.kind === 'found' ? previous.record.result.metadata : undefined;
      await cache.write(facts.symbol, 'opened', { kind: 'found', metadata: learnedMetadata(known, facts, Date.now()) });
    });
  });
}

/** Starts serving metadata ports; returns the service (for tests) and the function that stops it. */
export function startMetadataService(): { service: MetadataService; stop: () => void } {
  const ready = metadataSources();
  const service = createMetadataService(ready);
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name === LEARN_PORT_NAME) return learnFrom(port, ready);
    if (port.name !== METADATA_PORT_NAME) return;
    // Only the extension's own pages (reader, panel, content scripts of this extension) connect.
    if (port.sender?.id !== browser.runtime.id) return port.disconnect();
    service.serve(port);
  };
  browser.runtime.onConnect.addListener(onConnect);
  return { service, stop: () => browser.runtime.onConnect.removeListener(onConnect) };
}
