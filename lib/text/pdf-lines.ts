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
 * The text of one page: "\n" between lines, a space between items on one line only when there is
 * a gap between them (pdf.js splits words at font changes, and glues them back only if told).
 */
export function joinPageItems(items: readonly PdfTextItem[]): string {
  const parts: string[] = [];
  let lineHasText = false;
  let endsWithSpace = false;
  let breakPending = false;
  let previous: PdfTextItem | undefined;

  for (const item of items) {
    const blank = item.str.trim() === '';
    if (previous !== undefined && lineHasText && !breakPending && !blank) {
      const placement = placeAfter(previous, item);
      if (placement === 'line') breakPending = true;
      else if (placement === 'space' && !endsWithSpace && !/^\s/.test(item.str)) {
        parts.push(' ');
        endsWithSpace = true;
      }
    }
    if (blank) {
      // Space items carry the spaces between words; at the start of a line they are indentation.
      if (item.str !== '' && lineHasText && !breakPending && !endsWithSpace) {
        parts.push(' ');
        endsWithSpace = true;
      }
    } else {
      if (breakPending) {
        if (endsWithSpace) parts.push(trimEndSpaces(parts.pop() ?? ''));
        parts.push('\n');
        breakPending = false;
      }
      const str = lineHasText ? item.str : item.str.trimStart();
      parts.push(str);
      lineHasText = true;
      endsWithSpace = /\s$/.test(str);
      previous = item;
    }
    if (item.hasEOL && lineHasText) breakPending = true;
  }
  if (endsWithSpace) parts.push(trimEndSpaces(parts.pop() ?? ''));
  return parts.join('');
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
