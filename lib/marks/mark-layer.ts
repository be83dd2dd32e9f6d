/**
 * How marks (highlights, clause-number controls) get into a block's DOM and out again. The
 * surface decides: the reader's text layers are Resolute's own DOM, so unwrapping and merging
 * the split text back is enough (`unwrappingLayer`); a web page's DOM is the page's, so its
 * surface records every wrap and takes it back exactly, together with its citation wrappers
 * (lib/page/page-changes.ts), and keeps its mutation observer from taking our wraps for the
 * page's changes.
 */
import { unwrapElements, wrapBlockText } from '../surface/highlight-marks';
import type { TextBlock, TextRange } from '../surface/surface';

export interface MarkLayer {
  /**
   * Wraps the block's text [start, end) (block offsets) piece by piece in the elements `make`
   * returns; returns them in text order.
   */
  wrap(block: TextBlock, start: number, end: number, make: (range: TextRange, part: number) => Element): Element[];
  /** Takes out everything `wrap` put in `block` (`wrapped`, in the order made), leaving its DOM as before. */
  erase(block: TextBlock, wrapped: readonly Element[]): void;
}

/** For DOM Resolute owns: wraps in place, erases by unwrapping the latest first. */
export function unwrappingLayer(): MarkLayer {
  return {
    wrap: wrapBlockText,
    erase: (_block, wrapped) => unwrapElements([...wrapped].reverse()),
  };
}
