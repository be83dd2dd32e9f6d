/**
 * What a cancelled text-layer render leaves behind. pdf.js's viewer (TextLayerBuilder, 5.x) starts
 * a page's text layer again when the page is drawn again before the layer's first render finished
 * (a zoom while the text still streams in, which a slow or busy machine makes likely). It cancels
 * the first TextLayer, but that one has already appended some spans to the layer's element, and
 * the new render appends the whole page after them. The page then holds part of its text twice:
 * a selection copies it twice, and a citation's parts can be matched to the stale copy
 * (`itemSpans` takes the first span with an item's text), so a link is drawn across two lines.
 *
 * The complete render's nodes are the layer's last top-level nodes (before pdf.js's end-of-content
 * element), and how many there are follows from the items pdf.js laid out; anything before them
 * is the cancelled render's.
 */

/** pdf.js's cap on the spans of one layer (`MAX_TEXT_DIVS_TO_RENDER`): past it the count is not known. */
const MAX_TEXT_DIVS = 100_000;

interface LayoutItem {
  str?: unknown;
  type?: unknown;
  hasEOL?: unknown;
}

/**
 * How many nodes pdf.js's TextLayer appends directly to its container for these text-content items
 * (marked content included, as the layer asks for them), or null past pdf.js's span cap. A text
 * item makes a span unless its text is empty, and a `<br>` after it at the end of a line; a
 * marked-content entry makes one wrapper the following items go into.
 */
export function topLevelNodeCount(items: readonly object[]): number | null {
  let depth = 0;
  let count = 0;
  let spans = 0;
  for (const raw of items) {
    const item = raw as LayoutItem;
    if (typeof item.str !== 'string') {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        if (depth === 0) count++;
        depth++;
      } else if (item.type === 'endMarkedContent' && depth > 0) {
        depth--;
      }
      continue;
    }
    if (++spans > MAX_TEXT_DIVS) return null;
    if (depth > 0) continue;
    if (item.str !== '') count++;
    if (item.hasEOL === true) count++;
  }
  return count;
}

/**
 * Removes from a text layer pdf.js has just finished what a cancelled earlier render of it left
 * at its start; returns how many top-level nodes went. A layer with no more nodes than its items
 * make is left as it is.
 */
export function removeCancelledRender(layer: Element, items: readonly object[]): number {
  const expected = topLevelNodeCount(items);
  if (expected === null) return 0;
  const nodes = Array.from(layer.childNodes).filter((node) => !isEndOfContent(node));
  const extra = nodes.length - expected;
  if (extra <= 0) return 0;
  for (const node of nodes.slice(0, extra)) node.parentNode?.removeChild(node);
  return extra;
}

function isEndOfContent(node: Node): boolean {
  // nodeType, not `instanceof Element`: no globals of a particular window here.
  return node.nodeType === 1 && (node as Element).classList.contains('endOfContent');
}
