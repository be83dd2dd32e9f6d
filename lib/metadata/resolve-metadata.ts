/**
 * Finds out what a cited document is, in the order cache → offline catalogue → UN Digital
 * Library → the document itself, and yields every improved answer as it arrives: what the cache
 * had at once (marked `stale` when it is old and being refreshed), then each source's
 * contribution merged in (`merge-metadata.ts`). Every source may fail in its own way; the answer
 * then says why (`status`, `failures`) and keeps whatever the other sources gave, so the popover
 * stays useful offline, behind a bot challenge, or when the Library throttles.
 *
 * A source whose answer the cache holds fresh is not asked again; a remembered failure (offline a
 * minute ago, challenged a few minutes ago) is not retried until its time is up.
 *
 * Every lookup ends within `timeBoundMs`: a source still busy then (the Library's queue, five
 * seconds a request, can hold a lookup for minutes on a page citing fifty documents) is abandoned
 * and named in `failures` as `{ kind: 'error', detail: 'timeout' }`, not cached (it says nothing
 * about the document), and the last answer is yielded with what the others gave.
 */
import { bodyOfSymbol, symbolKey } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import type { CacheProblem, CachedAnswer, MetadataCache } from './cache';
import { summariseDocument } from './document-summary';
import { mergeMetadata, type SourceAnswers } from './merge-metadata';
import {
  ABORTED_DETAIL,
  type AskedSource,
  type DocumentMetadata,
  type LookupFailure,
  type LookupFailureKind,
  type LookupResult,
  type MetadataSource,
} from './types';

/** The document's text (its first pages), or why there is none. */
export type DocumentTextResult = { kind: 'text'; text: string } | LookupFailure;

export interface MetadataSources {
  /** Documents known from having been opened (and the bundled samples): answered at once, offline. */
  opened?: { lookup(symbol: string): Promise<LookupResult> };
  catalogue?: { lookup(symbol: string): Promise<LookupResult> };
  library?: { lookup(symbol: string, signal?: AbortSignal): Promise<LookupResult> };
  /** Fetches the PDF in `lang` and returns its first pages' text (the caller runs pdf.js). */
  readDocument?: (symbol: string, lang: UnLang, signal?: AbortSignal) => Promise<DocumentTextResult>;
  cache?: MetadataCache;
}

export interface ResolveOptions {
  /** The reader's language: which title to prefer, which language to read the document in. */
  lang: UnLang;
  /** The caller lost interest (the card closed): stop asking. */
  signal?: AbortSignal;
  now?: () => number;
  /** The most a lookup may take, all sources together, in real time (`LOOKUP_TIME_BOUND_MS`). */
  timeBoundMs?: number;
}

export const LOOKUP_TIME_BOUND_MS = 15_000;

/** The `error` detail of a source abandoned at the time bound. */
export const TIMEOUT_DETAIL = 'timeout';

export interface MetadataAnswer {
  symbol: string;
  /** The best merged answer so far, or undefined when no source had one. */
  metadata?: DocumentMetadata;
  /** `found` when there is metadata; otherwise the most telling failure (final when `done`). */
  status: 'found' | LookupFailureKind;
  /** Some of the answer comes from an old cache record not (yet) confirmed. */
  stale: boolean;
  /** No further answer will follow. */
  done: boolean;
  /** What each source that said no said. */
  failures: Partial<Record<AskedSource, LookupFailure>>;
  /** The cache could not keep an answer (the disk is full, or IndexedDB is unavailable). */
  cacheProblem?: CacheProblem;
}

const ORDER: readonly AskedSource[] = ['opened', 'catalogue', 'library', 'document'];

export async function* resolveMetadata(
  symbol: string,
  options: ResolveOptions,
  sources: MetadataSources,
): AsyncGenerator<MetadataAnswer, void> {
  const now = options.now ?? Date.now;
  const { lang, signal } = options;
  const canonical = symbolKey(symbol);
  const found: SourceAnswers = {};
  const stale = new Set<AskedSource>();
  const failures: Partial<Record<AskedSource, LookupFailure>> = {};
  let cacheProblem: CacheProblem | undefined;
  const available = ORDER.filter((source) => (source === 'document' ? sources.readDocument : sources[source]) !== undefined);

  const cached = new Map<AskedSource, CachedAnswer>();
  if (sources.cache !== undefined) {
    for (const source of available) {
      const answer = await sources.cache.read(canonical, source, source === 'document' ? lang : undefined);
      if (answer === undefined) continue;
      cached.set(source, answer);
      const { result } = answer.record;
      if (result.kind === 'found') {
        found[source] = result.metadata;
        if (answer.freshness === 'stale') stale.add(source);
        if (answer.recentFailure !== undefined) failures[source] = answer.recentFailure;
      } else {
        failures[source] = result;
      }
    }
  }
  // Not asked: a source whose answer is fresh, or whose recent failure is still remembered.
  const toAsk = available.filter((source) => {
    const answer = cached.get(source);
    return answer === undefined || (answer.freshness !== 'fresh' && answer.recentFailure === undefined);
  });

  const answer = (latest: MetadataSource, done: boolean): MetadataAnswer => {
    const metadata = mergeMetadata(canonical, found, lang, latest);
    const out: MetadataAnswer = {
      symbol: canonical,
      status: metadata === undefined ? telling(failures) : 'found',
      stale: stale.size > 0,
      done,
      failures: { ...failures },
    };
    if (metadata !== undefined) out.metadata = metadata;
    if (cacheProblem !== undefined) out.cacheProblem = cacheProblem;
    return out;
  };

  if (Object.keys(found).length > 0 || toAsk.length === 0) yield answer('cache', toAsk.length === 0);
  // The answer's `source` names the source of its latest improvement; a failure improves nothing.
  let latest: MetadataSource = 'cache';

  const bound = startBound(options.timeBoundMs ?? LOOKUP_TIME_BOUND_MS);
  try {
    yield* askInTurn();
  } finally {
    bound.stop();
  }

  async function* askInTurn(): AsyncGenerator<MetadataAnswer, void> {
    for (const [index, source] of toAsk.entries()) {
      if (signal?.aborted) return;
      const result = await withinBound(bound, signal, (bounded) => ask(source, canonical, lang, sources, bounded, now));
      // An abandoned lookup says nothing about the document: neither kept nor shown.
      if (signal?.aborted || (result.kind === 'error' && result.detail === ABORTED_DETAIL)) return;
      const timedOut = result.kind === 'error' && result.detail === TIMEOUT_DETAIL;
      if (sources.cache !== undefined && !timedOut) {
        const written = await sources.cache.write(canonical, source, result, source === 'document' ? lang : undefined);
        if (!written.ok) cacheProblem = written.problem;
      }
      if (result.kind === 'found') {
        latest = source;
        found[source] = result.metadata;
        stale.delete(source);
        delete failures[source];
      } else {
        // A stale answer from before stays: better old data than none.
        failures[source] = result;
      }
      const next = answer(latest, index === toAsk.length - 1);
      // "Nothing yet" is the UI's loading state, not news: only answers with metadata, and the last, are yielded.
      if (next.metadata !== undefined || next.done) yield next;
    }
  }
}

interface Bound {
  /** Resolves when the time is up. */
  expired: Promise<void>;
  passed(): boolean;
  stop(): void;
}

/** A lookup's time bound, in real time (a timer), whatever clock the answers are dated by. */
function startBound(ms: number): Bound {
  let passed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      passed = true;
      resolve();
    }, ms);
  });
  return { expired, passed: () => passed, stop: () => clearTimeout(timer) };
}

/**
 * `run` given `ms` at most: then its signal aborts (a queued Library request is dropped unsent)
 * and the answer is a timeout, whatever `run` still does.
 */
async function withinBound(
  bound: Bound,
  outer: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<LookupResult>,
): Promise<LookupResult> {
  const timeout: LookupResult = { kind: 'error', detail: TIMEOUT_DETAIL };
  if (bound.passed()) return timeout;
  const controller = new AbortController();
  const forward = () => controller.abort();
  outer?.addEventListener('abort', forward, { once: true });
  try {
    const result = await Promise.race([run(controller.signal), bound.expired.then(() => timeout)]);
    if (result === timeout) controller.abort();
    return result;
  } finally {
    outer?.removeEventListener('abort', forward);
  }
}

async function ask(
  source: AskedSource,
  symbol: string,
  lang: UnLang,
  sources: MetadataSources,
  signal: AbortSignal | undefined,
  now: () => number,
): Promise<LookupResult> {
  try {
    if (source === 'opened') return (await sources.opened?.lookup(symbol)) ?? { kind: 'not-found' };
    if (source === 'catalogue') return (await sources.catalogue?.lookup(symbol)) ?? { kind: 'error', detail: 'no catalogue' };
    if (source === 'library') return (await sources.library?.lookup(symbol, signal)) ?? { kind: 'error', detail: 'no library' };
    const read = await sources.readDocument?.(symbol, lang, signal);
    if (read === undefined) return { kind: 'error', detail: 'no document reader' };
    if (read.kind !== 'text') return read;
    return { kind: 'found', metadata: documentMetadata(symbol, lang, read.text, now()) };
  } catch (error) {
    // Sources are written not to throw; one that does is one failure, not a broken popover.
    return { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The document's own answer. Read but unrecognised text still counts as read (nothing to retry). */
function documentMetadata(symbol: string, lang: UnLang, text: string, fetchedAt: number): DocumentMetadata {
  const read = summariseDocument(text, { symbol });
  const metadata: DocumentMetadata = { symbol, body: bodyOfSymbol(symbol), source: 'document', fetchedAt };
  if (read.title !== undefined) {
    metadata.title = read.title;
    metadata.titles = { [lang]: read.title };
  }
  if (read.date !== undefined) metadata.date = read.date;
  if (read.summary.length > 0) metadata.summary = read.summary;
  return metadata;
}

/**
 * The failure to show when no source had an answer. "Not published" and "not found" from the
 * Library or the document are facts about the document; a challenge, throttling, being offline
 * or an error are facts about the network, shown in that order. The catalogue's "not found"
 * counts only when nothing else answered: it covers a quarter of GA resolutions.
 */
function telling(failures: Partial<Record<AskedSource, LookupFailure>>): LookupFailureKind {
  const kinds = (['library', 'document'] as const).map((source) => failures[source]?.kind).filter((kind) => kind !== undefined);
  if (kinds.length === 0 && failures.catalogue !== undefined) return failures.catalogue.kind;
  for (const kind of ['not-published', 'not-found', 'challenge', 'throttled', 'offline', 'error'] as const)
    if (kinds.includes(kind)) return kind;
  return 'error';
}
