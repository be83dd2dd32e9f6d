/**
 * What the card says about a cited document, decided apart from how it is drawn: which state to
 * show, how the vote reads, which source to credit, and where each action leads. Plain data in,
 * plain data out (tested in node); the component turns it into elements and i18n strings.
 */
import { UN_LANGS, type Body, type UnLang } from '../citations/types';
import type { MetadataAnswer } from '../metadata/resolve-metadata';
import type { DocumentMetadata, LookupFailureKind, MetadataSource } from '../metadata/types';
import { buildReaderAddress } from '../reader/reader-address';

export const LIBRARY_ORIGIN = 'https://digitallibrary.un.org';

/** Operative paragraphs shown before "show all". */
export const SUMMARY_PREVIEW = 3;

export type CardState =
  | { kind: 'loading' }
  | { kind: 'found'; metadata: DocumentMetadata; stale: boolean; loadingMore: boolean }
  | { kind: 'failed'; failure: LookupFailureKind };

export function cardState(answer: MetadataAnswer | undefined): CardState {
  if (answer === undefined) return { kind: 'loading' };
  if (answer.metadata !== undefined) return { kind: 'found', metadata: answer.metadata, stale: answer.stale, loadingMore: !answer.done };
  if (!answer.done) return { kind: 'loading' };
  return { kind: 'failed', failure: answer.status === 'found' ? 'error' : answer.status };
}

export type VoteView =
  | {
      kind: 'counts';
      yes: number;
      no: number;
      abstain: number;
      mayBeWithoutVote: boolean;
      shares: { yes: number; no: number; abstain: number };
    }
  | { kind: 'without-vote' }
  | { kind: 'none' };

export function voteView(metadata: DocumentMetadata): VoteView {
  const vote = metadata.vote;
  if (vote === undefined) return { kind: 'none' };
  if (vote === 'without-vote') return { kind: 'without-vote' };
  const total = vote.yes + vote.no + vote.abstain;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    kind: 'counts',
    yes: vote.yes,
    no: vote.no,
    abstain: vote.abstain,
    mayBeWithoutVote: vote.mayBeWithoutVote === true,
    shares: { yes: share(vote.yes), no: share(vote.no), abstain: share(vote.abstain) },
  };
}

/**
 * The source to credit: the latest that improved the answer; an answer served from the cache
 * credits where the cache got it (the last asked source that contributed).
 */
export function creditedSource(metadata: DocumentMetadata): Exclude<MetadataSource, 'cache'> | undefined {
  if (metadata.source !== 'cache') return metadata.source;
  const sources = metadata.sources ?? [];
  return sources[sources.length - 1];
}

/** The Digital Library record, or a search for the symbol when the record number is unknown. */
export function libraryLink(metadata: Pick<DocumentMetadata, 'undlId' | 'symbol'>): string {
  if (metadata.undlId !== undefined) return `${LIBRARY_ORIGIN}/record/${encodeURIComponent(metadata.undlId)}`;
  return librarySearch(`191__a:"${metadata.symbol}"`);
}

/** A Digital Library search for `query` (a citation without a symbol: its words). */
export function librarySearch(query: string): string {
  const url = new URL('/search', LIBRARY_ORIGIN);
  url.searchParams.set('p', query);
  return url.href;
}

/** The reader's address for `symbol` in each of the six languages (relative to the reader page). */
export function readerLinks(symbol: string): { lang: UnLang; href: string }[] {
  return UN_LANGS.map((lang) => ({ lang, href: buildReaderAddress({ symbol, lang }) }));
}

/** The resolution or decision number in a citation's words (`26/3`, `1514 (XV)`), if any. */
export function citationNumber(text: string): string | undefined {
  const match = /\d+\s*\/\s*\d+|\d+\s*\([IVXL]+\)|\d+/.exec(text);
  return match?.[0].replace(/\s+/g, '');
}

/**
 * The catalogue entry of an act without a symbol, when it has one: a General Assembly decision
 * (`decision 78/548`) is filed as `A/DEC/78/548`, the form the Digital Library uses.
 */
export function catalogueKey(subject: { text: string; body: Body; kind: string }): string | undefined {
  if (subject.body !== 'GA' || subject.kind !== 'decision') return undefined;
  const number = /(\d{1,3})\s*\/\s*(\d{3})(?!\d)/.exec(subject.text);
  return number === null ? undefined : `A/DEC/${number[1]}/${number[2]}`;
}
