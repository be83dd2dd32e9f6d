/**
 * The page texts of a PDF as the reader builds them: pdf.js's text items per page, joined into
 * lines by the project's own join (lib/text/pdf-lines.ts), one string per page.
 */
import { joinPageItems, type PdfTextItem } from '../../../lib/text/pdf-lines';

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      // Marked-content markers have no `str`: only text items are joined.
      const items = (content.items as readonly object[]).filter((item): item is PdfTextItem => 'str' in item);
      pages.push(joinPageItems(items));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
