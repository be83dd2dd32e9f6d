/**
 * A document citing 200 others, for the citation panel's bench: 160 General Assembly and 40
 * Security Council resolutions, each cited three times, 30 citations a page, as plain English
 * lines ("Recalling its resolution 61/101,") that the engine reads like a real preamble. Made as
 * page texts (for the pure model) and as a PDF with a real text layer (for the reader).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const CITED = 200;
export const TIMES = 3;
const PER_PAGE = 30;

/** The n-th cited resolution, as written and as its canonical symbol. */
function cited(n: number): { written: string; symbol: string } {
  if (n < 160) {
    const session = 50 + (n % 30);
    const number = 100 + n;
    return { written: `its resolution ${session}/${number}`, symbol: `A/RES/${session}/${number}` };
  }
  const number = 2000 + n;
  return { written: `Security Council resolution ${number} (2011)`, symbol: `S/RES/${number}(2011)` };
}

/** The symbols cited, in order of first citation. */
export const CITED_SYMBOLS: readonly string[] = Array.from({ length: CITED }, (_, n) => cited(n).symbol);

/** Each page's lines: every document once per round, rounds one after the other. */
export function panelBenchPages(): string[][] {
  const lines: string[] = [];
  for (let round = 0; round < TIMES; round++) {
    for (let n = 0; n < CITED; n++) lines.push(`Recalling ${cited(n).written},`);
  }
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += PER_PAGE) pages.push(lines.slice(i, i + PER_PAGE));
  pages[0]!.unshift('The General Assembly,');
  return pages;
}

export async function panelBenchPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of panelBenchPages()) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 780 - i * 22, size: 11, font }));
  }
  return pdf.save();
}
