/**
 * One block's text as the engine reads it, and the way back from its offsets to DOM text nodes.
 *
 * The text is what a reader sees in the block: white space collapsed as a browser shows it
 * (runs of spaces, tabs and newlines become one space; none at the start), `<br>` as "\n", and
 * "\n\n" where a nested block cuts the block's own text. Nested blocks and skipped subtrees are
 * not part of it (they are blocks of their own, or never read). Arabic presentation forms (a
 * page converted from an old PDF) are read as the letters they show, as in PDFs
 * (lib/text/glyph-forms.ts). Each text node keeps a map from its collapsed, folded
 * characters back to its own offsets, so a found citation is wrapped exactly.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlockElement, isLineBreak, isSkippedElement } from './dom-rules';
import { foldGlyphForms, hasGlyphForms } from '../text/glyph-forms';
import type { TextRange } from '../surface/surface';

/** One text node's share of a block's text. */
export interface TextPiece {
  node: Text;
  /** Where the node's (collapsed) text starts in the block's text. */
  start: number;
  /** Its length in the block's text. */
  length: number;
  /** `raw[i]`: the node offset of collapsed character i; null when the node's text is unchanged. */
  raw: number[] | null;
  /** `node.data` when read: a piece whose node changed since is stale. */
  data: string;
}

export interface BlockText {
  text: string;
  pieces: TextPiece[];
}

/** Text with white space a browser would collapse (not counting a leading space after a space). */
const NEEDS_COLLAPSING = /[\t\n\r\f]| {2}/;

/** Space, tab, line feed, form feed, carriage return: the white space HTML collapses (not NBSP). */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

export function readBlockText(block: Element): BlockText {
  let text = '';
  const pieces: TextPiece[] = [];
  /** The last character given out was white space (or nothing was given yet). */
  let afterSpace = true;
  let pendingBlockBreak = false;

  const addText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    if (!NEEDS_COLLAPSING.test(data) && !(afterSpace && data.charCodeAt(0) === 32) && !hasGlyphForms(data)) {
      // Most text nodes: nothing to collapse or fold, the node's offsets are the text's.
      if (pendingBlockBreak && text.length > 0) text += '\n\n';
      pendingBlockBreak = false;
      afterSpace = data.charCodeAt(data.length - 1) === 32;
      pieces.push({ node, start: text.length, length: data.length, raw: null, data });
      text += data;
      return;
    }
    let out = '';
    let raw: number[] | null = null;
    for (let i = 0; i < data.length; i++) {
      const char = data[i]!;
      if (isCollapsible(char.charCodeAt(0))) {
        if (afterSpace) {
          raw ??= identityUpTo(out.length);
          continue;
        }
        afterSpace = true;
        if (char !== ' ') raw ??= identityUpTo(out.length);
        raw?.push(i);
        out += ' ';
        continue;
      }
      if (pendingBlockBreak && text.length + out.length > 0 && out.length === 0) {
        text += '\n\n';
      }
      pendingBlockBreak = false;
      afterSpace = false;
      const folded = foldGlyphForms(char);
      if (folded !== char) raw ??= identityUpTo(out.length);
      // A lam-alef ligature is two letters, both from the one character.
      for (let k = 0; k < folded.length; k++) raw?.push(i);
      out += folded;
    }
    if (out.length === 0) return;
    if (raw !== null && raw.length === out.length && raw.every((r, i) => r === i)) raw = null;
    pieces.push({ node, start: text.length, length: out.length, raw, data });
    text += out;
  };

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      if (isSkippedElement(element)) continue;
      if (isLineBreak(element)) {
        if (text.length > 0) {
          text += '\n';
          afterSpace = true;
        }
        continue;
      }
      if (isBlockElement(element)) {
        // The nested block is read on its own; the text around it must not run into each other.
        pendingBlockBreak = true;
        afterSpace = true;
        continue;
      }
      visit(element);
    }
  };
  visit(block);
  return { text, pieces };
}

function identityUpTo(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}

/** Whether the pieces still show what they showed when read (same nodes, same data, in place). */
export function piecesAreCurrent(block: Element, pieces: readonly TextPiece[]): boolean {
  return pieces.every((piece) => piece.node.data === piece.data && block.contains(piece.node));
}

/** The DOM text that shows `text.slice(start, end)`, in document order. */
export function rangesIn(pieces: readonly TextPiece[], start: number, end: number): TextRange[] {
  const ranges: TextRange[] = [];
  for (let i = firstPieceEndingAfter(pieces, start); i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.start >= end) break;
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, piece.start + piece.length) - piece.start;
    if (to <= from) continue;
    const rawFrom = piece.raw === null ? from : piece.raw[from]!;
    const rawTo = piece.raw === null ? to : piece.raw[to - 1]! + 1;
    ranges.push({ node: piece.node, start: rawFrom, end: rawTo });
  }
  return ranges;
}

/** The block-text offset of offset `rawOffset` of a piece's node. */
export function offsetInPiece(piece: TextPiece, rawOffset: number): number {
  if (piece.raw === null) return piece.start + Math.min(rawOffset, piece.length);
  const index = piece.raw.findIndex((raw) => raw >= rawOffset);
  return piece.start + (index === -1 ? piece.length : index);
}

function firstPieceEndingAfter(pieces: readonly TextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pieces[mid]!.start + pieces[mid]!.length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
