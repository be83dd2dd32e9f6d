/**
 * Opens the document at a citation's pinpoint: finds its heading or paragraph in the scanned page
 * texts (lib/reader/pinpoint.ts), then scrolls so that line is at the top of the view.
 */
import type { UnLang } from '../../lib/citations/types';
import { findPinpoint } from '../../lib/reader/pinpoint';
import { pdfPageText } from '../../lib/surface/pdf-page-text';
import { pageItems } from './load-document';
import type { PdfView } from './pdf-view';
import { normalizePdfText, type PDFDocumentProxy } from '../../components/extension/pdfjs';

/** Breathing room above the line, in font heights. */
const MARGIN_LINES = 1.5;

/** True when the pinpoint was found (completely or in part) and shown. */
export async function goToPinpoint(
  view: PdfView,
  pdf: PDFDocumentProxy,
  pages: readonly string[],
  pinpoint: string,
  lang: UnLang,
): Promise<boolean> {
  const hit = findPinpoint(pages, pinpoint, lang);
  if (hit === null) return false;
  const items = await pageItems(pdf, hit.page);
  const item = items[pdfPageText(items, normalizePdfText).itemAt(hit.offset) ?? -1];
  if (item === undefined) {
    view.goToPage(hit.page);
    return true;
  }
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  const fontHeight = Math.hypot(c, d) || item.height;
  view.goToPoint(hit.page, x, y + fontHeight * MARGIN_LINES);
  return true;
}
