/**
 * The text of a whole document built from its blocks (PDF pages, HTML paragraphs), and the way
 * back from an offset in it to a block. Every surface builds its DocumentText here, so offsets
 * stored on a mark mean the same thing in the reader and on HTML pages.
 */
import { BLOCK_SEPARATOR, type DocumentText } from './types';

export interface BlockPosition {
  key: string;
  /** The block's index in `doc.blockKeys`; -1 only for a document without blocks. */
  index: number;
  /** The offset inside that block's text. */
  offset: number;
}

export function documentTextOf(blocks: readonly { key: string; text: string }[]): DocumentText {
  const blockKeys: string[] = [];
  const blockStarts: number[] = [];
  let length = 0;
  for (const [i, block] of blocks.entries()) {
    if (i > 0) length += BLOCK_SEPARATOR.length;
    blockKeys.push(block.key);
    blockStarts.push(length);
    length += block.text.length;
  }
  return { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blockKeys, blockStarts };
}

/**
 * The block holding `offset` (clamped to the text). An offset inside a separator belongs to the
 * block before it, so its `offset` equals that block's length at most plus the separator.
 */
export function blockAt(doc: DocumentText, offset: number): BlockPosition {
  const starts = doc.blockStarts;
  if (starts.length === 0) return { key: '', index: -1, offset: 0 };
  const at = Math.max(0, Math.min(offset, doc.text.length));
  let low = 0;
  let high = starts.length - 1;
  // The last block starting at or before `at`.
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return { key: doc.blockKeys[low]!, index: low, offset: at - starts[low]! };
}
