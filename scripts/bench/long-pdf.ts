/**
 * A long UN document for the reader bench, made from the bundled seed PDFs: their pages copied in
 * turn (real text layers, real fonts, real citation density) until the document has the pages
 * asked for. pdf-lib copies pages without re-encoding their content.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';

export const SEED_PDFS = ['a-res-76-186.ru.pdf', 'e-res-2022-14.ru.pdf', 'a-res-80-173.ru.pdf'].map(
  (name) => new URL(`../../assets/samples/${name}`, import.meta.url),
);

export function loadSeedPdfs(): Uint8Array[] {
  return SEED_PDFS.map((url) => new Uint8Array(readFileSync(url)));
}

/** A PDF of exactly `pageCount` pages: seed 1's pages, seed 2's, seed 3's, seed 1's again, … */
export async function makeLongPdf(seeds: readonly Uint8Array[], pageCount: number): Promise<Uint8Array> {
  if (seeds.length === 0) throw new Error('makeLongPdf: no seed PDF');
  const out = await PDFDocument.create();
  const sources = await Promise.all(seeds.map((bytes) => PDFDocument.load(bytes)));
  while (out.getPageCount() < pageCount) {
    for (const source of sources) {
      const wanted = Math.min(source.getPageCount(), pageCount - out.getPageCount());
      if (wanted <= 0) break;
      const pages = await out.copyPages(
        source,
        Array.from({ length: wanted }, (_, i) => i),
      );
      for (const page of pages) out.addPage(page);
    }
  }
  return out.save();
}
