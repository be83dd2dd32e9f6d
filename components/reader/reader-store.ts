/**
 * The reader's view state, one object the header renders from. The session (reader-session.ts)
 * writes it as the document opens and is scanned; Preact components subscribe to it.
 */
import type { UnLang } from '../../lib/citations/types';
import type { DocumentCitation } from '../../lib/reader/document-scan';
import type { FetchPdfFailure } from '../../lib/reader/fetch-pdf';
import type { Trail } from '../../lib/reader/trail';
import { createStateStore, type StateStore } from '../../lib/state-store';

/** Why the document is not shown. */
export type ReaderFailure =
  | { kind: 'address' }
  | { kind: 'fetch'; failure: FetchPdfFailure }
  | { kind: 'bad-pdf' }
  | { kind: 'encrypted' }
  /** The UN's "document does not exist" page, served in place of the file. */
  | { kind: 'missing-document' };

export interface PinpointNote {
  pinpoint: string;
  found: boolean;
}

export interface ReaderViewState {
  phase: 'loading' | 'ready' | 'failed';
  symbol: string | null;
  /** The symbol as the masthead prints it whole (a joint symbol's two halves), to show; null until known. */
  printedSymbol: string | null;
  title: string | null;
  lang: UnLang | null;
  /** The document's public address (undocs.org, or the `src` URL). */
  originalUrl: string | null;
  failure: ReaderFailure | null;
  pageCount: number;
  /** Page shown at the top of the view (1-based; 0 before load). */
  currentPage: number;
  /** Background scan progress: pages done, and the whole document's citations so far. */
  pagesScanned: number;
  citations: readonly DocumentCitation[];
  /** Set once the scan finished and no page had text. */
  noText: boolean;
  pinpoint: PinpointNote | null;
  trail: Trail | null;
  /** What marking last had to say (a highlight not saved, notes unavailable); null when nothing. */
  markNotice: string | null;
}

export const INITIAL_STATE: ReaderViewState = {
  phase: 'loading',
  symbol: null,
  printedSymbol: null,
  title: null,
  lang: null,
  originalUrl: null,
  failure: null,
  pageCount: 0,
  currentPage: 0,
  pagesScanned: 0,
  citations: [],
  noText: false,
  pinpoint: null,
  trail: null,
  markNotice: null,
};

export type ReaderStore = StateStore<ReaderViewState>;

export function createReaderStore(initial: ReaderViewState = INITIAL_STATE): ReaderStore {
  return createStateStore(initial);
}
