/**
 * The state of a comparison in the reader: finding the versions to offer, loading the other
 * version, the comparison shown, or what went wrong. One controller per reader page; `destroy`
 * aborts whatever is loading. How a version's pages are read, the Library asked and the notes
 * found is given to it (the reader's wiring), so it runs in node for its tests.
 */
import type { UnLang } from '../citations/types';
import { notesOnOlderParagraphs, type CarriedNote, type NoteLike } from './carried-notes';
import { compareVersions } from './compare';
import { olderFirst, type VersionCandidate } from './other-versions';
import { candidatesFor, relatedDocuments, type RelatedLookup } from './related-documents';
import type { Comparison } from './types';

/** One version's text, page by page. */
export interface VersionPages {
  symbol: string;
  lang: UnLang;
  pageTexts: string[];
}

/** Reads a version's pages (bundled copy first, else fetched); undefined when it cannot. */
export type LoadVersion = (symbol: string, lang: UnLang, signal: AbortSignal) => Promise<VersionPages | undefined>;

export type CompareState =
  | { phase: 'idle' }
  | { phase: 'finding' }
  | { phase: 'offering'; candidates: VersionCandidate[] }
  | { phase: 'loading'; symbol: string }
  | { phase: 'shown'; older: string; newer: string; lang: UnLang; comparison: Comparison; carried: ReadonlyMap<number, CarriedNote[]> }
  | { phase: 'failed'; symbol: string; reason: 'unavailable' | 'no-paragraphs' };

export interface CompareController {
  get(): CompareState;
  subscribe(listener: (state: CompareState) => void): () => void;
  /** Finds what to offer for the document in the reader (once; later calls show the same). */
  offer(document: { symbol: string; lang: UnLang }): void;
  /** Compares the reader's document with `symbol` (the older of the two is found by their symbols). */
  compareWith(symbol: string, document: { symbol: string; lang: UnLang }): void;
  close(): void;
  destroy(): void;
}

/** How long the menu waits for the Library's related documents (a draft's symbol) before showing. */
const RELATED_WAIT_MS = 4_000;

/** The reader's notes on a document (every language version), for showing them on the newer one. */
export type NotesOf = (symbol: string) => Promise<NoteLike[]>;

export function createCompareController(loadVersion: LoadVersion, lookupRelated: RelatedLookup, notesOf?: NotesOf): CompareController {
  let state: CompareState = { phase: 'idle' };
  const listeners = new Set<(state: CompareState) => void>();
  let work = new AbortController();
  let candidates: VersionCandidate[] | undefined;
  const pages = new Map<string, Promise<VersionPages | undefined>>();

  const set = (next: CompareState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const restart = () => {
    work.abort();
    work = new AbortController();
    return work.signal;
  };
  /** A version's pages, loaded once per page visit. */
  const pagesOf = (symbol: string, lang: UnLang, signal: AbortSignal) => {
    const key = `${lang}|${symbol}`;
    let pending = pages.get(key);
    if (pending === undefined) {
      pending = loadVersion(symbol, lang, signal).catch(() => undefined);
      pending.then(
        (version) => version === undefined && pages.delete(key),
        () => pages.delete(key),
      );
      pages.set(key, pending);
    }
    return pending;
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    offer(document) {
      if (candidates !== undefined) return set({ phase: 'offering', candidates });
      const signal = restart();
      set({ phase: 'finding' });
      void Promise.all([
        pagesOf(document.symbol, document.lang, signal),
        relatedDocuments(lookupRelated, document.symbol, document.lang, RELATED_WAIT_MS, signal),
      ]).then(([own, related]) => {
        if (signal.aborted) return;
        candidates = own === undefined ? [] : candidatesFor(document.symbol, document.lang, own.pageTexts, related);
        set({ phase: 'offering', candidates });
      });
    },
    compareWith(symbol, document) {
      const signal = restart();
      set({ phase: 'loading', symbol });
      const [olderSymbol, newerSymbol] = olderFirst(symbol, document.symbol);
      void Promise.all([pagesOf(olderSymbol, document.lang, signal), pagesOf(newerSymbol, document.lang, signal)]).then(
        ([older, newer]) => {
          if (signal.aborted) return;
          if (older === undefined || newer === undefined) return set({ phase: 'failed', symbol, reason: 'unavailable' });
          const comparison = compareVersions(older, newer);
          if (comparison.pairs.length === 0) return set({ phase: 'failed', symbol, reason: 'no-paragraphs' });
          const shown = {
            phase: 'shown',
            older: olderSymbol,
            newer: newerSymbol,
            lang: document.lang,
            comparison,
            carried: new Map(),
          } as const;
          set(shown);
          // The notes come when the database answers; a failure leaves the comparison without them.
          notesOf?.(olderSymbol).then(
            (notes) => {
              if (state === shown && notes.length > 0) set({ ...shown, carried: notesOnOlderParagraphs(notes, comparison.pairs) });
            },
            () => undefined,
          );
        },
      );
    },
    close() {
      restart();
      set({ phase: 'idle' });
    },
    destroy() {
      work.abort();
      listeners.clear();
    },
  };
}
