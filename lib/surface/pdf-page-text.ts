/**
 * A PDF page's text as the engine reads it, and the way back from its offsets to the strings of
 * the text items pdf.js shows on the text layer (one element per item).
 *
 * The text layer shows items un-normalised (ligatures, Arabic presentation forms as drawn), while
 * `scan` reads pdf.js's normalised text. So each item is normalised here, character by character,
 * with the same function pdf.js uses (injected: lib stays free of pdf.js), remembering which drawn
 * character each normalised one came from; then the items are joined with the rule `scan` uses
 * (`joinPageItemsMapped`). The reader's page text and `scan`'s text therefore agree.
 */
import { joinPageItemsMapped, type PageTextPiece, type PdfTextItem } from '../text/pdf-lines';

/** `items[item].str.slice(start, end)`: a stretch of one item's drawn string. */
export interface ItemRange {
  item: number;
  start: number;
  end: number;
}

export interface PdfPageText {
  /** Lines joined by "\n"; the text `scan` extracts for the same page. */
  readonly text: string;
  /** The stretches of the drawn item strings that show `text.slice(start, end)`, in order. */
  itemRangesOf(start: number, end: number): ItemRange[];
  /** The item that shows the character at `offset`, or null for a character the join inserted. */
  itemAt(offset: number): number | null;
  /**
   * The way back: the text offset of position `raw` of item `item`'s drawn string (`raw` may be
   * its length: the end). Null for an item that shows nothing in the text.
   */
  offsetOf(item: number, raw: number): number | null;
}

/** Maps a normalised string's code units back to the drawn string (null: the same string). */
interface Normalised {
  str: string;
  /** `rawStart[i]`, `rawEnd[i]`: the drawn character that normalised unit `i` came from. */
  rawStart: number[] | null;
  rawEnd: number[] | null;
}

const identity = (s: string) => s;

export function pdfPageText(items: readonly PdfTextItem[], normalize: (s: string) => string = identity): PdfPageText {
  const normalised = items.map((item) => normaliseItem(item.str, normalize));
  const joined = joinPageItemsMapped(items.map((item, i) => ({ ...item, str: normalised[i]!.str })));
  const { pieces } = joined;

  const toRaw = (item: number, start: number, end: number): ItemRange => {
    const n = normalised[item]!;
    if (n.rawStart === null || n.rawEnd === null) return { item, start, end };
    return { item, start: n.rawStart[start] ?? 0, end: n.rawEnd[end - 1] ?? 0 };
  };

  // Each item's pieces, in order, for `offsetOf`.
  const piecesOfItem = new Map<number, PageTextPiece[]>();
  for (const piece of pieces) {
    const list = piecesOfItem.get(piece.item);
    if (list === undefined) piecesOfItem.set(piece.item, [piece]);
    else list.push(piece);
  }

  return {
    text: joined.text,
    offsetOf(item, raw) {
      const list = piecesOfItem.get(item);
      if (list === undefined) return null;
      const at = toNormalised(normalised[item]!, raw);
      for (const piece of list) {
        const length = piece.end - piece.start;
        if (at < piece.itemStart + length) return piece.start + Math.max(0, at - piece.itemStart);
      }
      return list[list.length - 1]!.end;
    },
    itemRangesOf(start, end) {
      const ranges: ItemRange[] = [];
      for (let i = firstPieceEndingAfter(pieces, start); i < pieces.length; i++) {
        const piece = pieces[i]!;
        if (piece.start >= end) break;
        const from = Math.max(start, piece.start);
        const to = Math.min(end, piece.end);
        if (to <= from) continue;
        const offset = piece.itemStart - piece.start;
        ranges.push(toRaw(piece.item, from + offset, to + offset));
      }
      return ranges;
    },
    itemAt(offset) {
      const piece = pieces[firstPieceEndingAfter(pieces, offset)];
      return piece !== undefined && piece.start <= offset ? piece.item : null;
    },
  };
}

/** Index of the first piece whose end is past `offset` (binary search; pieces are in order). */
function firstPieceEndingAfter(pieces: readonly PageTextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pieces[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first normalised unit that comes from drawn character `raw` or later (the length at the end). */
function toNormalised(n: Normalised, raw: number): number {
  if (n.rawStart === null) return raw;
  const index = n.rawStart.findIndex((from) => from >= raw);
  return index === -1 ? n.rawStart.length : index;
}

function normaliseItem(raw: string, normalize: (s: string) => string): Normalised {
  if (normalize(raw) === raw) return { str: raw, rawStart: null, rawEnd: null };
  // Character by character, so each normalised unit knows its drawn character (a ligature "ﬁ"
  // becomes "fi", both pointing at the one drawn character).
  let str = '';
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  let index = 0;
  for (const char of raw) {
    const out = normalize(char);
    for (let k = 0; k < out.length; k++) {
      rawStart.push(index);
      rawEnd.push(index + char.length);
    }
    str += out;
    index += char.length;
  }
  return { str, rawStart, rawEnd };
}
