/**
 * What Resolute knows about a cited document, where that knowledge came from, and the ways a
 * lookup can fail. Everything here is plain data (it crosses messages and lives in IndexedDB), and
 * every string in it came from a file or the network: the UI renders it as text, never as markup.
 */
import type { Body, UnLang } from '../citations/types';

/** Where an answer came from; the popover names it quietly. */
/**
 * `opened`: what a document said about itself when the reader opened it in Resolute (its symbol,
 * title, date, language versions), and the bundled samples, known from the start.
 */
export type MetadataSource = 'cache' | 'opened' | 'catalogue' | 'library' | 'document';

/** The sources that are asked (the cache only remembers their answers). */
export type AskedSource = Exclude<MetadataSource, 'cache'>;

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  /**
   * Set when the counts are unanimous Security Council counts from the catalogue: the Library
   * records a resolution adopted without a vote as unanimous "Y", so 15-0-0 may mean "without a
   * vote". The counts are kept as recorded; the UI may say so.
   */
  mayBeWithoutVote?: true;
}

export type Vote = VoteCounts | 'without-vote';

/** One operative paragraph of a resolution: its number and its opening words ("Urges Member States to …"). */
export interface OperativeParagraph {
  /** As printed, in ASCII digits ("1", "12"). */
  number: string;
  /** The first words, ending in "…" when the paragraph goes on. */
  opening: string;
}

export interface DocumentMetadata {
  /** The canonical symbol that was asked for. */
  symbol: string;
  /** The title to show, in the reader's language when a source had one. */
  title?: string;
  /** Titles by language, where sources had them. */
  titles?: Partial<Record<UnLang, string>>;
  /** Date of adoption (or, failing that, of publication): ISO `yyyy-mm-dd`, or `yyyy-mm` / `yyyy`. */
  date?: string;
  body?: Body;
  vote?: Vote;
  /** The Library's own wording of the vote ("Adopted unanimously, 7847th meeting"), when it has one. */
  voteNote?: string;
  /** Agenda items, as `item 71b: Human rights questions …`. */
  agenda?: string[];
  /** Symbols of related documents (drafts, reports, meeting records). */
  related?: string[];
  /** PDF addresses by language (https, UN hosts only). */
  files?: Partial<Record<UnLang, string>>;
  /** Languages the document exists in, when the Library says so. */
  languages?: UnLang[];
  /** The text of an act too short to have a document of its own (a General Assembly decision). */
  text?: string;
  /** The operative paragraphs, from the document itself. */
  summary?: OperativeParagraph[];
  /** UN Digital Library record number (`https://digitallibrary.un.org/record/<undlId>`). */
  undlId?: string;
  /** The language of `title` (the catalogue's and the Library's main titles are English). */
  titleLang?: UnLang;
  /** Which source gave the merged title, date and vote. */
  fieldSources?: Partial<Record<'title' | 'date' | 'vote', AskedSource>>;
  /** Where this answer came from: for a merged answer, the source of its latest improvement. */
  source: MetadataSource;
  /** Every source that contributed to a merged answer, in the order asked. */
  sources?: AskedSource[];
  /** When the newest contributing answer was obtained (ms since the epoch). */
  fetchedAt: number;
}

/**
 * Why a source had no answer. Loading is the UI's own state; these are the others it shows.
 * - `not-found`: the source does not know the symbol.
 * - `not-published`: the symbol exists but its document is not out yet (an empty 200).
 * - `offline`: no network.
 * - `challenge`: a bot check (HTTP 202 or a challenge page) instead of data.
 * - `throttled`: the server asked us to slow down (429/503), or we are backing off.
 * - `error`: anything else (a timeout, an unexpected status, malformed data).
 */
export type LookupFailure =
  | { kind: 'not-found' }
  | { kind: 'not-published' }
  | { kind: 'offline'; detail?: string }
  | { kind: 'challenge' }
  | { kind: 'throttled'; retryAt?: number }
  | { kind: 'error'; detail: string };

export type LookupFailureKind = LookupFailure['kind'];

/**
 * The `error` detail of a lookup its caller abandoned (the card closed): it says nothing about
 * the document, so it is neither cached nor shown.
 */
export const ABORTED_DETAIL = 'aborted';

export type LookupResult = { kind: 'found'; metadata: DocumentMetadata } | LookupFailure;
