/**
 * Turns the bytes of one file into the text the engine scans: raw text for `.txt`/`.md` (offsets
 * then index the file itself), extracted text for HTML and PDF. Anything that is not a readable
 * document becomes a `SourceError` with a one-line reason.
 */

import { extractHtmlText, type DocumentLink, type DomDocument } from '../text/html-text';
import { isMissingDocumentPlaceholder } from '../masthead/placeholder';
import { extractPdfText, PdfTextError, type PdfText, type PdfTextOptions } from '../text/pdf-text';
import { decodeHtml, decodeUtf8Text, NotTextError } from './decode-text';
import { SUPPORTED_EXTENSIONS, type SourceFormat } from './file-name';

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

const MISSING_DOCUMENT = "not a document: the UN's placeholder page for a document that does not exist (in this language)";

export interface LoadedSource {
  format: SourceFormat;
  text: string;
  /** Links to UN document sites (HTML only). */
  links: DocumentLink[];
  /** The language the file declares (`<html lang>`), if any. */
  declaredLang: string | null;
  /** A PDF's first page, where its masthead is (null for other formats). */
  firstPage: string | null;
}

export interface SourceReaders {
  /** Parses an HTML string into a document (linkedom in node). */
  parseHtml(html: string): DomDocument;
  pdf?: PdfTextOptions;
}

export async function loadSource(
  format: SourceFormat | null,
  extension: string,
  bytes: Uint8Array,
  readers: SourceReaders,
): Promise<LoadedSource> {
  switch (format) {
    case 'text':
      return { format, text: asText(() => decodeUtf8Text(bytes)), links: [], declaredLang: null, firstPage: null };
    case 'html': {
      const html = asText(() => decodeHtml(bytes));
      const { text, links, lang } = extractHtmlText(readers.parseHtml(html));
      return { format, text, links, declaredLang: lang, firstPage: null };
    }
    case 'pdf': {
      const pdf = await pdfText(bytes, readers.pdf);
      return { format, text: pdf.text, links: [], declaredLang: null, firstPage: pdf.pageTexts[0] ?? '' };
    }
    case null: {
      const what = extension === '' ? 'a file without an extension' : `".${extension}" files`;
      throw new SourceError(`cannot scan ${what} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
    }
  }
}

function asText(decode: () => string): string {
  try {
    return decode();
  } catch (error) {
    if (error instanceof NotTextError) throw new SourceError(error.message);
    throw error;
  }
}

async function pdfText(bytes: Uint8Array, options: PdfTextOptions | undefined): Promise<PdfText> {
  try {
    const pdf = await extractPdfText(bytes, options);
    if (!pdf.hasText) throw new PdfTextError('no-text');
    if (isMissingDocumentPlaceholder(pdf.pages, pdf.pageTexts[0] ?? '')) throw new SourceError(MISSING_DOCUMENT);
    return pdf;
  } catch (error) {
    if (error instanceof PdfTextError) throw new SourceError(error.message);
    throw error;
  }
}
