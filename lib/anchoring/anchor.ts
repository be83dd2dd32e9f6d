/**
 * Putting a mark back: the first strategy that works, from the most to the least exact.
 * 1. position: the text at the stored offsets still reads as the quote;
 * 2. quote: the quote occurs exactly (as matching text: white space, hyphenation and soft hyphens
 *    do not count); among repeats, the one whose context matches best, then the nearest;
 * 3. fuzzy: the quote occurs with edits (fuzzy.ts);
 * 4. clause: the clause the mark was in, whole.
 * A mark made on another language version can only be placed by its clause.
 */
import { clauseById } from '../clauses/lookup';
import type { Clause } from '../clauses/types';
import { fuzzyFind } from './fuzzy';
import { matchForm, matchIndexOf, matchTextOf, originalRange, type MatchText } from './match-text';
import { CLAUSE_FRAGMENT, type Anchor, type DocumentText, type Selector, type TextPositionSelector, type TextQuoteSelector } from './types';

export interface AnchorOptions {
  /** False for a mark made on another language version of the document: only its clause can place it. */
  sameLanguage: boolean;
}

/** At most this many exact occurrences are weighed against each other. */
const MAX_OCCURRENCES = 2000;

// Anchoring many marks on one document normalises its text once.
const matchCache = new WeakMap<DocumentText, MatchText>();

function matchTextFor(doc: DocumentText): MatchText {
  let match = matchCache.get(doc);
  if (match === undefined) {
    match = matchTextOf(doc.text);
    matchCache.set(doc, match);
  }
  return match;
}

export function anchorSelectors(doc: DocumentText, selectors: Selector[], clauses: Clause[], options: AnchorOptions): Anchor | null {
  if (options.sameLanguage) {
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    if (quote !== undefined) {
      const placed = anchorQuote(doc, quote, position);
      if (placed !== null) return placed;
    }
  }
  const clause = selectors.find((s) => s.type === 'FragmentSelector' && s.conformsTo === CLAUSE_FRAGMENT);
  const found = clause === undefined ? undefined : clauseById(clauses, clause.value);
  return found === undefined ? null : { start: found.start, end: found.end, method: 'clause' };
}

function anchorQuote(doc: DocumentText, quote: TextQuoteSelector, position: TextPositionSelector | undefined): Anchor | null {
  const exact = matchForm(quote.exact);
  if (exact === '') return null;
  if (position !== undefined && validRange(position, doc.text.length)) {
    if (matchForm(doc.text.slice(position.start, position.end)) === exact) {
      return { start: position.start, end: position.end, method: 'position' };
    }
  }
  const match = matchTextFor(doc);
  const hint = position === undefined ? 0 : matchIndexOf(match, position.start);
  const occurrence = bestOccurrence(match.text, exact, matchForm(quote.prefix), matchForm(quote.suffix), hint);
  if (occurrence !== null) return { ...originalRange(match, occurrence, occurrence + exact.length), method: 'quote' };
  const fuzzy = fuzzyFind(match.text, exact, hint);
  if (fuzzy !== null) return { ...originalRange(match, fuzzy.start, fuzzy.end), method: 'fuzzy' };
  return null;
}

function validRange(position: TextPositionSelector, length: number): boolean {
  const { start, end } = position;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/**
 * The occurrence of `exact` whose surroundings agree longest with the stored prefix and suffix;
 * ties go to the one nearest the old place.
 */
function bestOccurrence(text: string, exact: string, prefix: string, suffix: string, hint: number): number | null {
  let best: number | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  let seen = 0;
  for (let at = text.indexOf(exact); at !== -1 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    // The matching forms of prefix and suffix are trimmed: compare them without the space between.
    const before = text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
    const after = text.slice(at + exact.length, at + exact.length + suffix.length + 1).trimStart();
    const score = commonSuffix(before, prefix) + commonPrefix(after, suffix);
    const distance = Math.abs(at - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
