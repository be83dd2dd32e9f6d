/**
 * Where pdf.js draws each glyph of a page (`replayGlyphs` over the page's operator list), asked of
 * pdf.js's worker once per page and kept for the last pages asked for. The operator list is
 * pdf.js's public `page.getOperatorList()`; its fonts (`fontMatrix`, `vertical`) are the page's
 * `commonObjs`. Annotations are left out (`AnnotationMode.DISABLE`): only the page's own text is
 * placed, and the worker does less. Asked as pdf.js starts drawing a page, so that the answer is
 * mostly there when the text layer is (ADR 0020, `npm run bench -- reader`). A failure is not
 * kept: the next ask tries again (lib/reader/page-promise-cache.ts).
 */
import { pdfjsLib, type PDFDocumentProxy } from '../../components/extension/pdfjs';
import { createPagePromiseCache } from '../../lib/reader/page-promise-cache';
import { replayGlyphs, type FontFacts, type PageGlyph } from '../../lib/surface/operator-glyphs';

const KEPT_PAGES = 16;

const glyphsOfPages = createPagePromiseCache<PDFDocumentProxy, PageGlyph[]>(KEPT_PAGES);

/** The glyphs of page `pageNumber`, in drawing order, in PDF user space. */
export function pageGlyphs(pdf: PDFDocumentProxy, pageNumber: number): Promise<PageGlyph[]> {
  return glyphsOfPages.get(pdf, pageNumber, () =>
    pdf.getPage(pageNumber).then(async (page) => {
      const list = await page.getOperatorList({ annotationMode: pdfjsLib.AnnotationMode.DISABLE });
      const fontOf = (name: string): FontFacts | null => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontFacts) : null);
      return replayGlyphs(list, pdfjsLib.OPS, fontOf);
    }),
  );
}
