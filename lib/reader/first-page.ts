/**
 * What a UN document's first page says about it. UN documents open with a masthead: the issuing
 * body and the symbol on the first lines ("United Nations A/RES/76/186"), then distribution,
 * session and agenda lines, and the title, which for a resolution starts with its number
 * ("76/186. Улучшение координации …") and may run over a few lines.
 */
import { parseSymbol, symbolKey } from '../citations/symbols';
import { readMastheadSymbol } from '../masthead/masthead-symbol';
import { titleBelowMasthead } from '../masthead/masthead-title';
import { cleanTitleText } from '../text/title-text';

/** How far down the masthead the symbol is looked for. */
const SYMBOL_LINES = 6;
const TITLE_MAX_LINES = 4;
const TITLE_MAX_LENGTH = 240;

/**
 * The masthead's symbol (the first half of a joint one, under which the document is filed), else
 * the first written document symbol in the first lines of the page, canonical; null if none.
 */
export function symbolFromFirstPage(text: string): string | null {
  const masthead = readMastheadSymbol(text);
  if (masthead !== null) return masthead.parts[0]!;
  for (const line of text.split('\n').slice(0, SYMBOL_LINES)) {
    for (const token of line.split(/\s+/)) {
      // Trailing punctuation and brackets are not part of a symbol.
      const symbol = parseSymbol(token.replace(/^[([«"“]+|[)\]»"”.,;:]+$/g, ''));
      if (symbol !== null) return symbol;
    }
  }
  return null;
}

/**
 * The document's title: the line that starts with the resolution's number (`76/186.` for
 * A/RES/76/186) and the lines continuing it; without such a line, the first line after the symbol
 * line. Null when the page has nothing that could be a title.
 */
export function titleFromFirstPage(text: string, addressSymbol: string | null): string | null {
  const lines = text.split('\n').map(cleanTitleText);
  // The page's own symbol when the address named another (a corrigendum, a reissue, a wrong link).
  const onPage = addressSymbol !== null && lines.some((line) => containsSymbol(line, addressSymbol));
  const symbol = onPage ? addressSymbol : (symbolFromFirstPage(text) ?? addressSymbol);
  const number = symbol === null ? null : resolutionNumber(symbol);
  const numbered = number === null ? -1 : lines.findIndex((line) => titleAfterNumber(stripBullet(line), number) !== null);
  if (number !== null && numbered !== -1) {
    const first = titleAfterNumber(stripBullet(lines[numbered]!), number)!;
    return clip([first, ...continuation(lines, numbered + 1)].join(' '));
  }
  const below = titleBelowMasthead(lines);
  if (below !== null) return clip(below);
  const symbolLine = symbol === null ? -1 : lines.findIndex((line) => containsSymbol(line, symbol));
  if (symbolLine === -1) return null;
  const next = lines.slice(symbolLine + 1).find((line) => line !== '');
  return next === undefined ? null : clip(next);
}

/** The number a resolution's title line starts with: `76/186` for A/RES/76/186, `2022/14` for E/RES/2022/14. */
function resolutionNumber(symbol: string): string | null {
  const match = /\/RES\/((?:ES-)?[0-9]+\/[0-9]+)$/.exec(symbol);
  return match ? match[1]! : null;
}

/**
 * The title on a resolution's title line: after its number and a full stop (`76/186. Improving …`,
 * `76/186. 改进…`), or a dash as Arabic resolutions write it (`76/186 - تحسين …`); null for
 * another line.
 */
function titleAfterNumber(line: string, number: string): string | null {
  if (!line.startsWith(number)) return null;
  const after = /^(?:\.|\s*[-–—])\s*/.exec(line.slice(number.length));
  return after === null ? null : line.slice(number.length + after[0].length);
}

/** A list bullet before the number (seen in documents converted from Markdown). */
function stripBullet(line: string): string {
  return line.replace(/^[-–•*]\s*/, '');
}

function containsSymbol(line: string, symbol: string): boolean {
  const masthead = readMastheadSymbol(line);
  if (masthead !== null && masthead.parts.some((part) => symbolKey(part) === symbolKey(symbol))) return true;
  return line.split(/\s+/).some((token) => {
    const parsed = parseSymbol(token);
    return parsed !== null && symbolKey(parsed) === symbolKey(symbol);
  });
}

/**
 * Lines that continue a title: they start with a lower-case letter (a title broken mid-sentence),
 * or the line before stops on a word a title cannot end on (`… of the` / `General Assembly …`).
 * Scripts without case (Arabic, Chinese) cannot be told apart this way: their title is one line.
 */
function continuation(lines: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length && out.length < TITLE_MAX_LINES - 1; i++) {
    const line = lines[i]!;
    const first = line.charAt(0);
    const openEnd = TITLE_OPEN_END.test(lines[i - 1] ?? '');
    if (first === '' || (first === first.toUpperCase() && !openEnd)) break;
    out.push(line);
  }
  return out;
}

/** English words a title line cannot end on (UN English titles break lines after them). */
const TITLE_OPEN_END = /\b(?:of|the|and|for|on|in|to|from|by)$/;

function clip(title: string): string | null {
  const clean = title.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  if (clean === '') return null;
  return clean.length <= TITLE_MAX_LENGTH ? clean : `${clean.slice(0, TITLE_MAX_LENGTH - 1).trimEnd()}…`;
}
