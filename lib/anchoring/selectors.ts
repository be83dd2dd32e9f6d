/**
 * Describing a stretch of a document as W3C Web Annotation selectors, so that a mark can be put
 * back on a later visit, on another layout of the same text, or (by its clause) on another
 * language version.
 */
import { clauseAt } from '../clauses/lookup';
import type { Clause } from '../clauses/types';
import { blockAt } from './document-text';
import {
  CLAUSE_FRAGMENT,
  PDF_FRAGMENT,
  type ClauseSelector,
  type DocumentText,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './types';

/** Context kept around a quote, to tell repeats apart. */
export const CONTEXT_LENGTH = 32;

export interface DescribeOptions {
  /** The 1-based PDF page a block is, for the PageSelector; undefined for a block that is no page. */
  pageOf?: (blockKey: string) => number | undefined;
}

export function describeRange(doc: DocumentText, start: number, end: number, clauses: Clause[], options: DescribeOptions = {}): Selector[] {
  const from = clamp(Math.min(start, end), doc.text.length);
  const to = clamp(Math.max(start, end), doc.text.length);
  const selectors: Selector[] = [quoteSelector(doc, from, to), positionSelector(from, to)];
  if (options.pageOf !== undefined && doc.blockKeys.length > 0) {
    const page = options.pageOf(blockAt(doc, from).key);
    if (page !== undefined) selectors.push({ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${page}` });
  }
  const clause = clauseAt(clauses, from);
  if (clause !== undefined) selectors.push(clauseSelector(clause.id));
  return selectors;
}

/** The selectors of a whole-clause mark: the clause, and its text as quote and position. */
export function clauseSelectors(doc: DocumentText, clause: Clause): Selector[] {
  const from = clamp(clause.start, doc.text.length);
  const to = clamp(clause.end, doc.text.length);
  return [clauseSelector(clause.id), quoteSelector(doc, from, to), positionSelector(from, to)];
}

export function clauseSelector(id: string): ClauseSelector {
  return { type: 'FragmentSelector', conformsTo: CLAUSE_FRAGMENT, value: id };
}

function quoteSelector(doc: DocumentText, from: number, to: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: doc.text.slice(from, to),
    prefix: doc.text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: doc.text.slice(to, to + CONTEXT_LENGTH),
  };
}

function positionSelector(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, length));
}
