/**
 * The fall-through order with the real modules: the packaged catalogue read from disk, the
 * Library client on a faked internet and a fake clock, the cache on an in-memory store, and the
 * document's text from the fixtures (what the background would get from the PDF).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnLang } from '../../../lib/citations/types';
import { createMetadataCache, FOUND_FRESH_MS } from '../../../lib/metadata/cache';
import { createCatalogue, type ShardLoader } from '../../../lib/metadata/catalogue';
import { createLibraryClient, type LibraryFetch } from '../../../lib/metadata/library-client';
import { mergeMetadata } from '../../../lib/metadata/merge-metadata';
import {
  resolveMetadata,
  type DocumentTextResult,
  type MetadataAnswer,
  type MetadataSources,
} from '../../../lib/metadata/resolve-metadata';
import type { DocumentMetadata } from '../../../lib/metadata/types';
import { FakeClock } from './fake-clock';
import { MemoryStore } from './memory-store';

const undl = (name: string) => readFileSync(new URL(`../../fixtures/metadata/undl/${name}`, import.meta.url), 'utf8');
const seed = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const diskShards: ShardLoader = (shard) =>
  Promise.resolve(JSON.parse(readFileSync(new URL(`../../../assets/catalog/compact/${shard}.json`, import.meta.url), 'utf8')) as unknown);

type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'offline';

interface World {
  clock: FakeClock;
  store: MemoryStore;
  sources: MetadataSources;
  libraryCalls: string[];
  documentCalls: string[];
}

/** The extension's sources, with the internet answering `library` and `document` replies. */
function world(
  options: { library?: Reply[]; document?: DocumentTextResult[]; shards?: ShardLoader; store?: MemoryStore; clock?: FakeClock } = {},
): World {
  const clock = options.clock ?? new FakeClock();
  const store = options.store ?? new MemoryStore();
  const libraryReplies = [...(options.library ?? [])];
  const documentReplies = [...(options.document ?? [])];
  const libraryCalls: string[] = [];
  const documentCalls: string[] = [];
  const fetch: LibraryFetch = (url) => {
    libraryCalls.push(url);
    const reply = libraryReplies.shift() ?? 'offline';
    if (reply === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve({ status: reply.status, headers: new Headers(reply.headers), text: () => Promise.resolve(reply.body ?? '') });
  };
  return {
    clock,
    store,
    libraryCalls,
    documentCalls,
    sources: {
      catalogue: createCatalogue(options.shards ?? diskShards, () => clock.now()),
      library: createLibraryClient({ fetch, clock }),
      readDocument: (symbol, lang) => {
        documentCalls.push(`${symbol} ${lang}`);
        return Promise.resolve(documentReplies.shift() ?? { kind: 'offline' });
      },
      cache: createMetadataCache(store, () => clock.now()),
    },
  };
}

async function all(symbol: string, lang: UnLang, w: World, signal?: AbortSignal): Promise<MetadataAnswer[]> {
  const answers: MetadataAnswer[] = [];
  for await (const answer of resolveMetadata(symbol, { lang, now: () => w.clock.now(), ...(signal ? { signal } : {}) }, w.sources))
    answers.push(answer);
  return answers;
}

const last = (answers: MetadataAnswer[]) => answers[answers.length - 1] as MetadataAnswer;
const ok = (body: string) => ({ status: 200, body });

describe('resolveMetadata: the order and the merge', () => {
  it('asks catalogue, then Library, then the document, yielding each improvement with its source', async () => {
    const w = world({ library: [ok(undl('a-res-es-11-1.xml'))], document: [{ kind: 'text', text: '' }] });
    const answers = await all('A/RES/ES-11/1', 'en', w);
    expect(answers.map((a) => [a.metadata?.source, a.done])).toEqual([
      ['catalogue', false],
      ['library', false],
      ['document', true],
    ]);
    expect(answers[0]?.metadata).toMatchObject({
      title: 'Aggression against Ukraine',
      date: '2022-03-02',
      vote: { yes: 141, no: 5, abstain: 35 },
      sources: ['catalogue'],
    });
    expect(answers[0]?.metadata?.files).toBeUndefined();
    expect(answers[1]?.metadata?.files?.ru).toBe('https://digitallibrary.un.org/record/3959039/files/A_RES_ES-11_1-RU.pdf');
    expect(answers[1]?.metadata?.related).toEqual(['A/ES-11/L.1', 'A/ES-11/PV.5']);
    expect(last(answers)).toMatchObject({ status: 'found', stale: false, metadata: { sources: ['catalogue', 'library', 'document'] } });
    expect(last(answers).failures).toEqual({});
  });

  it('A/RES/76/186 in Russian: the Library’s Russian title, its "without a vote", the date and 28 paragraphs from the document', async () => {
    const w = world({ library: [ok(undl('a-res-76-186.xml'))], document: [{ kind: 'text', text: seed('a-res-76-186.ru.txt') }] });
    const answers = await all('A/RES/76/186', 'ru', w);
    // The catalogue lacks it (adopted without a vote): the first answer is the Library's.
    expect(answers.map((a) => a.metadata?.source)).toEqual(['library', 'document']);
    const metadata = last(answers).metadata as DocumentMetadata;
    expect(metadata.title).toBe('Улучшение координации усилий по борьбе с торговлей людьми');
    expect(metadata.vote).toBe('without-vote');
    expect(metadata.date).toBe('2021-12-16');
    expect(metadata.summary).toHaveLength(28);
    expect(metadata.summary?.[0]?.opening).toMatch(/^настоятельно призывает государства-члены/);
    expect(last(answers).failures).toEqual({ catalogue: { kind: 'not-found' } });
    expect(w.documentCalls).toEqual(['A/RES/76/186 ru']);
  });

  it('takes the vote from the catalogue when the Library has only a note, and the catalogue title when the Library has none', async () => {
    const w = world({ library: [ok(undl('s-res-2331-2016.xml'))], document: [{ kind: 'not-found' }] });
    const metadata = last(await all('S/RES/2331(2016)', 'ru', w)).metadata as DocumentMetadata;
    expect(metadata.title).toBe('Trafficking in persons in armed conflicts');
    expect(metadata.vote).toEqual({ yes: 15, no: 0, abstain: 0, mayBeWithoutVote: true });
    expect(metadata.voteNote).toBe('Adopted unanimously, 7847th meeting');
    expect(metadata.undlId).toBe('853289');
  });

  it('prefers the Library’s title only when it is in the reader’s language', () => {
    const catalogue: DocumentMetadata = {
      symbol: 'A/RES/1/1',
      title: 'Catalogue title',
      titles: { en: 'Catalogue title' },
      date: '2020-01-01',
      vote: { yes: 1, no: 2, abstain: 3 },
      source: 'catalogue',
      fetchedAt: 1,
    };
    const library: DocumentMetadata = {
      symbol: 'A/RES/1/1',
      title: 'Library title',
      titles: { en: 'Library title', fr: 'Titre' },
      date: '2020-02-02',
      source: 'library',
      fetchedAt: 2,
    };
    expect(mergeMetadata('A/RES/1/1', { catalogue, library }, 'fr', 'library')).toMatchObject({
      title: 'Titre',
      date: '2020-01-01',
      vote: { yes: 1, no: 2, abstain: 3 },
      fetchedAt: 2,
    });
    expect(mergeMetadata('A/RES/1/1', { catalogue, library }, 'en', 'library')?.title).toBe('Library title');
    expect(mergeMetadata('A/RES/1/1', { catalogue, library }, 'ru', 'library')?.title).toBe('Catalogue title');
    expect(mergeMetadata('A/RES/1/1', {}, 'ru', 'cache')).toBeUndefined();
  });

  it('takes the Library’s vote over the catalogue’s when it has one (its "without a vote" is explicit)', () => {
    const catalogue: DocumentMetadata = {
      symbol: 'S/RES/1(1946)',
      vote: { yes: 11, no: 0, abstain: 0, mayBeWithoutVote: true },
      source: 'catalogue',
      fetchedAt: 1,
    };
    const library: DocumentMetadata = { symbol: 'S/RES/1(1946)', vote: 'without-vote', source: 'library', fetchedAt: 2 };
    expect(mergeMetadata('S/RES/1(1946)', { catalogue, library }, 'en', 'library')?.vote).toBe('without-vote');
    expect(mergeMetadata('S/RES/1(1946)', { catalogue }, 'en', 'catalogue')?.vote).toEqual({
      yes: 11,
      no: 0,
      abstain: 0,
      mayBeWithoutVote: true,
    });
  });
});

describe('resolveMetadata: the cache', () => {
  it('answers from a fresh cache at once and asks nobody', async () => {
    const w = world({ library: [ok(undl('a-res-es-11-1.xml'))], document: [{ kind: 'text', text: '' }] });
    await all('A/RES/ES-11/1', 'en', w);
    const again = await all('A/RES/ES-11/1', 'en', w);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({
      done: true,
      stale: false,
      status: 'found',
      metadata: { source: 'cache', files: { en: expect.any(String) as unknown } },
    });
    expect(w.libraryCalls).toHaveLength(1);
    expect(w.documentCalls).toHaveLength(1);
  });

  it('shows a stale answer first, marked stale, and replaces it with the fresh one', async () => {
    const w = world({ library: [ok(undl('a-res-76-186.xml')), ok(undl('a-res-76-186.xml'))], document: [{ kind: 'not-found' }] });
    await all('A/RES/76/186', 'en', w);
    await w.clock.advance(FOUND_FRESH_MS + 60_000);
    const answers = await all('A/RES/76/186', 'en', w);
    expect(answers[0]).toMatchObject({
      stale: true,
      done: false,
      metadata: { source: 'cache', title: 'Improving the coordination of efforts against trafficking in persons' },
    });
    // The catalogue's and the document's "not found" were remembered a day only: both are asked
    // again too, and their failures improve nothing (the document is offline this time).
    expect(answers.map((a) => [a.metadata?.source, a.stale])).toEqual([
      ['cache', true],
      ['cache', true],
      ['library', false],
      ['library', false],
    ]);
    expect(w.libraryCalls).toHaveLength(2);
  });

  it('keeps a stale answer, still marked stale, when the refresh fails (offline)', async () => {
    const w = world({ library: [ok(undl('a-res-76-186.xml')), 'offline'], document: [{ kind: 'not-found' }] });
    await all('A/RES/76/186', 'en', w);
    await w.clock.advance(FOUND_FRESH_MS + 60_000);
    const answer = last(await all('A/RES/76/186', 'en', w));
    expect(answer).toMatchObject({
      status: 'found',
      stale: true,
      done: true,
      failures: { library: { kind: 'offline' } },
      metadata: { undlId: '3953778' },
    });
  });

  it('does not lose a stale answer to a failed refresh, nor retry the refresh at once', async () => {
    const w = world({
      library: [ok(undl('a-res-76-186.xml')), 'offline', ok(undl('a-res-76-186.xml'))],
      document: [{ kind: 'not-found' }],
    });
    await all('A/RES/76/186', 'en', w);
    await w.clock.advance(FOUND_FRESH_MS + 60_000);
    await all('A/RES/76/186', 'en', w);
    expect(w.libraryCalls).toHaveLength(2);
    const soon = last(await all('A/RES/76/186', 'en', w));
    expect(w.libraryCalls).toHaveLength(2);
    expect(soon).toMatchObject({ stale: true, failures: { library: { kind: 'offline' } }, metadata: { undlId: '3953778' } });
    await w.clock.advance(60_000);
    const later = last(await all('A/RES/76/186', 'en', w));
    expect(w.libraryCalls).toHaveLength(3);
    expect(later).toMatchObject({ stale: false, metadata: { source: 'library' } });
    expect(later.failures.library).toBeUndefined();
  });

  it('does not ask a source again while its failure is remembered', async () => {
    const w = world({ library: [{ status: 202 }], document: [{ kind: 'offline' }, { kind: 'text', text: '' }] });
    await all('A/RES/ES-11/1', 'en', w);
    await w.clock.advance(2 * 60_000);
    const answer = last(await all('A/RES/ES-11/1', 'en', w));
    expect(w.libraryCalls).toHaveLength(1);
    // The document's "offline" is remembered for a minute only: it was asked again.
    expect(w.documentCalls).toHaveLength(2);
    expect(answer).toMatchObject({
      status: 'found',
      failures: { library: { kind: 'challenge' } },
      metadata: { title: 'Aggression against Ukraine' },
    });
  });

  it('reports a full disk and still answers', async () => {
    const store = new MemoryStore();
    store.failWrites = 'quota';
    const w = world({ store, library: [ok(undl('a-res-es-11-1.xml'))], document: [{ kind: 'text', text: '' }] });
    const answer = last(await all('A/RES/ES-11/1', 'en', w));
    expect(answer).toMatchObject({ status: 'found', cacheProblem: { kind: 'quota' }, metadata: { undlId: '3959039' } });
    expect(store.records.size).toBe(0);
  });
});

describe('resolveMetadata: every failure of every source', () => {
  it('stays useful on the catalogue alone when the Library challenges and the document is offline', async () => {
    const w = world({ library: [{ status: 202 }], document: [{ kind: 'offline' }] });
    const answer = last(await all('A/RES/ES-11/1', 'ru', w));
    expect(answer).toMatchObject({
      status: 'found',
      done: true,
      failures: { library: { kind: 'challenge' }, document: { kind: 'offline' } },
      metadata: { title: 'Aggression against Ukraine', vote: { yes: 141, no: 5, abstain: 35 }, sources: ['catalogue'] },
    });
  });

  it.each([
    ['not found anywhere', [ok(undl('empty.xml'))], [{ kind: 'not-found' }], 'not-found'],
    ['not published yet', [ok(undl('empty.xml'))], [{ kind: 'not-published' }], 'not-published'],
    ['offline', ['offline'], [{ kind: 'offline' }], 'offline'],
    ['a bot challenge', [{ status: 202 }], [{ kind: 'offline' }], 'challenge'],
    ['a challenge page', [ok(undl('challenge.html'))], [{ kind: 'error', detail: 'HTTP 500' }], 'challenge'],
    ['throttled', [{ status: 429, headers: { 'retry-after': '60' } }], [{ kind: 'offline' }], 'throttled'],
    ['a server error', [{ status: 500 }], [{ kind: 'error', detail: 'not a PDF' }], 'error'],
    ['garbage from the Library', [ok('<<garbage')], [{ kind: 'error', detail: 'not a PDF' }], 'error'],
  ] as const)('says %s when no source has the document', async (_name, library, document, status) => {
    const w = world({ library: [...library], document: [...document] });
    const answers = await all('A/RES/80/999', 'en', w);
    // Nothing to show until the end: the UI keeps its loading state, then shows the status.
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ status, done: true, stale: false });
    expect(answers[0]?.metadata).toBeUndefined();
    expect(answers[0]?.failures.catalogue).toEqual({ kind: 'not-found' });
  });

  it('falls through a catalogue that cannot load', async () => {
    const w = world({
      shards: () => Promise.reject(new Error('file missing')),
      library: [ok(undl('a-res-es-11-1.xml'))],
      document: [{ kind: 'offline' }],
    });
    const answer = last(await all('A/RES/ES-11/1', 'en', w));
    expect(answer).toMatchObject({
      status: 'found',
      failures: { catalogue: { kind: 'error', detail: 'file missing' } },
      metadata: { sources: ['library'] },
    });
  });

  it('survives a source that throws', async () => {
    const w = world();
    w.sources.readDocument = () => Promise.reject(new Error('pdf.js crashed'));
    w.sources.library = { lookup: () => Promise.reject(new Error('boom')) };
    const answer = last(await all('S/RES/2331(2016)', 'en', w));
    expect(answer).toMatchObject({
      status: 'found',
      failures: { library: { kind: 'error', detail: 'boom' }, document: { kind: 'error', detail: 'pdf.js crashed' } },
    });
  });

  it('works with no cache and no network sources at all (the catalogue alone)', async () => {
    const answers: MetadataAnswer[] = [];
    for await (const answer of resolveMetadata('S/RES/242(1967)', { lang: 'en' }, { catalogue: createCatalogue(diskShards) }))
      answers.push(answer);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ done: true, metadata: { source: 'catalogue', date: '1967-11-22' } });
  });

  it('stops when the caller gives up, and keeps nothing of the abandoned lookup', async () => {
    const w = world({ library: [ok(undl('a-res-es-11-1.xml'))], document: [{ kind: 'text', text: '' }] });
    const controller = new AbortController();
    const answers: MetadataAnswer[] = [];
    for await (const answer of resolveMetadata(
      'A/RES/ES-11/1',
      { lang: 'en', signal: controller.signal, now: () => w.clock.now() },
      w.sources,
    )) {
      answers.push(answer);
      controller.abort();
    }
    expect(answers).toHaveLength(1);
    expect(w.libraryCalls).toHaveLength(0);
    expect([...w.store.records.keys()]).toEqual(['A/RES/ES-11/1|catalogue']);
  });
});

describe('the time bound', () => {
  it('ends a lookup whose source never answers, with what the others gave and the reason, and caches no timeout', async () => {
    const w = world();
    let libraryAsked = 0;
    const sources: MetadataSources = {
      ...w.sources,
      // A Library queue that holds the request for minutes: answers only when abandoned.
      library: {
        lookup: (_symbol, signal) => {
          libraryAsked++;
          return new Promise((resolve) =>
            signal?.addEventListener('abort', () => resolve({ kind: 'error', detail: 'aborted' }), { once: true }),
          );
        },
      },
    };
    const started = Date.now();
    const answers: MetadataAnswer[] = [];
    for await (const answer of resolveMetadata('A/RES/78/1', { lang: 'en', now: () => w.clock.now(), timeBoundMs: 200 }, sources))
      answers.push(answer);
    const last = answers.at(-1)!;
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(libraryAsked).toBe(1);
    expect(last.done).toBe(true);
    expect(last.metadata?.title).toMatch(/^Political declaration of the high-level political forum/);
    // The document was not asked at all: the bound had passed.
    expect(last.failures).toEqual({ library: { kind: 'error', detail: 'timeout' }, document: { kind: 'error', detail: 'timeout' } });
    expect(w.documentCalls).toEqual([]);
    expect(await w.sources.cache?.read('A/RES/78/1', 'library')).toBeUndefined();
  });
});
