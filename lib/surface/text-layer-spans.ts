/**
 * Which element of pdf.js's text layer shows which text item. pdf.js (TextLayer, 5.x) makes one
 * `<span>` per text item, in item order, but what ends up in the DOM is not "one
 * `span[role=presentation]` per non-empty item":
 * - empty items get a span that is never appended; end-of-line items add a `<br>`;
 * - marked content (every tagged PDF: Word and InDesign output) nests the spans in
 *   `span.markedContent` wrappers, empty ones included;
 * - the viewer's accessibility manager takes `role` off a span a link annotation points into and
 *   sets `aria-owns` instead (the UN's own undocs.org links over citations), and the struct tree
 *   puts `span[role=img]` for figures into the marked content;
 * - the layer stops after `MAX_TEXT_DIVS_TO_RENDER` spans.
 * So the spans are found by what pdf.js always makes them (a span that is not a marked-content
 * wrapper or a figure, directly in the layer or in a wrapper) and matched to the items by their
 * text. An item whose span is missing or different is left unplaced, alone: the page's other
 * items still are.
 */
import type { PdfTextItem } from '../text/pdf-lines';

/** How far ahead a span for an item is looked for after a span that matched nothing. */
const LOOKAHEAD = 16;

/** The span of each item (null: empty, or not found on the layer), parallel to `items`. */
export function itemSpans(layer: Element, items: readonly PdfTextItem[]): Array<Element | null> {
  const spans = textSpansOf(layer);
  const found: Array<Element | null> = [];
  let next = 0;
  for (const item of items) {
    if (item.str === '') {
      found.push(null);
      continue;
    }
    const at = matchingSpan(spans, next, item.str);
    if (at === -1) {
      found.push(null);
      continue;
    }
    found.push(spans[at]!);
    next = at + 1;
  }
  return found;
}

/** The index of the first span from `from` (within the lookahead) whose only child is the text `str`, or -1. */
function matchingSpan(spans: readonly Element[], from: number, str: string): number {
  const end = Math.min(spans.length, from + LOOKAHEAD);
  for (let i = from; i < end; i++) {
    const node = spans[i]!.firstChild;
    if (spans[i]!.childNodes.length === 1 && node !== null && node.nodeType === 3 && (node as Text).data === str) return i;
  }
  return -1;
}

/** pdf.js's item spans on the layer, in document order. */
export function textSpansOf(layer: Element): Element[] {
  const spans: Element[] = [];
  const visit = (parent: Element) => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (child.localName !== 'span') continue;
      if (child.classList.contains('markedContent')) visit(child);
      else if (child.getAttribute('role') !== 'img') spans.push(child);
    }
  };
  visit(layer);
  return spans;
}
