/**
 * Where pdf.js draws each glyph of a page (`replayGlyphs` over the page's operator list), asked of
 * pdf.js's worker once per page and kept for the last pages asked for. The operator list is
 * pdf.js's public `page.getOperatorList()`; its fonts (`fontMatrix`, `vertical`) are the page's
 * `commonObjs`. Annotations are left out (`AnnotationMode.DISABLE`): only the page's own text is
 * placed, and the worker does less. Asked as pdf.js starts drawing a page, so that the answer is
 * mostly there when the text layer is (ADR 0020, `npm run bench -- reader`).
 */
import { pdfjsLib, type PDFDocumentProxy } from '../../components/extension/pdfjs';
import { replayGlyphs, type FontFacts, type PageGlyph } from '../../lib/surface/operator-glyphs';

const KEPT_PAGES = 16;

const caches = new WeakMap<PDFDocumentProxy, Map<number, Promise<PageGlyph[]>>>();

/** The glyphs of page `pageNumber`, in drawing order, in PDF user space. */
export function pageGlyphs(pdf: PDFDocumentProxy, pageNumber: number): Promise<PageGlyph[]> {
  let cache = caches.get(pdf);
  if (cache === undefined) caches.set(pdf, (cache = new Map<number, Promise<PageGlyph[]>>()));
  const known = cache.get(pageNumber);
  if (known !== undefined) {
    cache.delete(pageNumber);
    cache.set(pageNumber, known);
    return known;
  }
  const glyphs = pdf.getPage(pageNumber).then(async (page) => {
    const list = await page.getOperatorList({ annotationMode: pdfjsLib.AnnotationMode.DISABLE });
    const fontOf = (name: string): FontFacts | null => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontFacts) : null);
    return replayGlyphs(list, pdfjsLib.OPS, fontOf);
  });
  // A failure is not kept: the next ask tries again.
  glyphs.catch(() => cache.delete(pageNumber));
  cache.set(pageNumber, glyphs);
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT_PAGES) break;
    cache.delete(oldest);
  }
  return glyphs;
}
