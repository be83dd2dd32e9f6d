/**
 * Another PDF layout of the same text, made with pdf-lib: other page size, font size and margins,
 * so lines wrap elsewhere and page breaks fall elsewhere, each page with a running header and a
 * footer. pdf-lib's standard fonts only encode Latin text (WinAnsi), so the text must be Latin.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface Layout {
  pageWidth: number;
  pageHeight: number;
  fontSize: number;
  margin: number;
  header: string;
}

export async function layOut(paragraphs: readonly string[], layout: Layout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const { pageWidth, pageHeight, fontSize, margin } = layout;
  const lineHeight = fontSize * 1.4;
  const width = pageWidth - 2 * margin;
  let page = pdf.addPage([pageWidth, pageHeight]);
  let pageNumber = 1;
  let y = 0;
  const newPage = () => {
    page = pageNumber === 1 && y === 0 ? page : pdf.addPage([pageWidth, pageHeight]);
    if (y !== 0) pageNumber++;
    page.drawText(layout.header, { x: margin, y: pageHeight - margin / 2, size: fontSize * 0.8, font });
    page.drawText(`${pageNumber}`, { x: pageWidth / 2, y: margin / 2, size: fontSize * 0.8, font });
    y = pageHeight - margin;
  };
  newPage();
  for (const paragraph of paragraphs) {
    let line = '';
    const flush = () => {
      if (y < margin + lineHeight) newPage();
      page.drawText(line, { x: margin, y, size: fontSize, font });
      y -= lineHeight;
      line = '';
    };
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && font.widthOfTextAtSize(candidate, fontSize) > width) {
        flush();
        line = word;
      } else line = candidate;
    }
    if (line !== '') flush();
    y -= lineHeight / 2;
  }
  return pdf.save();
}
