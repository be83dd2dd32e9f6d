/**
 * The pages of the PDF: pdf.js's viewer (continuous scrolling, canvas plus text layer) in the
 * reader's scroll container, and what the rest of the reader needs from it: rendered text layers
 * with their items (for the PDF surface), the pages' layout (for saving and restoring the scroll
 * position), the current page, and going to a place. pdf.js specifics stay in this file.
 */
import type { RenderedTextLayer, TextLayerSource } from '../../lib/surface/pdf-text-layer';
import type { PageLayout } from '../../lib/reader/history-entry';
import { pdfjsGlyphWidths, type GlyphWidths } from '../../lib/surface/glyph-advances';
import { loadViewerModule, type PDFDocumentProxy, type PdfViewerModule } from '../../components/extension/pdfjs';
import { pageTextContent } from './text-content-cache';
import { pageGlyphs } from './page-glyphs-cache';
import { removeCancelledRender } from '../../lib/surface/cancelled-text-render';
import { slowTextStreamForTests } from './slow-text-stream';
import type { PageGlyph } from '../../lib/surface/operator-glyphs';

/** pdf.js's own viewer objects, for the viewer's controls (find, zoom, pages, print) that build on them. */
export interface PdfjsViewer {
  viewer: InstanceType<PdfViewerModule['PDFViewer']>;
  eventBus: InstanceType<PdfViewerModule['EventBus']>;
  linkService: InstanceType<PdfViewerModule['PDFLinkService']>;
  module: PdfViewerModule;
  pdf: PDFDocumentProxy;
}

export interface PdfViewOptions {
  /** pdf.js's scale value to open at ('page-width', 'page-fit', 'page-actual', 'auto' or a number); default 'auto'. */
  initialScale?: string;
}

export interface PdfView {
  readonly container: HTMLDivElement;
  /** Rendered text layers as they come (for `pdfTextLayerSurface`). */
  readonly textLayers: TextLayerSource;
  /** Where pdf.js draws each glyph of page `pageNumber` (its operator list replayed), for placing marks on their glyphs. */
  glyphs(pageNumber: number): Promise<PageGlyph[]>;
  /** Calls `onLayer` with each page's annotation layer (the PDF's own links) as pdf.js renders it. */
  annotationLayers(onLayer: (layer: HTMLElement) => void, signal: AbortSignal): void;
  /** Resolves once every page has its place (the layout is known). */
  readonly pagesReady: Promise<void>;
  readonly pdfjs: PdfjsViewer;
  layout(): PageLayout;
  scale(): number;
  currentPage(): number;
  onPageChange(listener: (page: number) => void): void;
  /** Scrolls so that the point (x, y) of page `page`, in PDF units, is at the top. */
  goToPoint(page: number, x: number, y: number): void;
  goToPage(page: number): void;
  destroy(): void;
}

export async function createPdfView(
  container: HTMLDivElement,
  viewerElement: HTMLDivElement,
  pdf: PDFDocumentProxy,
  options: PdfViewOptions = {},
): Promise<PdfView> {
  const module = await loadViewerModule();
  const { EventBus, PDFLinkService, PDFViewer, LinkTarget } = module;
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
    eventBus.on(
      'pagesinit',
      () => {
        // 'auto': fit the page width, but not wider than a comfortable reading size.
        viewer.currentScaleValue = options.initialScale ?? 'auto';
        resolve();
      },
      { once: true },
    );
  });
  viewer.setDocument(pdf);
  linkService.setDocument(pdf, null);

  const layerListeners = new Set<(layer: RenderedTextLayer) => void>();
  const onTextLayer = (event: { source: PageViewLike; pageNumber: number; error: unknown }) => {
    const layer = event.source.textLayer?.div;
    const page = event.source.pdfPage;
    if (event.error || !layer || !page) return;
    // What `npm run bench -- reader` measures linking against (the linker marks `resolute:linked:N`).
    performance.mark(`resolute:text-layer:${event.pageNumber}`);
    void pageTextContent(pdf, event.pageNumber).then(
      (items) => {
        // Before anyone reads the layer: a zoom during its first render can leave a stale copy of part of the page in it.
        if (layer.dataset.resoluteRenderChecked !== '1') {
          layer.dataset.resoluteRenderChecked = '1';
          // Marked for tests: how often pdf.js left a stale render behind.
          if (removeCancelledRender(layer, items) > 0) performance.mark(`resolute:cancelled-render:${event.pageNumber}`);
        }
        const glyphWidths = (fontName: string) => fontWidths(page, fontName);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        const unitsAcross = page.rotate % 180 === 0 ? x1 - x0 : y1 - y0;
        for (const listener of layerListeners) listener({ pageNumber: event.pageNumber, layer, items, glyphWidths, unitsAcross });
      },
      () => undefined, // the page was torn down meanwhile: it will be rendered (and linked) again
    );
  };
  eventBus.on('textlayerrendered', onTextLayer);
  // Asked as pdf.js starts drawing the page, so the items are there when its text layer is.
  const onPageRender = ({ source, pageNumber }: { source: PageViewLike; pageNumber: number }) => {
    if (__RESOLUTE_TEST_HOOKS__ && source.pdfPage) slowTextStreamForTests(source.pdfPage);
    performance.mark(`resolute:page-render:${pageNumber}`);
    void pageTextContent(pdf, pageNumber).catch(() => undefined);
    void pageGlyphs(pdf, pageNumber).catch(() => undefined);
  };
  eventBus.on('pagerender', onPageRender);

  const annotationListeners = new Set<(layer: HTMLElement) => void>();
  const onAnnotationLayer = (event: { source: PageViewLike; error: unknown }) => {
    const layer = event.source.annotationLayer?.div;
    if (event.error || !layer) return;
    for (const listener of annotationListeners) listener(layer);
  };
  eventBus.on('annotationlayerrendered', onAnnotationLayer);

  const onPageRendered = ({ pageNumber }: { pageNumber: number }) => performance.mark(`resolute:page-rendered:${pageNumber}`);
  eventBus.on('pagerendered', onPageRendered);

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
    pdfjs: { viewer, eventBus, linkService, module, pdf },
    textLayers(onLayer, signal) {
      layerListeners.add(onLayer);
      signal.addEventListener('abort', () => layerListeners.delete(onLayer), { once: true });
    },
    glyphs: (pageNumber) => pageGlyphs(pdf, pageNumber),
    annotationLayers(onLayer, signal) {
      annotationListeners.add(onLayer);
      signal.addEventListener('abort', () => annotationListeners.delete(onLayer), { once: true });
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
      eventBus.off('annotationlayerrendered', onAnnotationLayer);
      eventBus.off('pagerendered', onPageRendered);
      eventBus.off('pagerender', onPageRender);
      annotationListeners.clear();
      eventBus.off('pagechanging', onPageChanging);
      layerListeners.clear();
      pageListeners.clear();
      viewer.cleanup();
      viewer.setDocument(null as unknown as PDFDocumentProxy);
    },
  };
}

/** A font's glyph widths, once pdf.js has loaded it for the page (the document is opened with `fontExtraProperties`). */
function fontWidths(page: NonNullable<PageViewLike['pdfPage']>, fontName: string): GlyphWidths | null {
  return page.commonObjs.has(fontName) ? pdfjsGlyphWidths(page.commonObjs.get(fontName)) : null;
}

/** The parts of pdf.js's PDFPageView the reader reads (its type is not exported as such). */
interface PageViewLike {
  div: HTMLElement;
  pdfPage?: {
    commonObjs: { has(id: string): boolean; get(id: string): unknown };
    view: number[];
    rotate: number;
    streamTextContent(params?: object): ReadableStream<{ items: unknown[] }>;
  };
  textLayer?: { div: HTMLElement } | null;
  annotationLayer?: { div: HTMLElement | null } | null;
}
