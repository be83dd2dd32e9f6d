/**
 * A web page's block as the surfaces' `TextBlock`: its text is read once, when handed out; its
 * ranges and offsets are found in the block's DOM as it is when asked (wrapping citations or
 * highlights splits text nodes, so the text nodes read first may no longer be the whole story).
 */
import type { UnLang } from '../citations/types';
import type { TextBlock, TextRange } from '../surface/surface';
import { offsetInPiece, piecesAreCurrent, rangesIn, readBlockText, type BlockText, type TextPiece } from './block-text';
import { ELEMENT_NODE, TEXT_NODE } from './dom-rules';

export interface PageBlock extends TextBlock {
  /** The block element (the surfaces' `root`). */
  readonly root: Element;
  /** The language the block is written in (nearest `lang`), when it is a UN language. */
  readonly lang: UnLang | undefined;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without a window's Node.

/** The block of `root`; `read` is its text read just now, when the caller has it. */
export function pageBlock(root: Element, key: string, lang: UnLang | undefined, read?: BlockText): PageBlock {
  const first = read ?? readBlockText(root);
  let pieces: TextPiece[] = first.pieces;
  /** The block's pieces now, or null when its text is no longer the text handed out. */
  const currentPieces = (): TextPiece[] | null => {
    if (piecesAreCurrent(root, pieces)) return pieces;
    const now = readBlockText(root);
    if (now.text !== first.text) return null;
    pieces = now.pieces;
    return pieces;
  };
  return {
    key,
    text: first.text,
    root,
    lang,
    rangesOf(start: number, end: number): TextRange[] {
      const current = currentPieces();
      return current === null ? [] : rangesIn(current, start, end);
    },
    offsetAt(node: Node, offset: number): number | null {
      if (!root.contains(node)) return null;
      const current = currentPieces();
      if (current === null || current.length === 0) return null;
      if (node.nodeType === TEXT_NODE) {
        const piece = current.find((p) => p.node === node);
        if (piece !== undefined) return offsetInPiece(piece, offset);
      }
      // A point between nodes: the start of the first text after it, else the end of the text.
      const after = node.nodeType === ELEMENT_NODE ? (node.childNodes[offset] ?? null) : null;
      for (const piece of current) {
        const follows =
          after !== null
            ? after === piece.node || after.contains(piece.node) || (after.compareDocumentPosition(piece.node) & FOLLOWING) !== 0
            : node !== piece.node && !node.contains(piece.node) && (node.compareDocumentPosition(piece.node) & FOLLOWING) !== 0;
        if (follows) return piece.start;
      }
      const last = current[current.length - 1]!;
      return last.start + last.length;
    },
  };
}
