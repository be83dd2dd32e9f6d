/**
 * The pages of the PDF: pdf.js's viewer (continuous scrolling, canvas plus text layer) in the
 * reader's scroll container, and what the rest of the reader needs from it: rendered text layers
 * with their items (for the PDF surface), the pages' layout (for saving and restoring the scroll
 * position), the current page, and going to a place. pdf.js specifics stay in this file.
 */
import type { RenderedTextLayer, TextLayerSource } from '../../lib/surface/pdf-text-layer';
import type { PageLayout } from '../../lib/reader/history-entry';
import { loadViewerModule, TEXT_LAYER_PARAMS, type PDFDocumentProxy } from '../../components/extension/pdfjs';

export interface PdfView {
  readonly container: HTMLDivElement;
  /** Rendered text layers as they come (for `pdfTextLayerSurface`). */
  readonly textLayers: TextLayerSource;
  /** Resolves once every page has its place (the layout is known). */
  readonly pagesReady: Promise<void>;
  layout(): PageLayout;
  scale(): number;
  currentPage(): number;
  onPageChange(listener: (page: number) => void): void;
  /** Scrolls so that the point (x, y) of page `page`, in PDF units, is at the top. */
  goToPoint(page: number, x: number, y: number): void;
  goToPage(page: number): void;
  destroy(): void;
}

export async function createPdfView(container: HTMLDivElement, viewerElement: HTMLDivElement, pdf: PDFDocumentProxy): Promise<PdfView> {
  const { EventBus, PDFLinkService, PDFViewer, LinkTarget } = await loadViewerModule();
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus, externalLinkTarget: LinkTarget.BLANK });
  const viewer = new PDFViewer({
    container,
    viewer: viewerElement,
    eventBus,
    linkService,
    // pdf.js's own auto-linker would wrap URLs in the text layer too; Resolute links citations itself.
    enableAutoLinking: false,
    removePageBorders: false,
  });
  linkService.setViewer(viewer);

  const pagesReady = new Promise<void>((resolve) => {
    eventBus.on('pagesinit', () => {
      // Fit the page width, but not wider than a comfortable reading size.
      viewer.currentScaleValue = 'auto';
      resolve();
    }, { once: true });
  });
  viewer.setDocument(pdf);
  linkService.setDocument(pdf, null);

  const layerListeners = new Set<(layer: RenderedTextLayer) => void>();
  const onTextLayer = (event: { source: PageViewLike; pageNumber: number; error: unknown }) => {
    const layer = event.source.textLayer?.div;
    const page = event.source.pdfPage;
    if (event.error || !layer || !page) return;
    void page.getTextContent(TEXT_LAYER_PARAMS).then(
      (content) => {
        for (const listener of layerListeners) listener({ pageNumber: event.pageNumber, layer, items: content.items });
      },
      () => undefined, // the page was torn down meanwhile: it will be rendered (and linked) again
    );
  };
  eventBus.on('textlayerrendered', onTextLayer);

  const pageListeners = new Set<(page: number) => void>();
  const onPageChanging = ({ pageNumber }: { pageNumber: number }) => {
    for (const listener of pageListeners) listener(pageNumber);
  };
  eventBus.on('pagechanging', onPageChanging);

  const pageDivs = (): HTMLElement[] =>
    Array.from({ length: viewer.pagesCount }, (_, i) => (viewer.getPageView(i) as PageViewLike | undefined)?.div).filter(
      (div): div is HTMLElement => div !== undefined,
    );

  return {
    container,
    pagesReady,
    textLayers(onLayer, signal) {
      layerListeners.add(onLayer);
      signal.addEventListener('abort', () => layerListeners.delete(onLayer), { once: true });
    },
    layout() {
      const divs = pageDivs();
      return { tops: divs.map((div) => div.offsetTop), heights: divs.map((div) => div.offsetHeight) };
    },
    scale: () => viewer.currentScale,
    currentPage: () => viewer.currentPageNumber,
    onPageChange(listener) {
      pageListeners.add(listener);
    },
    goToPoint(page, x, y) {
      viewer.scrollPageIntoView({ pageNumber: page, destArray: [null, { name: 'XYZ' }, x, y, null], allowNegativeOffset: true });
    },
    goToPage(page) {
      viewer.currentPageNumber = Math.min(Math.max(1, page), viewer.pagesCount);
    },
    destroy() {
      eventBus.off('textlayerrendered', onTextLayer);
      eventBus.off('pagechanging', onPageChanging);
      layerListeners.clear();
      pageListeners.clear();
      viewer.cleanup();
      viewer.setDocument(null as unknown as PDFDocumentProxy);
    },
  };
}

/** The parts of pdf.js's PDFPageView the reader reads (its type is not exported as such). */
interface PageViewLike {
  div: HTMLElement;
  pdfPage?: { getTextContent(params: typeof TEXT_LAYER_PARAMS): Promise<{ items: object[] }> };
  textLayer?: { div: HTMLElement } | null;
}
