/**
 * Puts each citation wrapper that covers part of a text-layer span onto its canvas glyphs
 * (ADR 0020). pdf.js stretches the whole span to the item's width, but inside it the characters
 * sit where the stand-in font puts them; the PDF font's glyph widths (`glyphEdges`) say where they
 * really are. The wrapper is moved and stretched with a transform, which changes nothing in the
 * layout: the rest of the span, selection and pdf.js's own re-layout on zoom stay as they were.
 * The shift is in ems and the stretch a ratio, so they hold at every zoom (the layer is kept and
 * rescaled).
 */
import type { LinkedCitation } from '../../lib/surface/link-citations';
import { glyphEdges, type GlyphWidths } from '../../lib/surface/glyph-advances';
import type { PdfPageBlock } from '../../lib/surface/pdf-text-layer';

/** Below this, in screen pixels, a wrapper is left where it is. */
const TOLERANCE_PX = 0.25;

interface Placement {
  element: HTMLElement;
  dxEm: number;
  scale: number;
}

/** Measures every partial wrapper of the page first, then moves them all (one layout). */
export function placeOnGlyphs(
  block: PdfPageBlock,
  linked: readonly LinkedCitation[],
  widthsOf: (fontName: string) => GlyphWidths | null,
): void {
  const edgesOfItem = new Map<number, number[] | null>();
  const edgesOf = (item: number) => {
    if (!edgesOfItem.has(item)) {
      const raw = block.items[item]!;
      const fontName = (raw as { fontName?: unknown }).fontName;
      const widths = typeof fontName === 'string' ? widthsOf(fontName) : null;
      edgesOfItem.set(item, widths === null ? null : glyphEdges(raw, widths));
    }
    return edgesOfItem.get(item)!;
  };
  // Screen pixels per PDF unit: the item's own width on screen, not the span's, which pdf.js
  // stretched from a measurement in the stand-in font and so can be off by a pixel or two.
  const layerWidth = block.root.getBoundingClientRect().width;
  const pxPerUnit = block.unitsAcross !== null && block.unitsAcross > 0 ? layerWidth / block.unitsAcross : null;
  const placements: Placement[] = [];
  for (const { elements } of linked) {
    for (const element of elements) {
      const placement = placementOf(element as HTMLElement, block, edgesOf, pxPerUnit);
      if (placement !== null) placements.push(placement);
    }
  }
  for (const { element, dxEm, scale } of placements) {
    element.classList.add('resolute-on-glyphs');
    element.style.setProperty('--resolute-glyph-dx', `${dxEm.toFixed(4)}em`);
    element.style.setProperty('--resolute-glyph-scale', scale.toFixed(5));
  }
}

function placementOf(
  element: HTMLElement,
  block: PdfPageBlock,
  edgesOf: (item: number) => number[] | null,
  pxPerUnit: number | null,
): Placement | null {
  const span = element.parentElement;
  if (span === null) return null;
  const item = block.itemOfSpan(span);
  if (item === null) return null;
  const text = span.textContent ?? '';
  const from = textBefore(span, element);
  const to = from + (element.textContent ?? '').length;
  // A wrapper over the whole span already sits on the item's glyphs.
  if (from === 0 && to === text.length) return null;
  // Rotated spans: screen boxes are not along the baseline.
  if (span.style.getPropertyValue('--rotate') !== '') return null;
  const edges = edgesOf(item);
  if (edges === null || edges.length !== text.length + 1) return null;
  const spanBox = span.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const fontPx = parseFloat(getComputedStyle(span).fontSize);
  const spanScale = span.offsetWidth > 0 ? spanBox.width / span.offsetWidth : 0;
  if (!(box.width > 0) || !(fontPx > 0) || !(spanScale > 0)) return null;
  const itemWidth = pxPerUnit !== null ? block.items[item]!.width * pxPerUnit : spanBox.width;
  const left = spanBox.left + edges[from]! * itemWidth;
  const width = (edges[to]! - edges[from]!) * itemWidth;
  if (Math.abs(left - box.left) < TOLERANCE_PX && Math.abs(width - box.width) < TOLERANCE_PX) return null;
  // The shift is applied inside the span, before its horizontal stretch: undo it.
  return { element, dxEm: (left - box.left) / spanScale / fontPx, scale: width / box.width };
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
