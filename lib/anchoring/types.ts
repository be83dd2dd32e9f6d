/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) as Resolute
 * stores them on every mark, and what re-attaching one yields. Offsets are in a DocumentText
 * (below): the text a surface reads, blocks joined in order.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before and after, for telling repeated quotes apart. */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** RFC 3778 PDF fragment: `page=3` (1-based). Only on marks made in a PDF. */
export interface PageSelector {
  type: 'FragmentSelector';
  conformsTo: 'http://tools.ietf.org/rfc/rfc3778';
  value: string;
}

/** The clause the mark sits in (lib/clauses ids: `op-12-b`). Resolute's own fragment scheme. */
export interface ClauseSelector {
  type: 'FragmentSelector';
  conformsTo: 'https://resolute.invalid/ns/clause';
  value: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | PageSelector | ClauseSelector;

export const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';
export const CLAUSE_FRAGMENT = 'https://resolute.invalid/ns/clause';

/**
 * The text of a whole document as a surface reads it: its blocks (PDF pages, HTML paragraphs)
 * joined with BLOCK_SEPARATOR. `blockStarts[i]` is where block i starts in `text`.
 */
export interface DocumentText {
  text: string;
  blockKeys: readonly string[];
  blockStarts: readonly number[];
}

export const BLOCK_SEPARATOR = '\n\n';

/** How a mark was put back: the first strategy that worked. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'clause';

export interface Anchor {
  /** Where the mark is now, in DocumentText offsets. For `clause`, the whole clause. */
  start: number;
  end: number;
  method: AnchorMethod;
}
