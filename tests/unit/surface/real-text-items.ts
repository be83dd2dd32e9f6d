/**
 * Pages of the real UN PDFs as pdf.js gives them to the reader's text layer, kept as JSON by
 * `scripts/gen-text-items.ts`: the text items (marked content included), the glyph widths of their
 * fonts, the page text `scan` reads, and where pdf.js draws each glyph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfTextItem } from '../../../lib/text/pdf-lines';

export interface RealPage {
  file: string;
  page: number;
  scanText: string;
  /** Every item, marked-content entries included. */
  raw: object[];
  items: Array<PdfTextItem & { fontName: string }>;
  /** pdf.js's font objects, as far as `pdfjsGlyphWidths` reads them. */
  fonts: Record<string, { widths: Record<number, number>; toUnicode: { _map: string[] }; fontMatrix?: number[]; defaultWidth?: number }>;
  view: [number, number, number, number];
  glyphs: Array<{ char: string; left: number; right: number; baseline: number }>;
}

const DIR = join(import.meta.dirname, '../../fixtures/text-items');

interface Stored {
  file: string;
  pages: Array<{
    page: number;
    scanText: string;
    items: object[];
    fonts: Record<
      string,
      { toUnicode: Record<string, string>; widths: Record<string, number>; fontMatrix?: number[]; defaultWidth?: number }
    >;
    view: [number, number, number, number];
    glyphs: Array<[string, number, number, number]>;
  }>;
}

export function realPages(): RealPage[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const stored = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Stored;
      return stored.pages.map((page) => ({
        file: stored.file,
        page: page.page,
        scanText: page.scanText,
        raw: page.items,
        items: page.items.filter((item): item is PdfTextItem & { fontName: string } => 'str' in item),
        fonts: Object.fromEntries(
          Object.entries(page.fonts).map(([name, font]) => {
            // pdf.js keeps `toUnicode` as a sparse array indexed by character code.
            const map: string[] = [];
            for (const [code, unicode] of Object.entries(font.toUnicode)) map[Number(code)] = unicode;
            return [name, { ...font, toUnicode: { _map: map } }];
          }),
        ),
        view: page.view,
        glyphs: page.glyphs.map(([char, left, right, baseline]) => ({ char, left, right, baseline })),
      }));
    });
}

/** The language and symbol the reader would scan the file's pages with (from its name, as the tests open it). */
export function contextOf(file: string): { lang: 'en' | 'ru' | 'es'; pageSymbol: string } {
  const lang = file.split('.').at(-2) as 'en' | 'ru' | 'es';
  const symbols: Record<string, string> = {
    'A_RES_80_173.en.pdf': 'A/RES/80/173',
    'S_RES_2769(2025).en.pdf': 'S/RES/2769(2025)',
    'CEDAW_C_CAF_CO_6.ru.pdf': 'CEDAW/C/CAF/CO/6',
    'A_AC.292_2024_3.es.pdf': 'A/AC.292/2024/3',
    'S_PV.3756.en.pdf': 'S/PV.3756',
    'A_65_PV.71.en.pdf': 'A/65/PV.71',
    'E_CN.4_109.en.pdf': 'E/CN.4/109',
  };
  return { lang, pageSymbol: symbols[file]! };
}
