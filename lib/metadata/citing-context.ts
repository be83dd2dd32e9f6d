/**
 * What the citing text says about a cited document: the date written beside the citation and the
 * words around it. "recalling its resolution 64/293 of 30 July 2010 on the United Nations Global
 * Plan of Action to Combat Trafficking in Persons" tells a reader the date and, very nearly, the
 * title of A/RES/64/293 when no catalogue knows it. The card shows this marked as taken from the
 * citing text: it is the citing document's word, not a record's.
 *
 * Pure: `text` is the block the citation was found in (a PDF page's text, an HTML block),
 * `start`/`end` the citation's offsets in it.
 */
import { foldForMatching } from './document-text';
import { findDates } from './document-dates';

export interface CitingContext {
  /** The words around the citation, white space collapsed, "…" where cut. */
  quote: string;
  /** Where the citation itself is in `quote` (to set it apart). */
  citation: { start: number; end: number };
  /** The date written right after (or, in Chinese, right before) the citation: ISO `yyyy-mm-dd`. */
  date?: string;
}

/** How far the words reach on each side of the citation. */
const BEFORE = 90;
const AFTER = 160;
/** A date counts as the citation's when it starts this close after it ("of 30 July 2010", "от 30 июля 2010 года", "المؤرخ 30 تموز/يوليه 2010"). */
const DATE_GAP = 16;

/** A sentence or clause boundary: the words stop there. */
const STOP_BEFORE = /[.;:!?。；：]\s/g;
const STOP_AFTER = /[;。；]|[.!?](?=\s|$)/;

export function citingContext(text: string, start: number, end: number): CitingContext | undefined {
  if (start < 0 || end > text.length || start >= end) return undefined;
  const context: CitingContext = { quote: '', citation: { start: 0, end: 0 } };
  const date = dateBeside(text, start, end);
  if (date !== undefined) context.date = date;

  let from = Math.max(0, start - BEFORE);
  let cutBefore = from > 0;
  for (const stop of text.slice(from, start).matchAll(STOP_BEFORE)) {
    from = from + stop.index + stop[0].length;
    cutBefore = false;
  }
  if (cutBefore) from = wordStart(text, from);

  let to = Math.min(text.length, end + AFTER);
  let cutAfter = to < text.length;
  const stop = STOP_AFTER.exec(text.slice(end, to));
  if (stop !== null) {
    to = end + stop.index;
    cutAfter = false;
  } else if (cutAfter) to = wordEnd(text, to, end);

  const before = clean(text.slice(from, start)).trimStart();
  const cited = clean(text.slice(start, end));
  const after = clean(text.slice(end, to))
    .trimEnd()
    .replace(/[,\s]+$/, '');
  const lead = cutBefore ? '…' : '';
  context.quote = `${lead}${before}${cited}${after}${cutAfter ? '…' : ''}`;
  context.citation = { start: lead.length + before.length, end: lead.length + before.length + cited.length };
  return context;
}

function dateBeside(text: string, start: number, end: number): string | undefined {
  // Dates are found on the folded text (ASCII digits), which keeps offsets.
  const folded = foldForMatching(text);
  const after = findDates(folded, end, Math.min(folded.length, end + DATE_GAP + 40)).find((d) => d.index - end <= DATE_GAP);
  if (after !== undefined) return after.iso;
  // Chinese writes the date first: "2010年7月30日第64/293号决议".
  const before = findDates(folded, Math.max(0, start - 20), start).at(-1);
  if (before !== undefined && start - before.end <= 2) return before.iso;
  return undefined;
}

/** Collapses white space, and joins words hyphenated across a line break ("Traf-\nficking"). */
function clean(part: string): string {
  return part.replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
}

function wordStart(text: string, at: number): number {
  const space = text.slice(at, at + 30).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

function wordEnd(text: string, at: number, min: number): number {
  const space = text.slice(min, at).search(/\s\S*$/);
  return space < 0 ? at : min + space;
}
