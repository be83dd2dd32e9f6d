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

/** Marks for a block's citations; ids are `<block key>-c<n>`, unique on the page. */
export function citationMarks(
  blockKey: string,
  citations: readonly Citation[],
  lang: UnLang,
  labelOf: (citation: Citation) => string,
): CitationMark[] {
  return citations.map((citation, n) => ({
    citation,
    id: `${blockKey}-c${n}`,
    href: citationHref(citation, lang),
    label: labelOf(citation),
  }));
}
