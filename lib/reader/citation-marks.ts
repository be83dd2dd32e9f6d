/**
 * How the reader shows each citation it found: a linked one leads to the cited document in the
 * reader, in the language being read (a Russian resolution cites the Russian texts), with its
 * pinpoint so that the document opens at the place cited.
 */
import type { Citation, UnLang } from '../citations/types';
import type { CitationMark } from '../surface/surface';
import { buildReaderAddress } from './reader-address';

/** The reader address a citation leads to, or null for a citation without a symbol. */
export function citationHref(citation: Citation, lang: UnLang): string | null {
  if (citation.symbol === null) return null;
  return buildReaderAddress({
    symbol: citation.symbol,
    lang,
    ...(citation.pinpoint !== undefined ? { pinpoint: citation.pinpoint } : {}),
  });
}

/**
 * The id of citation `n` (0-based, in text order) of a block: `<block key>-c<n>`, unique on the
 * page. The text layer's elements and the background scan's list name a citation alike, so the
 * citation panel can lead from its list to the element (`data-citation-id`).
 */
export function citationId(blockKey: string, n: number): string {
  return `${blockKey}-c${n}`;
}

/** The page a reader citation id (`p<page>-c<n>`) is on, or null for another id. */
export function pageOfCitationId(id: string): number | null {
  const match = /^p([1-9][0-9]{0,5})-c[0-9]{1,6}$/.exec(id);
  return match === null ? null : Number(match[1]);
}

/** Marks for a block's citations (ids from `citationId`). */
export function citationMarks(
  blockKey: string,
  citations: readonly Citation[],
  lang: UnLang,
  labelOf: (citation: Citation) => string,
): CitationMark[] {
  return citations.map((citation, n) => ({
    citation,
    id: citationId(blockKey, n),
    href: citationHref(citation, lang),
    label: labelOf(citation),
  }));
}
