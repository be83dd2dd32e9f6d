/**
 * The PDF reader's surface: pdf.js's text layer. pdf.js draws each text item of a page as one
 * absolutely placed, horizontally scaled `<span>` over the canvas glyphs. A block is one page:
 * its text is joined from the same items (`pdfPageText`), and offsets map back to the spans'
 * text nodes. Citations are wrapped INSIDE those spans, never instead of them, so the glyph
 * placement pdf.js computed (position, `--scale-x`) still holds and the text stays selectable.
 */
import type { PdfTextItem } from '../text/pdf-lines';
import { citationElement } from './citation-element';
import { pdfPageText, type PdfPageText } from './pdf-page-text';
import type { BlockListener, CitationMark, ReadingSurface, TextBlock, TextRange } from './surface';

/** A page whose text layer pdf.js has just rendered. */
export interface RenderedTextLayer {
  pageNumber: number;
  /** pdf.js's `.textLayer` element of the page. */
  layer: HTMLElement;
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
}

/** Set on a text layer once it was handed out, so a re-render that keeps the layer is not linked twice. */
const LINKED_ATTRIBUTE = 'resoluteLinked';

export interface PdfSurfaceOptions {
  /** pdf.js's `normalizeUnicode`, so page text matches what `scan` reads. */
  normalize?: (s: string) => string;
  /** Told when a layer's spans do not match its items (nothing is linked on that page). */
  onMismatch?: (pageNumber: number) => void;
}

export function pdfTextLayerSurface(source: TextLayerSource, options: PdfSurfaceOptions = {}): ReadingSurface {
  return {
    watch(onBlock: BlockListener, signal: AbortSignal) {
      source((rendered) => {
        if (signal.aborted || rendered.layer.dataset[LINKED_ATTRIBUTE] === '1') return;
        const block = textLayerBlock(rendered, options.normalize);
        if (block === null) {
          options.onMismatch?.(rendered.pageNumber);
          return;
        }
        rendered.layer.dataset[LINKED_ATTRIBUTE] = '1';
        onBlock(block);
      }, signal);
    },
    wrapperFor(range: TextRange, mark: CitationMark, part: number) {
      return citationElement(range.node.ownerDocument, mark, part);
    },
  };
}

/**
 * The page's block, or null when the layer's spans are not the items one for one (pdf.js caps a
 * layer's spans, or the layer changed): then no offset could be trusted.
 */
export function textLayerBlock(rendered: RenderedTextLayer, normalize?: (s: string) => string): PdfPageBlock | null {
  const items = rendered.items.filter(isTextItem);
  // pdf.js makes a span per item but leaves empty ones out of the DOM; marked-content wrappers
  // are spans without a role.
  const spans = Array.from(rendered.layer.querySelectorAll('span[role="presentation"]'));
  const textNodes: Array<Text | null> = [];
  let next = 0;
  for (const item of items) {
    if (item.str === '') {
      textNodes.push(null);
      continue;
    }
    const span = spans[next++];
    const node = span?.firstChild;
    if (span === undefined || span.childNodes.length !== 1 || !isText(node) || node.data !== item.str) return null;
    textNodes.push(node);
  }
  if (next !== spans.length) return null;

  const pageText = pdfPageText(items, normalize);
  return {
    key: `p${rendered.pageNumber}`,
    pageNumber: rendered.pageNumber,
    text: pageText.text,
    pageText,
    items,
    rangesOf(start, end) {
      return pageText.itemRangesOf(start, end).flatMap(({ item, start: from, end: to }) => {
        const node = textNodes[item];
        return node ? [{ node, start: from, end: to }] : [];
      });
    },
  };
}

export function isTextItem<T extends object>(item: T): item is T & PdfTextItem {
  return 'str' in item && typeof (item as { str: unknown }).str === 'string';
}

function isText(node: Node | null | undefined): node is Text {
  // nodeType, not `instanceof Text`: no globals of a particular window here.
  return node !== null && node !== undefined && node.nodeType === 3;
}
