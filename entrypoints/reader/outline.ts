/**
 * The document's outline (its bookmarks) as pdf.js reads it, reduced to what the sidebar shows:
 * titles and where each goes. A destination is followed by pdf.js's link service.
 */
import type { PDFDocumentProxy } from '../../components/extension/pdfjs';

import type { OutlineEntry } from '../../components/reader/viewer/viewer-model';

export type { OutlineEntry };

interface PdfOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: PdfOutlineNode[];
}

/** The outline, or null when the document has none (or it cannot be read). */
export async function readOutline(pdf: PDFDocumentProxy): Promise<OutlineEntry[] | null> {
  try {
    const outline = (await pdf.getOutline()) as PdfOutlineNode[] | null;
    if (!outline || outline.length === 0) return null;
    const convert = (node: PdfOutlineNode): OutlineEntry => ({
      // Titles come from the file: shown as text, with control characters and runs of space folded.
      title: node.title.replace(/[\s\p{Cc}]+/gu, ' ').trim() || '—',
      dest: node.dest ?? null,
      items: (node.items ?? []).map(convert),
    });
    return outline.map(convert);
  } catch {
    return null;
  }
}
