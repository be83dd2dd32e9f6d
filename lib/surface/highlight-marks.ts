/**
 * Draws and removes readers' highlights in a block, for any surface. A highlight may cross
 * citation elements and other highlights: the block's ranges are read from the DOM as it is now,
 * so each text node piece (before, inside, after a citation) gets its own wrapper, nested where
 * its text is. Removing unwraps the elements and merges the text nodes back, leaving no trace.
 *
 * Only DOM objects handed in are touched (no globals), so this runs under happy-dom in node.
 */
import { wrapRange } from './link-citations';
import type { HighlightMark, ReadingSurface, TextBlock, TextRange } from './surface';

/**
 * Wraps the block's text [start, end) piece by piece in the elements `make` returns (`part`
 * counts from 0 in text order). Returns them in text order; none when the stretch shows no text.
 */
export function wrapBlockText(block: TextBlock, start: number, end: number, make: (range: TextRange, part: number) => Element): Element[] {
  const ranges = block.rangesOf(start, end).filter((range) => range.end > range.start);
  const elements: Element[] = [];
  // Last first: splitting keeps a node's head with its offsets, so earlier ranges stay valid.
  for (let part = ranges.length - 1; part >= 0; part--) {
    const range = ranges[part]!;
    elements.unshift(wrapRange(range, make(range, part)));
  }
  return elements;
}

/** Draws one highlight over the block's text [start, end) (block offsets). */
export function drawHighlight(
  block: TextBlock,
  start: number,
  end: number,
  mark: HighlightMark,
  surface: Pick<ReadingSurface, 'highlightWrapperFor'>,
): Element[] {
  return wrapBlockText(block, Math.max(0, start), Math.min(block.text.length, end), (range, part) =>
    surface.highlightWrapperFor(range, mark, part),
  );
}

/** Takes wrappers out again: their content goes back where they were and split text is merged. */
export function unwrapElements(elements: Iterable<Element>): void {
  for (const element of elements) {
    const parent = element.parentNode;
    if (parent === null) continue;
    while (element.firstChild !== null) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
    // Merges the text nodes the wrapping split (only inside this parent; other wrappers stay).
    parent.normalize();
  }
}
