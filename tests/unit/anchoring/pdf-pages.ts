/**
 * The page texts of a PDF as the reader builds them: pdf.js's text items per page, joined into
 * lines by the project's own join (lib/text/pdf-lines.ts), one string per page.
 */
import { extractPdfText } from '../../../lib/text/pdf-text';

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return (await extractPdfText(bytes)).pageTexts;
}
