/**
 * Regenerates tests/fixtures/text-items/*.json: for chosen pages of the real UN PDFs, pdf.js's text
 * items exactly as the reader's text layer asks for them (marked content included, no
 * normalisation), the glyph widths of each font those items use (pdf.js `fontExtraProperties`),
 * the page text `scan` reads, and where pdf.js draws each glyph (its operator list, see
 * tests/e2e/helpers/glyph-boxes.ts). The unit tests of the text-layer mapping read these, so they
 * need neither the PDFs' parsing nor a browser. Run: `npx tsx scripts/gen-text-items.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPdfText } from '../lib/text/pdf-text';
import { glyphBoxes } from '../tests/e2e/helpers/glyph-boxes';

const PDFS = fileURLToPath(new URL('../tests/fixtures/un-pdfs/', import.meta.url));
const OUT = fileURLToPath(new URL('../tests/fixtures/text-items/', import.meta.url));

/** Pages that show what real files do: link annotations over citations, tagged content, old Distiller output, OCR, Cyrillic, Spanish. */
const CHOSEN: ReadonlyArray<{ file: string; pages: number[] }> = [
  { file: 'A_RES_80_173.en.pdf', pages: [1, 2] },
  { file: 'S_RES_2769(2025).en.pdf', pages: [1] },
  { file: 'CEDAW_C_CAF_CO_6.ru.pdf', pages: [1] },
  { file: 'A_AC.292_2024_3.es.pdf', pages: [1] },
  { file: 'S_PV.3756.en.pdf', pages: [2] },
  { file: 'A_65_PV.71.en.pdf', pages: [2] },
  { file: 'E_CN.4_109.en.pdf', pages: [1] },
];

const round = (n: number) => Math.round(n * 1e4) / 1e4;
const round2 = (n: number) => Math.round(n * 100) / 100;

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
for (const { file, pages } of CHOSEN) {
  const bytes = new Uint8Array(readFileSync(join(PDFS, file)));
  const scanned = await extractPdfText(bytes);
  const glyphs = await glyphBoxes(join(PDFS, file), pages);
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    fontExtraProperties: true,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  const out = [];
  for (const number of pages) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
    await page.getOperatorList();
    const fonts: Record<string, unknown> = {};
    for (const item of content.items as Array<{ fontName?: string; str?: string }>) {
      if (item.fontName === undefined || fonts[item.fontName] !== undefined) continue;
      const font = page.commonObjs.get(item.fontName) as {
        widths?: Record<number, number>;
        toUnicode?: { _map?: string[] };
        fontMatrix?: number[];
        defaultWidth?: number;
      };
      // Only the codes that show something, as objects (pdf.js's arrays are sparse; the test rebuilds them).
      const toUnicode: Record<number, string> = {};
      const widths: Record<number, number> = {};
      (font.toUnicode?._map ?? []).forEach((unicode, code) => {
        if (typeof unicode !== 'string') return;
        toUnicode[code] = unicode;
        const w = font.widths?.[code];
        if (typeof w === 'number') widths[code] = round(w);
      });
      fonts[item.fontName] = { toUnicode, widths, fontMatrix: font.fontMatrix, defaultWidth: font.defaultWidth };
    }
    const items = (content.items as Array<Record<string, unknown>>).map((item) =>
      'str' in item
        ? {
            str: item.str,
            dir: item.dir,
            hasEOL: item.hasEOL,
            width: round(item.width as number),
            height: round(item.height as number),
            transform: (item.transform as number[]).map(round),
            fontName: item.fontName,
          }
        : item,
    );
    const pageGlyphs = glyphs.get(number)!;
    out.push({
      page: number,
      scanText: scanned.pageTexts[number - 1],
      items,
      fonts,
      view: pageGlyphs.view,
      glyphs: pageGlyphs.glyphs.map((g) => [g.char, round2(g.left), round2(g.right), round2(g.baseline)]),
    });
  }
  await doc.destroy();
  const name = file.replace(/\.pdf$/, '.json');
  writeFileSync(join(OUT, name), JSON.stringify({ file, pages: out }) + '\n');
  console.log(name);
}
