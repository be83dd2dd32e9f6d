/**
 * The text of a PDF, read with pdf.js's legacy build (the one that runs in node as well as in
 * browsers), normalised by pdf.js and with Arabic presentation forms folded to their letters. Failures a reader can act on get their own reason: a password-protected file, a file
 * that is not a readable PDF, a PDF without a text layer (a scan).
 */

import { foldGlyphForms } from './glyph-forms';
import { joinPageItems, joinPages, type PdfTextItem } from './pdf-lines';

export interface PdfText {
  /** Lines joined by "\n", pages by "\n\n" (pages without text are left out). */
  text: string;
  pages: number;
  /** Each page's text, lines joined by "\n" ("" for a page without text): what the reader has per page. */
  pageTexts: string[];
  /** False when no page has any text: an image-only (scanned) PDF. */
  hasText: boolean;
}

export type PdfFailure = 'encrypted' | 'corrupt' | 'no-text';

const FAILURE_MESSAGES: Record<PdfFailure, string> = {
  encrypted: 'the PDF is password-protected',
  corrupt: 'not a readable PDF',
  'no-text': 'the PDF has no text layer (a scanned or image-only PDF; OCR it first)',
};

export class PdfTextError extends Error {
  readonly reason: PdfFailure;

  constructor(reason: PdfFailure, detail?: string) {
    super(detail ? `${FAILURE_MESSAGES[reason]}: ${detail}` : FAILURE_MESSAGES[reason]);
    this.name = 'PdfTextError';
    this.reason = reason;
  }
}

export interface PdfTextOptions {
  /** Where pdf.js finds its CMaps (needed for some CJK fonts that are not embedded). */
  cMapUrl?: string;
  /** Where pdf.js finds the standard 14 fonts' data. */
  standardFontDataUrl?: string;
}

/** pdf.js exception names, as thrown by `getDocument` for a file it cannot open. */
const CORRUPT_ERRORS = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'ResponseException']);

/**
 * Extracts the text of a PDF. Throws `PdfTextError` (`encrypted`, `corrupt`); an image-only PDF
 * is not an error here (`hasText: false`), since a caller may still want its page count.
 */
export async function extractPdfText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
  });
  try {
    const doc = await task.promise;
    const pageTexts: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pageTexts.push(joinPageItems(textItems(content)));
      page.cleanup();
    }
    const text = joinPages(pageTexts);
    return { text, pages: doc.numPages, pageTexts, hasText: text.trim() !== '' };
  } catch (error) {
    throw asPdfTextError(error);
  } finally {
    await task.destroy();
  }
}

/**
 * Text items only (pdf.js mixes in marked-content markers, which have no `str`), Arabic
 * presentation forms folded item by item, as the reader folds the items it draws.
 */
function textItems(content: { items: readonly object[] }): PdfTextItem[] {
  return content.items
    .filter((item): item is PdfTextItem => 'str' in item)
    .map((item) => {
      const str = foldGlyphForms(item.str);
      return str === item.str ? item : { ...item, str };
    });
}

function asPdfTextError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === 'PasswordException') return new PdfTextError('encrypted');
  if (CORRUPT_ERRORS.has(error.name)) return new PdfTextError('corrupt', error.message);
  return error;
}
