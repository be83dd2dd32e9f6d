/**
 * The document's pages for printing, as pdf.js's own viewer prints them (its PDFPrintService is not
 * exported): every page drawn whole with the 'print' intent at 150 dpi into an image, one printed
 * sheet per page, the sheet the size of the first page. Over each image goes pdf.js's text layer,
 * so that "Save as PDF" keeps the document's text, and, if asked, the reader's highlights.
 */
import type { NoteColour } from '../../lib/notes/types';
import { textLayerBlock } from '../../lib/surface/pdf-text-layer';
import { pdfjsLib, normalizePdfText, TEXT_LAYER_PARAMS, type PDFDocumentProxy } from '../../components/extension/pdfjs';

/** pdf.js's print resolution (PRINT_UNITS in its viewer): 150 dots per inch of 72 points. */
const PRINT_SCALE = 150 / 72;
/** CSS pixels per PDF point. */
const CSS_PER_POINT = 96 / 72;

/** A highlight on one page: offsets in that page's text as the reader's text layer reads it. */
export interface PageHighlight {
  start: number;
  end: number;
  colour: NoteColour;
}

export interface PrintPagesOptions {
  pdf: PDFDocumentProxy;
  /** Where the sheets go (the print container). */
  target: HTMLElement;
  /** Highlights of page n (1-based), or none. */
  highlightsOf?: (page: number) => readonly PageHighlight[];
  onPage?: (done: number) => void;
  signal: AbortSignal;
}

/** Draws every page into `target`; resolves once all are in place (or rejects when aborted). */
export async function renderPagesForPrint(options: PrintPagesOptions): Promise<void> {
  const { pdf, target, signal } = options;
  const doc = target.ownerDocument;
  const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
  const style = doc.createElement('style');
  // One sheet size for the whole job, as pdf.js does: browsers take the first @page size.
  style.textContent = `@page { size: ${first.width}pt ${first.height}pt; margin: 0; }`;
  target.append(style);
  for (let n = 1; n <= pdf.numPages; n++) {
    signal.throwIfAborted();
    target.append(await printedPage(pdf, n, doc, options.highlightsOf?.(n) ?? [], signal));
    options.onPage?.(n);
  }
}

async function printedPage(
  pdf: PDFDocumentProxy,
  n: number,
  doc: Document,
  highlights: readonly PageHighlight[],
  signal: AbortSignal,
): Promise<HTMLElement> {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = doc.createElement('canvas');
  canvas.width = Math.floor(viewport.width * PRINT_SCALE);
  canvas.height = Math.floor(viewport.height * PRINT_SCALE);
  await page.render({
    canvas,
    viewport: page.getViewport({ scale: PRINT_SCALE }),
    intent: 'print',
    annotationMode: pdfjsLib.AnnotationMode.ENABLE_STORAGE,
  }).promise;
  signal.throwIfAborted();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve));
  canvas.width = canvas.height = 0;

  const sheet = doc.createElement('div');
  sheet.className = 'print-page';
  sheet.dataset.pageNumber = String(n);
  sheet.style.width = `${viewport.width}pt`;
  sheet.style.height = `${viewport.height}pt`;
  const image = doc.createElement('img');
  image.alt = '';
  if (blob !== null) image.src = URL.createObjectURL(blob);
  await image.decode().catch(() => undefined);
  sheet.append(image);

  // The text layer at CSS size: transparent text over the image, as on screen.
  const layer = doc.createElement('div');
  layer.className = 'textLayer';
  layer.style.setProperty('--scale-factor', String(CSS_PER_POINT));
  layer.style.setProperty('--total-scale-factor', String(CSS_PER_POINT));
  sheet.append(layer);
  const content = await page.getTextContent(TEXT_LAYER_PARAMS);
  await new pdfjsLib.TextLayer({
    textContentSource: content,
    container: layer,
    viewport: page.getViewport({ scale: CSS_PER_POINT }),
  }).render();
  if (highlights.length > 0) drawHighlights(sheet, layer, n, content.items, highlights);
  page.cleanup();
  return sheet;
}

/** Boxes behind the text where the reader highlighted it, found through the same page text as on screen. */
function drawHighlights(
  sheet: HTMLElement,
  layer: HTMLElement,
  n: number,
  items: readonly object[],
  highlights: readonly PageHighlight[],
): void {
  // Measured while the sheet is in the document but not yet shown: the layer must be laid out.
  const doc = sheet.ownerDocument;
  const probe = doc.createElement('div');
  probe.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  probe.append(sheet);
  doc.body.append(probe);
  try {
    const block = textLayerBlock({ pageNumber: n, layer, items }, normalizePdfText);
    if (block === null) return;
    const origin = sheet.getBoundingClientRect();
    for (const highlight of highlights) {
      for (const part of block.rangesOf(highlight.start, highlight.end)) {
        const range = doc.createRange();
        range.setStart(part.node, part.start);
        range.setEnd(part.node, part.end);
        for (const rect of Array.from(range.getClientRects())) {
          const box = doc.createElement('div');
          // The colours of the marks on screen (text-layer.css).
          box.className = `print-highlight resolute-mark-${highlight.colour}`;
          box.style.left = `${rect.left - origin.left}px`;
          box.style.top = `${rect.top - origin.top}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          sheet.insertBefore(box, layer);
        }
      }
    }
  } finally {
    probe.remove();
  }
}

/** Frees the images' memory once printed. */
export function releasePrintedPages(target: HTMLElement): void {
  for (const image of Array.from(target.querySelectorAll('img'))) {
    if (image.src.startsWith('blob:')) URL.revokeObjectURL(image.src);
  }
  target.replaceChildren();
}
