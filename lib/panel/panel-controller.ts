/**
 * The citation panel's state, apart from its view: the document (its citations as the reader's
 * scan lists them), the model built from them, the filter, the metadata that has arrived for each
 * cited symbol, and where each entry's "next / previous occurrence" stands. The view asks for a
 * symbol's metadata only when its entry is on screen (`want`), so opening the panel on a document
 * citing 200 others asks for the dozen in view, not for all 200 at once; the metadata client
 * memoizes and the Library client spaces its requests (ADR 0008). No extension API here: the
 * reader and the side panel pass their own metadata client and jump function, tests a double.
 */
import type { UnLang } from '../citations/types';
import { factsFromAnswer, type AnswerLike, type EntryFacts } from './entry-facts';
import { filterPanel, type FilteredPanel } from './panel-filter';
import { buildPanelModel, type PanelCitation, type PanelEntry, type PanelModel } from './panel-model';
import { stepOccurrence } from './occurrences';

/** The part of the metadata client (components/extension/metadata-client.ts) the panel uses. */
export interface MetadataLookup {
  lookup(symbol: string, lang: UnLang, onAnswer: (answer: AnswerLike) => void): () => void;
}

/** The document the panel describes. */
export interface PanelDocument {
  symbol: string | null;
  /** The title the reader read on the first page, before any metadata. */
  title: string | null;
  lang: UnLang | null;
  citations: readonly PanelCitation[];
  /** The background scan is still reading pages: the list will grow. */
  scanning: boolean;
  pagesScanned: number;
  pageCount: number;
}

export interface PanelSnapshot {
  document: PanelDocument;
  model: PanelModel;
  query: string;
  filtered: FilteredPanel;
  /** Metadata by symbol, for the symbols asked for so far. */
  facts: ReadonlyMap<string, EntryFacts>;
  /** The occurrence each entry last jumped to, by entry key. */
  cursor: ReadonlyMap<string, number>;
}

export interface PanelControllerOptions {
  metadata: MetadataLookup;
  /** Shows the citation with this `data-citation-id` in the reader. */
  jump(citationId: string): void;
  /** The language to ask titles in when the document's is not known yet. */
  fallbackLang: UnLang;
}

export interface PanelController {
  get(): PanelSnapshot;
  setDocument(document: PanelDocument): void;
  setQuery(query: string): void;
  /** Asks for a symbol's metadata (once; later calls do nothing). */
  want(symbol: string): void;
  /**
   * Cancels the lookups still in progress (the panel closed: nobody is looking); they are asked
   * again when their entries are seen again. Finished answers stay.
   */
  releaseLookups(): void;
  /** Jumps to the entry's next (1) or previous (-1) occurrence. */
  step(entry: PanelEntry, direction: 1 | -1): void;
  subscribe(listener: (snapshot: PanelSnapshot) => void): () => void;
  /** Stops every lookup and forgets the listeners. */
  destroy(): void;
}

export const EMPTY_DOCUMENT: PanelDocument = {
  symbol: null,
  title: null,
  lang: null,
  citations: [],
  scanning: true,
  pagesScanned: 0,
  pageCount: 0,
};

export function createPanelController(options: PanelControllerOptions): PanelController {
  const listeners = new Set<(snapshot: PanelSnapshot) => void>();
  const lookups = new Map<string, () => void>();
  /** Whether each lookup has had its last answer. */
  const pending = new Map<string, () => boolean>();
  let facts = new Map<string, EntryFacts>();
  let cursor = new Map<string, number>();
  let document = EMPTY_DOCUMENT;
  let model = buildPanelModel([], null);
  let query = '';
  let snapshot = makeSnapshot();
  let destroyed = false;

  function makeSnapshot(): PanelSnapshot {
    const titleOf = (symbol: string) => facts.get(symbol)?.title;
    return { document, model, query, filtered: filterPanel(model, query, titleOf), facts, cursor };
  }

  const publish = () => {
    snapshot = makeSnapshot();
    for (const listener of [...listeners]) listener(snapshot);
  };

  const lang = () => document.lang ?? options.fallbackLang;

  const stopLookups = () => {
    for (const stop of lookups.values()) stop();
    lookups.clear();
    pending.clear();
  };

  return {
    get: () => snapshot,
    setDocument(next) {
      if (destroyed) return;
      const sameDocument = next.symbol === document.symbol && next.lang === document.lang;
      if (!sameDocument) {
        // Another document (the side panel follows the active tab): its answers are another's.
        stopLookups();
        facts = new Map();
        cursor = new Map();
      }
      // The scan hands a new list per page; the grouping is redone only when the list changed.
      if (!sameDocument || next.citations !== document.citations) model = buildPanelModel(next.citations, next.symbol);
      document = next;
      publish();
    },
    setQuery(next) {
      if (destroyed || next === query) return;
      query = next;
      publish();
    },
    want(symbol) {
      if (destroyed || lookups.has(symbol)) return;
      const asked = document;
      let stop: (() => void) | null = null;
      let settled = false;
      stop = options.metadata.lookup(symbol, lang(), (answer) => {
        if (destroyed || settled || document.symbol !== asked.symbol || document.lang !== asked.lang) return;
        facts = new Map(facts).set(symbol, factsFromAnswer(facts.get(symbol), answer));
        // A finished lookup is let go at once: the client keeps the answer, and nothing is left to cancel.
        if (answer.done) settled = true;
        publish();
      });
      lookups.set(symbol, () => {
        if (!settled) stop?.();
      });
      pending.set(symbol, () => settled);
      if (!facts.has(symbol)) {
        facts = new Map(facts).set(symbol, { state: 'loading' });
        publish();
      }
    },
    releaseLookups() {
      let changed = false;
      for (const [symbol, settled] of pending) {
        if (settled()) continue;
        lookups.get(symbol)?.();
        lookups.delete(symbol);
        pending.delete(symbol);
        facts = new Map(facts);
        if (facts.get(symbol)?.state === 'loading' && facts.get(symbol)?.title === undefined) facts.delete(symbol);
        changed = true;
      }
      if (changed) publish();
    },
    step(entry, direction) {
      if (destroyed) return;
      const index = stepOccurrence(entry.occurrences.length, cursor.get(entry.key) ?? null, direction);
      if (index === null) return;
      cursor = new Map(cursor).set(entry.key, index);
      publish();
      options.jump(entry.occurrences[index]!.id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      stopLookups();
      listeners.clear();
    },
  };
}
