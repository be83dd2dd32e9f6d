/**
 * What a UN document's first page says about itself: the symbol in its masthead, its title and
 * the date printed under the distribution line. The masthead is the document's own word: a file
 * whose name or address names another symbol is the masthead's document (`documentIdentity`).
 */
import { symbolKey } from '../citations/symbols';
import { findDates } from '../metadata/document-dates';
import { titleFromFirstPage } from '../reader/first-page';
import { readMastheadSymbol, type MastheadSymbol } from './masthead-symbol';

/** The issue date sits a few lines under the symbol (after "Distr.: General"). */
const DATE_LINES = 12;

export interface Masthead {
  symbol: MastheadSymbol | null;
  title: string | null;
  /** The date in the masthead (of issue, or of the meeting for a record), ISO `YYYY-MM-DD`. */
  date: string | null;
}

export function readMasthead(firstPageText: string): Masthead {
  const symbol = readMastheadSymbol(firstPageText);
  const head = firstPageText.split('\n').slice(0, DATE_LINES).join('\n');
  const date = symbol === null ? null : (findDates(head)[0]?.iso ?? null);
  return { symbol, title: titleFromFirstPage(firstPageText, symbol?.parts[0] ?? null), date };
}

export interface DocumentIdentity {
  /** The symbol the document is known by: the masthead's when it prints one, else the one given. */
  symbol: string | null;
  /**
   * The symbol to show: the masthead's whole symbol (both halves of a joint symbol,
   * `A/ES-10/1027-S/2025/173`), else `symbol`. Addresses, notes and the catalogue use `symbol`.
   */
  printed: string | null;
  /** Every symbol that names this document (each half of a joint one): its mentions of any are mentions of itself. */
  own: string[];
  /** The symbol given (from the file name or address) when the masthead names another document. */
  disagrees: string | null;
}

/**
 * Which document this is, from its masthead and what its file name or address said. A joint
 * masthead (`A/ES-10/1027-S/2025/173`) agrees with either half, and the half asked for is kept.
 */
export function documentIdentity(masthead: MastheadSymbol | null, given: string | null): DocumentIdentity {
  if (masthead === null) return { symbol: given, printed: given, own: given === null ? [] : [given], disagrees: null };
  const known = { printed: masthead.symbol, own: masthead.parts.slice() };
  if (given === null) return { symbol: masthead.parts[0]!, ...known, disagrees: null };
  const agrees = masthead.parts.some((part) => symbolKey(part) === symbolKey(given)) || symbolKey(masthead.symbol) === symbolKey(given);
  return agrees ? { symbol: given, ...known, disagrees: null } : { symbol: masthead.parts[0]!, ...known, disagrees: given };
}
