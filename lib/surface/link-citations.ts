/**
 * Puts citation wrappers into a block's DOM, for any surface: each citation's text ranges are
 * moved into the elements the surface makes for them. A citation that covers several text nodes
 * (a PDF citation split across items or lines) gets one element per node, all sharing its id.
 *
 * Only DOM objects handed in are touched (no globals), so this runs under happy-dom in node.
 */
import type { CitationMark, ReadingSurface, TextBlock, TextRange } from './surface';

/** The elements made for one citation, first range first. */
export interface LinkedCitation {
  mark: CitationMark;
  elements: Element[];
}

/**
 * Wraps every mark's text in `block`. Marks must not overlap (the engine's citations never do).
 * Returns what was wrapped; a mark whose text has no DOM (all inserted characters) is left out.
 */
export function linkCitations(
  block: TextBlock,
  marks: readonly CitationMark[],
  surface: Pick<ReadingSurface, 'wrapperFor'>,
): LinkedCitation[] {
  // Every range first: a range names a text node and offsets that wrapping changes.
  const planned = marks.map((mark) => ({
    mark,
    ranges: block.rangesOf(mark.citation.start, mark.citation.end).filter((r) => r.end > r.start),
  }));
  const linked: LinkedCitation[] = [];
  // Last range first: splitting a text node keeps its head as the same node with the same offsets,
  // so the ranges still to do (all before this one) stay valid.
  for (let m = planned.length - 1; m >= 0; m--) {
    const { mark, ranges } = planned[m]!;
    if (ranges.length === 0) continue;
    const elements: Element[] = [];
    for (let part = ranges.length - 1; part >= 0; part--) {
      const range = ranges[part]!;
      elements.unshift(wrapRange(range, surface.wrapperFor(range, mark, part)));
    }
    linked.unshift({ mark, elements });
  }
  return linked;
}

/** Moves the range's characters into `wrapper`, placed where they were. */
export function wrapRange(range: TextRange, wrapper: Element): Element {
  let node = range.node;
  if (range.end < node.length) node.splitText(range.end);
  if (range.start > 0) node = node.splitText(range.start);
  node.parentNode?.insertBefore(wrapper, node);
  wrapper.appendChild(node);
  return wrapper;
}
