/**
 * The PDF reader's surface: pdf.js's text layer. pdf.js draws each text item of a page as one
 * absolutely placed, horizontally scaled `<span>` over the canvas glyphs. A block is one page:
 * its text is joined from the same items (`pdfPageText`), and offsets map back to the spans'
 * text nodes. Citations are wrapped INSIDE those spans, never instead of them, so the glyph
 * placement pdf.js computed (position, `--scale-x`) still holds and the text stays selectable.
 * A page is never given up: an item pdf.js did not draw as expected is left out alone
 * (`itemSpans`), and the caller is told which citations it could not place (`unplaced`).
 */
import type { PdfTextItem } from '../text/pdf-lines';
import { citationElement } from './citation-element';
import { highlightElement } from './highlight-element';
import { pdfPageText, type PdfPageText } from './pdf-page-text';
import { itemSpans } from './text-layer-spans';
import type { GlyphWidths } from './glyph-advances';
import type { CitationMark, HighlightMark, ReadingSurface, TextBlock, TextRange } from './surface';

/** A page whose text layer pdf.js has just rendered. */
export interface RenderedTextLayer {
  pageNumber: number;
  /** pdf.js's `.textLayer` element of the page. */
  layer: HTMLElement;
  /** The glyph widths of a font of the page, by pdf.js's font name (`item.fontName`), when pdf.js has them. */
  glyphWidths?: (fontName: string) => GlyphWidths | null;
  /** The layer's width in PDF units (the page's width as shown), so that screen pixels per unit are known. */
  unitsAcross?: number;
  /**
   * The page's text content items exactly as the text layer got them (pdf.js asks for
   * `includeMarkedContent: true, disableNormalization: true`): marked-content entries included.
   */
  items: readonly object[];
}

/** Delivers rendered text layers (the glue adapts pdf.js's `textlayerrendered` event). */
export type TextLayerSource = (onLayer: (layer: RenderedTextLayer) => void, signal: AbortSignal) => void;

/** A page of the PDF as a text block. */
export interface PdfPageBlock extends TextBlock {
  readonly pageNumber: number;
  readonly pageText: PdfPageText;
  /** The text items of the page (marked-content entries left out), indexable by `pageText`. */
  readonly items: readonly PdfTextItem[];
  /** The glyph widths of the page's fonts (see `RenderedTextLayer`). */
  glyphWidths(fontName: string): GlyphWidths | null;
  /** The layer's width in PDF units, when known. */
  readonly unitsAcross: number | null;
  /** The item pdf.js drew as `span`, or null for another element. */
  itemOfSpan(span: Element): number | null;
  /** Whether some of `text.slice(start, end)` comes from an item the layer does not show. */
  unplaced(start: number, end: number): boolean;
}

/** Set on a text layer once it was handed out, so a re-render that keeps the layer is not linked twice. */
const LINKED_ATTRIBUTE = 'resoluteLinked';

export interface PdfSurfaceOptions {
  /** pdf.js's `normalizeUnicode` with Arabic presentation forms folded (`normalizePdfText`), so page text matches what `scan` reads. */
  normalize?: (s: string) => string;
}

/** The PDF surface: its blocks are pages (`PdfPageBlock`). */
export interface PdfSurface extends ReadingSurface {
  watch(onBlock: (block: PdfPageBlock) => void, signal: AbortSignal): void;
}

export function pdfTextLayerSurface(source: TextLayerSource, options: PdfSurfaceOptions = {}): PdfSurface {
  return {
    watch(onBlock: (block: PdfPageBlock) => void, signal: AbortSignal) {
      source((rendered) => {
        if (signal.aborted || rendered.layer.dataset[LINKED_ATTRIBUTE] === '1') return;
        const block = textLayerBlock(rendered, options.normalize);
        rendered.layer.dataset[LINKED_ATTRIBUTE] = '1';
        onBlock(block);
      }, signal);
    },
    wrapperFor(range: TextRange, mark: CitationMark, part: number) {
      return citationElement(range.node.ownerDocument, mark, part);
    },
    highlightWrapperFor(range: TextRange, mark: HighlightMark, part: number) {
      return highlightElement(range.node.ownerDocument, mark, part);
    },
  };
}

/**
 * The page's block. Items whose span is not on the layer (see `itemSpans`) show nothing: their
 * text is still in the page text, so citations keep their offsets and ids, but has no ranges
 * (`unplaced` tells which stretches); everything else on the page is placed.
 */
export function textLayerBlock(rendered: RenderedTextLayer, normalize?: (s: string) => string): PdfPageBlock {
  const items = rendered.items.filter(isTextItem);
  // Spans, not their text nodes: wrapping splits the text nodes, so ranges are found in the
  // span's current text every time.
  const spans = itemSpans(rendered.layer, items);
  const pageText = pdfPageText(items, normalize);
  return {
    key: `p${rendered.pageNumber}`,
    pageNumber: rendered.pageNumber,
    text: pageText.text,
    root: rendered.layer,
    pageText,
    items,
    glyphWidths: (fontName) => rendered.glyphWidths?.(fontName) ?? null,
    unitsAcross: rendered.unitsAcross ?? null,
    rangesOf(start, end) {
      return pageText.itemRangesOf(start, end).flatMap(({ item, start: from, end: to }) => {
        const span = spans[item];
        return span ? textRangesIn(span, from, to) : [];
      });
    },
    itemOfSpan(span) {
      const item = spans.indexOf(span);
      return item === -1 ? null : item;
    },
    unplaced(start, end) {
      return pageText.itemRangesOf(start, end).some(({ item, start: from, end: to }) => to > from && spans[item] === null);
    },
    offsetAt(node, offset) {
      if (!rendered.layer.contains(node)) return null;
      const point = textPointOf(node, offset, spans);
      if (point === null) return null;
      return pageText.offsetOf(point.item, point.raw);
    },
  };
}

/** The stretches of the text nodes inside `element` that show its text [from, to), in order. */
function textRangesIn(element: Node, from: number, to: number): TextRange[] {
  const ranges: TextRange[] = [];
  let position = 0;
  for (const node of textNodesIn(element)) {
    const start = Math.max(from, position);
    const end = Math.min(to, position + node.length);
    if (end > start) ranges.push({ node, start: start - position, end: end - position });
    position += node.length;
    if (position >= to) break;
  }
  return ranges;
}

/** The text nodes under `root`, in document order (no TreeWalker: no window's globals here). */
function textNodesIn(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (isText(child)) found.push(child);
      else visit(child);
    }
  };
  visit(root);
  return found;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without a window's Node.

/**
 * The item and position in its drawn string of a DOM boundary point. A point inside an item's
 * span counts the text before it in the span; any other point (on the layer, between spans, in
 * pdf.js's end-of-content element) snaps to the start of the next item's text, or the end of the
 * last item's.
 */
function textPointOf(node: Node, offset: number, itemSpans: ReadonlyArray<Element | null>): { item: number; raw: number } | null {
  let lastItem = -1;
  for (let item = 0; item < itemSpans.length; item++) {
    const span = itemSpans[item];
    if (!span) continue;
    if (span === node || span.contains(node)) return { item, raw: positionInside(span, node, offset) };
    if (isAfterPoint(span, node, offset)) return { item, raw: 0 };
    lastItem = item;
  }
  if (lastItem === -1) return null;
  return { item: lastItem, raw: itemSpans[lastItem]!.textContent?.length ?? 0 };
}

/** How many characters of `span`'s text come before the point (node, offset) inside it. */
function positionInside(span: Element, node: Node, offset: number): number {
  let before = 0;
  if (isText(node)) {
    for (const text of textNodesIn(span)) {
      if (text === node) return before + Math.min(offset, text.length);
      before += text.length;
    }
    return before;
  }
  // An element point: the text of the children before `offset`.
  const children = Array.from(node.childNodes).slice(0, offset);
  const boundary = children[children.length - 1];
  for (const text of textNodesIn(span)) {
    if (boundary === undefined || !(boundary === text || boundary.contains(text) || isBefore(text, boundary))) break;
    before += text.length;
  }
  return before;
}

function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** Whether `span` starts after the boundary point (node, offset). */
function isAfterPoint(span: Element, node: Node, offset: number): boolean {
  if (isText(node)) return isBefore(node, span);
  const child = node.childNodes[offset];
  if (child !== undefined) return child === span || child.contains(span) || isBefore(child, span);
  // After the last child: only what follows the node itself, outside it.
  return isBefore(node, span) && !node.contains(span);
}

export function isTextItem<T extends object>(item: T): item is T & PdfTextItem {
  return 'str' in item && typeof (item as { str: unknown }).str === 'string';
}

function isText(node: Node | null | undefined): node is Text {
  // nodeType, not `instanceof Text`: no globals of a particular window here.
  return node !== null && node !== undefined && node.nodeType === 3;
}
