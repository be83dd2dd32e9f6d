/**
 * Puts each citation link and highlight that covers part of a text-layer span onto its canvas
 * glyphs (ADR 0020). pdf.js stretches the whole span to the item's width, but inside it the
 * characters sit where the stand-in font puts them; `CharBoxes` say where they really are (exact,
 * from the operator list, or estimated from the font's widths). A wrapper is moved and stretched
 * with a transform, which changes nothing in the layout: the rest of the span, selection and
 * pdf.js's own layout stay as they were.
 *
 * Wrappers nest (a highlight inside a link, overlapping highlights): each is placed inside its
 * placed parent's frame, so what it shows on screen is its own glyphs, whatever the parent's
 * transform. Every placement takes the wrappers' transforms off and measures afresh, so placing
 * again (exact boxes arriving, a zoom, a new highlight) never builds on a stale one.
 */
import type { CharBoxes } from '../../lib/surface/item-glyphs';
import type { PdfPageBlock } from '../../lib/surface/pdf-text-layer';

/** Below this, in screen pixels, a wrapper is left where it is. */
const TOLERANCE_PX = 0.25;
const PLACED_CLASS = 'resolute-on-glyphs';
/** Resolute's wrappers inside pdf.js's spans: citations (linked or not) and readers' highlights. */
const WRAPPERS = '.resolute-citation, mark.resolute-mark';

/** Span-local x of a point `u` layout pixels into an element: `a + b * (u - n)`. */
interface Frame {
  a: number;
  b: number;
  n: number;
}

interface Write {
  element: HTMLElement;
  dxEm: number;
  scale: number;
}

/** Places every wrapper of the page from `boxesOf(item)` (null: that item's wrappers are left alone). Measures first, then writes. */
export function placeOnGlyphs(block: PdfPageBlock, boxesOf: (item: number) => CharBoxes | null): void {
  const root = block.root;
  const rotation = root.getAttribute('data-main-rotation') ?? undefined;
  if (rotation !== undefined && rotation !== '0') return;
  // Screen pixels per PDF unit: the item's own width on screen, not the span's, which pdf.js
  // stretched from a measurement in the stand-in font and so can be off by a pixel or two.
  const layerWidth = root.getBoundingClientRect().width;
  const pxPerUnit = block.unitsAcross !== null && block.unitsAcross > 0 ? layerWidth / block.unitsAcross : null;
  if (pxPerUnit === null || !(pxPerUnit > 0)) return;
  // Natural places first: every wrapper without its transform (one style change, one layout).
  const wrappers = [...root.querySelectorAll<HTMLElement>(WRAPPERS)];
  for (const element of wrappers) element.classList.remove(PLACED_CLASS);
  const spanFacts = new Map<Element, SpanFacts | null>();
  const frames = new Map<Element, Frame>();
  const writes: Write[] = [];
  for (const element of wrappers) {
    const span = itemSpanOf(element, block);
    if (span === null) continue;
    if (!spanFacts.has(span)) spanFacts.set(span, factsOf(span, block));
    const facts = spanFacts.get(span)!;
    if (facts === null) continue;
    const parent = parentFrame(element, span, frames);
    const box = element.getBoundingClientRect();
    // Span-local: layout pixels from the span's start, before pdf.js's stretch.
    const natural = (box.left - facts.left) / facts.scale;
    const width = box.width / facts.scale;
    const keep = () => frames.set(element, { a: parent.a + parent.b * (natural - parent.n), b: parent.b, n: natural });
    const boxes = boxesOf(facts.item);
    const from = textBefore(span, element);
    const to = from + (element.textContent ?? '').length;
    const left = boxes?.left[from];
    const right = boxes?.right[to - 1];
    const fontPx = parseFloat(getComputedStyle(element).fontSize);
    if (to <= from || left === undefined || right === undefined || !(width > 0) || !(fontPx > 0)) {
      keep();
      continue;
    }
    const itemLocal = (block.items[facts.item]!.width * pxPerUnit) / facts.scale;
    const targetLeft = left * itemLocal;
    const targetWidth = (right - left) * itemLocal;
    const scale = targetWidth / (parent.b * width);
    // The shift is inside the parent's frame, before this element's own stretch.
    const dx = (targetLeft - parent.a) / parent.b - (natural - parent.n);
    const tolerance = TOLERANCE_PX / facts.scale;
    if (Math.abs(dx * parent.b) < tolerance && Math.abs(targetWidth - parent.b * width) < tolerance) {
      keep();
      continue;
    }
    writes.push({ element, dxEm: dx / fontPx, scale });
    frames.set(element, { a: targetLeft, b: parent.b * scale, n: natural });
  }
  for (const { element, dxEm, scale } of writes) {
    element.classList.add(PLACED_CLASS);
    element.style.setProperty('--resolute-glyph-dx', `${dxEm.toFixed(5)}em`);
    element.style.setProperty('--resolute-glyph-scale', scale.toFixed(6));
  }
}

interface SpanFacts {
  item: number;
  /** The span's left on screen and its horizontal scale (pdf.js's stretch and the zoom). */
  left: number;
  scale: number;
}

/** The pdf.js span (one text item) `element` is inside, or null. */
function itemSpanOf(element: Element, block: PdfPageBlock): Element | null {
  for (let node = element.parentElement; node !== null && node !== block.root; node = node.parentElement) {
    if (block.itemOfSpan(node) !== null) return node;
  }
  return null;
}

/** The span's item and place on screen; null for rotated spans (their screen boxes are not along the baseline). */
function factsOf(span: Element, block: PdfPageBlock): SpanFacts | null {
  const item = block.itemOfSpan(span);
  const html = span as HTMLElement;
  if (item === null || html.style.getPropertyValue('--rotate') !== '') return null;
  const box = html.getBoundingClientRect();
  // pdf.js's own transform (its stretch, and the scale-down of fonts below the minimum size):
  // exact, where the box over the layout width (a whole number of pixels) is not.
  const matrix = /^matrix\(([^,]+),/.exec(getComputedStyle(html).transform);
  const scale = matrix !== null ? parseFloat(matrix[1]!) : html.offsetWidth > 0 ? box.width / html.offsetWidth : 0;
  return scale > 0 ? { item, left: box.left, scale } : null;
}

/** The frame of the nearest wrapper around `element` inside `span` (placed before it: document order), or the span's own. */
function parentFrame(element: Element, span: Element, frames: ReadonlyMap<Element, Frame>): Frame {
  for (let node = element.parentElement; node !== null && node !== span; node = node.parentElement) {
    const frame = frames.get(node);
    if (frame !== undefined) return frame;
  }
  return { a: 0, b: 1, n: 0 };
}

/** How many characters of `span`'s text come before `element`. */
function textBefore(span: Element, element: Element): number {
  let count = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child === element) return true;
      if (child.nodeType === 3) count += (child as Text).length;
      else if (walk(child)) return true;
    }
    return false;
  };
  walk(span);
  return count;
}
