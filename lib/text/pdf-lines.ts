/**
 * Joins the text items pdf.js gives for a page into lines of text. Kept apart from pdf.js itself
 * so that the extension's own PDF page, which runs pdf.js differently, can join the same way.
 */

/** The fields of a pdf.js `TextItem` the join reads. */
export interface PdfTextItem {
  str: string;
  /** pdf.js's own judgement that a line ends after this item. */
  hasEOL: boolean;
  /** `[a, b, c, d, x, y]`: `x`, `y` the start of the baseline; `|(c, d)|` the font size. */
  transform: readonly number[];
  /** Advance width in page units. */
  width: number;
  height: number;
}

/**
 * A baseline that moves by more than this share of the font size is a new line. Superscript
 * footnote markers move by less and stay on their line.
 */
const NEW_LINE_SHIFT = 0.5;

/** A horizontal gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;

/** Separates pages in the extracted text. */
export const PAGE_SEPARATOR = '\n\n';

/**
 * Where a stretch of the joined text came from: `text.slice(start, end)` is
 * `items[item].str.slice(itemStart, itemStart + (end - start))`. Characters the join inserts (line
 * breaks, spaces for gaps between items) belong to no piece. The reader uses the pieces to put
 * links on the text layer, which shows each item in its own element.
 */
export interface PageTextPiece {
  start: number;
  end: number;
  item: number;
  itemStart: number;
}

export interface MappedPageText {
  text: string;
  /** In text order, non-empty, non-overlapping. */
  pieces: PageTextPiece[];
}

/**
 * The text of one page: "\n" between lines, a space between items on one line only when there is
 * a gap between them (pdf.js splits words at font changes, and glues them back only if told).
 */
export function joinPageItems(items: readonly PdfTextItem[]): string {
  return joinPageItemsMapped(items).text;
}

/** `joinPageItems`, with where each stretch of the text came from. */
export function joinPageItemsMapped(items: readonly PdfTextItem[]): MappedPageText {
  // `parts[i]` came from `sources[i]` (null: inserted by the join).
  const parts: string[] = [];
  const sources: Array<{ item: number; itemStart: number } | null> = [];
  const push = (part: string, source: { item: number; itemStart: number } | null) => {
    parts.push(part);
    sources.push(source);
  };
  // Trimming keeps a part's start, so its source stays right.
  const trimLast = () => {
    if (parts.length > 0) parts[parts.length - 1] = trimEndSpaces(parts[parts.length - 1] ?? '');
  };
  let lineHasText = false;
  let endsWithSpace = false;
  let breakPending = false;
  let previous: PdfTextItem | undefined;

  for (const [index, item] of items.entries()) {
    const blank = item.str.trim() === '';
    if (previous !== undefined && lineHasText && !breakPending && !blank) {
      const placement = placeAfter(previous, item);
      if (placement === 'line') breakPending = true;
      else if (placement === 'space' && !endsWithSpace && !/^\s/.test(item.str)) {
        push(' ', null);
        endsWithSpace = true;
      }
    }
    if (blank) {
      // Space items carry the spaces between words; at the start of a line they are indentation.
      if (item.str !== '' && lineHasText && !breakPending && !endsWithSpace) {
        push(' ', { item: index, itemStart: 0 });
        endsWithSpace = true;
      }
    } else {
      if (breakPending) {
        if (endsWithSpace) trimLast();
        push('\n', null);
        breakPending = false;
      }
      const str = lineHasText ? item.str : item.str.trimStart();
      push(str, { item: index, itemStart: item.str.length - str.length });
      lineHasText = true;
      endsWithSpace = /\s$/.test(str);
      previous = item;
    }
    if (item.hasEOL && lineHasText) breakPending = true;
  }
  if (endsWithSpace) trimLast();

  const pieces: PageTextPiece[] = [];
  let position = 0;
  for (const [i, part] of parts.entries()) {
    const source = sources[i];
    if (source && part !== '') pieces.push({ start: position, end: position + part.length, ...source });
    position += part.length;
  }
  return { text: parts.join(''), pieces };
}

/** Non-empty page texts joined by `PAGE_SEPARATOR`. */
export function joinPages(pages: readonly string[]): string {
  return pages.filter((page) => page !== '').join(PAGE_SEPARATOR);
}

function placeAfter(previous: PdfTextItem, item: PdfTextItem): 'line' | 'space' | 'glued' {
  const size = Math.max(fontSize(previous), fontSize(item));
  const [, , , , prevX = 0, prevY = 0] = previous.transform;
  const [, , , , x = 0, y = 0] = item.transform;
  if (Math.abs(y - prevY) > NEW_LINE_SHIFT * size) return 'line';
  const gap = x - (prevX + previous.width);
  // A jump back to the left on the same baseline is another column or a reordered run.
  if (gap > WORD_GAP * size || gap < -size) return 'space';
  return 'glued';
}

function fontSize(item: PdfTextItem): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || item.height || 1;
}

function trimEndSpaces(text: string): string {
  return text.replace(/[ \t]+$/, '');
}
