/**
 * What the cited document says about itself: its title, the date it was adopted and its
 * operative paragraphs ("1. Urges Member States to …"), read from the text of its first pages.
 * Pure: the caller fetches the PDF and runs pdf.js; this takes the text. Never throws.
 */
import { bodyOfSymbol, symbolKey } from '../citations/symbols';
import { findAdoptionDate } from './document-dates';
import { findHeadings, foldForMatching, preambleStart, type Heading } from './document-text';
import { findOperativeParagraphs } from './operative-paragraphs';
import type { OperativeParagraph } from './types';
import { cleanText } from './untrusted';

export interface DocumentSummary {
  title?: string;
  /** ISO date of adoption. */
  date?: string;
  /** The operative paragraphs in order (empty when none were recognised). */
  summary: OperativeParagraph[];
}

/** Longer text is cut: the first pages of a resolution are far shorter than this. */
const MAX_TEXT = 1_000_000;
const MAX_TITLE = 500;
/** How far a title may run before the heading that follows it. */
const TITLE_REACH = 600;
const HEADER_WITHOUT_HEADING = 1500;
const CLOSING_WITHOUT_PARAGRAPHS = 600;

export function summariseDocument(text: string, options: { symbol?: string } = {}): DocumentSummary {
  try {
    const original = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const folded = foldForMatching(original);
    const headings = findHeadings(folded);
    const start = preambleStart(headings);
    const operative = findOperativeParagraphs(original, folded, start);
    const out: DocumentSummary = { summary: operative.paragraphs };
    const title = findTitle(original, folded, headings, options.symbol);
    if (title !== undefined) out.title = title;
    // With no heading found, the header is taken to be the opening stretch of the text.
    const headerEnd = headings.length > 0 ? start : Math.min(folded.length, HEADER_WITHOUT_HEADING);
    // The closing line follows the last paragraph; without paragraphs, only the end of the text is
    // searched, since the preamble mentions other meetings and their dates.
    const closingFrom = operative.lastStart ?? Math.max(start, folded.length - CLOSING_WITHOUT_PARAGRAPHS);
    const date = findAdoptionDate(folded, headerEnd, closingFrom);
    if (date !== undefined) out.date = date;
    return out;
  } catch {
    // The readers above are written not to throw; this keeps a surprise from breaking a popover.
    return { summary: [] };
  }
}

/**
 * The title printed after the resolution's number (`76/186. Title`, `52 / 31   Title`,
 * `61/53 - Title`, `2022/14. Title`, `735. Title`), up to the heading that follows it. Security
 * Council resolutions have no titles. With no symbol, the first `N/N.` line before the preamble.
 */
function findTitle(original: string, folded: string, headings: readonly Heading[], symbol: string | undefined): string | undefined {
  const body = symbol === undefined ? undefined : bodyOfSymbol(symbol);
  if (body === 'SC') return undefined;
  const number = symbol === undefined ? '[0-9]{1,4}\\s*/\\s*[0-9]{1,4}' : numberPattern(symbolKey(symbol));
  if (number === undefined) return undefined;
  const headerEnd = preambleStart(headings);
  // Without a symbol any `N/N.` could match, so only the header is searched; a symbol's own
  // number is specific enough to look further (a header may lack its heading's comma).
  const limit = symbol === undefined ? Math.max(headerEnd, Math.min(3000, folded.length)) : Math.min(20_000, folded.length);
  // The title line: the number, then a full stop, a dash, several spaces or a line break.
  const re = new RegExp(`(?:^|\\n|\\s)[-*\\s]*(?:${number})(?:\\s*[.．]|\\s+[-–—]\\s|[ \\t]{2,}|[ \\t]*\\r?\\n)\\s*`, 'g');
  for (const match of folded.matchAll(re)) {
    const start = match.index + match[0].length;
    if (match.index > limit) break;
    const bareNumber = !/\//.test(match[0]) && !/\(/.test(match[0]);
    // A bare number (`735.`) is only a title line before the preamble; after it, it is a paragraph.
    if (bareNumber && start > headerEnd) continue;
    const heading = headings.find((h) => h.start >= start);
    let end = heading !== undefined && heading.start - start <= TITLE_REACH ? heading.start : -1;
    if (end === -1) {
      const blank = /\n[ \t]*\r?\n/.exec(folded.slice(start, start + TITLE_REACH));
      end = blank === null ? Math.min(folded.length, start + 200) : start + blank.index;
    }
    const title = cleanTitle(original.slice(start, end));
    if (title !== '') return title;
  }
  return undefined;
}

/** The number as printed for a symbol, as a pattern: 76/186 with any spacing, 217 (III) or 217 A (III) or a bare 217. */
function numberPattern(symbol: string): string | undefined {
  const sessional = /\/RES\/((?:ES-|S-)?[0-9]{1,4})\/([0-9]{1,4})$/.exec(symbol);
  if (sessional !== null) return `${escape(sessional[1] ?? '')}\\s*/\\s*${sessional[2] ?? ''}`;
  const old = /^A\/RES\/([0-9]{1,4})\(((?:E?S-)?[IVXLC]{1,8})\)$/.exec(symbol);
  if (old !== null) return `${old[1] ?? ''}(?:\\s*(?:[A-H]\\s*)?\\(\\s*${escape(old[2] ?? '')}\\s*\\))?`;
  return undefined;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

function cleanTitle(raw: string): string {
  const text = raw
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\*+|__/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/-[ \t]*\r?\n[ \t\r\n]*/g, '-');
  return cleanText(text, MAX_TITLE).replace(/[\s,،;:]+$/u, '');
}
