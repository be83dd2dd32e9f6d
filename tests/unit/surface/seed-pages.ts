/**
 * The seed PDFs' pages as the reader's text layer gets them: pdf.js text content with marked
 * content and without normalisation (the text layer's own request), read in node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfTextNormalizer } from '../../../lib/text/glyph-forms';
import type { PdfTextItem } from '../../../lib/text/pdf-lines';

export interface SeedPage {
  /** Every item, marked-content entries included. */
  raw: object[];
  /** Text items only. */
  items: PdfTextItem[];
}

export const SEED_PDFS = ['a-res-76-186.ru.pdf', 'e-res-2022-14.ru.pdf', 'a-res-80-173.ru.pdf'] as const;

export function seedBytes(name: string): Uint8Array {
  // A path, not a URL: under happy-dom `import.meta.url` is not a file URL.
  return new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures', name)));
}

export async function seedPages(name: string): Promise<SeedPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: seedBytes(name), verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false });
  try {
    const doc = await task.promise;
    const pages: SeedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      const raw = content.items as object[];
      pages.push({ raw, items: raw.filter((item): item is PdfTextItem => 'str' in item) });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** pdf.js's own normaliser with Arabic presentation forms folded, as the reader passes it. */
export async function pdfjsNormalize(): Promise<(s: string) => string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfTextNormalizer(pdfjs.normalizeUnicode);
}
