/**
 * The operator-list replay (lib/surface/operator-glyphs.ts): the text state arithmetic of pdf.js's
 * canvas on a hand-made operator list, and on real UN PDFs' own operator lists (read here by
 * pdf.js in node) checked against what pdf.js's text extraction computes on its own: every text
 * item's start and width.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { itemCharBoxes, type GlyphItem } from '../../../lib/surface/item-glyphs';
import { replayGlyphs, type FontFacts, type PageGlyph, type TextOps } from '../../../lib/surface/operator-glyphs';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const OPS = pdfjs.OPS as unknown as TextOps;

const glyph = (unicode: string, width: number) => ({ unicode, width, isSpace: unicode === ' ' });

/** An operator list from [operator, args] pairs. */
function list(...ops: Array<[keyof TextOps, unknown[]]>) {
  return { fnArray: ops.map(([op]) => OPS[op]), argsArray: ops.map(([, args]) => args) };
}

const FONTS: Record<string, FontFacts> = { F1: { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] } };
const fontOf = (name: string) => FONTS[name] ?? null;
const round = (glyphs: PageGlyph[]) =>
  glyphs.map((g) => [g.char, +g.x.toFixed(3), +g.y.toFixed(3), +g.endX.toFixed(3), +g.endY.toFixed(3)]);

describe('replayGlyphs: the text state as pdf.js’s canvas applies it', () => {
  it('advances by width, character spacing, word spacing (on spaces only) and TJ adjustments', () => {
    const glyphs = replayGlyphs(
      list(
        ['beginText', []],
        ['setFont', ['F1', 10]],
        ['setCharSpacing', [1]],
        ['setWordSpacing', [3]],
        ['setTextMatrix', [[1, 0, 0, 1, 100, 700]]],
        ['showText', [[glyph('a', 500), glyph(' ', 250), glyph('b', 500), -200, glyph('c', 500)]]],
      ),
      OPS,
      fontOf,
    );
    // a: 5 wide, then 1 (Tc); space: 2.5 + 1 + 3 (Tw); b: 5 + 1; TJ -200 moves 2 along; c.
    expect(round(glyphs)).toEqual([
      ['a', 100, 700, 105, 700],
      [' ', 106, 700, 108.5, 700],
      ['b', 112.5, 700, 117.5, 700],
      ['c', 120.5, 700, 125.5, 700],
    ]);
  });

  it('applies horizontal scaling, rise, the text and line matrices, cm, and forgets what Q restores', () => {
    const glyphs = replayGlyphs(
      list(
        ['save', []],
        ['transform', [2, 0, 0, 2, 10, 20]],
        ['beginText', []],
        ['setFont', ['F1', 10]],
        ['setHScale', [50]],
        ['setTextRise', [3]],
        ['moveText', [5, 6]],
        ['showText', [[glyph('a', 1000), glyph('b', 1000)]]],
        ['setLeading', [-12]],
        ['nextLine', []],
        ['showText', [[glyph('c', 1000)]]],
        ['restore', []],
        ['beginText', []],
        ['setFont', ['F1', 10]],
        ['showText', [[glyph('d', 1000)]]],
      ),
      OPS,
      fontOf,
    );
    // Inside cm [2 0 0 2 10 20]: a at (5, 6+3) → (20, 38), 10 × 0.5 wide → 10 on the page.
    expect(round(glyphs)).toEqual([
      ['a', 20, 38, 30, 38],
      ['b', 30, 38, 40, 38],
      // T* goes down the leading from the line's start (5, 6), not from where b ended.
      ['c', 20, 62, 30, 62],
      ['d', 0, 0, 10, 0],
    ]);
  });

  it('follows a form’s matrix, an ExtGState’s font, a Type3 font matrix and a negative font size', () => {
    FONTS.T3 = { fontMatrix: [0.01, 0, 0, 0.01, 0, 0] };
    const glyphs = replayGlyphs(
      list(
        [
          'paintFormXObjectBegin',
          [
            [1, 0, 0, 1, 50, 0],
            [0, 0, 100, 100],
          ],
        ],
        ['beginText', []],
        ['setGState', [[['Font', ['T3', 2]]]]],
        ['showText', [[glyph('x', 100)]]],
        ['paintFormXObjectEnd', []],
        ['beginText', []],
        ['setFont', ['F1', -10]],
        ['showText', [[glyph('y', 500)]]],
      ),
      OPS,
      fontOf,
    );
    // T3: 100 × 0.01 × 2 = 2 wide, moved 50 by the form; size −10 draws right to left, mirrored.
    expect(round(glyphs)).toEqual([
      ['x', 50, 0, 52, 0],
      ['y', 0, 0, -5, 0],
    ]);
  });

  it('leaves out vertical fonts and glyphs with no text, still moving past the latter', () => {
    FONTS.V = { vertical: true };
    const glyphs = replayGlyphs(
      list(
        ['beginText', []],
        ['setFont', ['F1', 10]],
        ['showText', [[glyph('', 500), glyph('a', 500)]]],
        ['setFont', ['V', 10]],
        ['showText', [[glyph('v', 500)]]],
      ),
      OPS,
      fontOf,
    );
    expect(round(glyphs)).toEqual([['a', 5, 0, 10, 0]]);
  });
});

describe('itemCharBoxes: each character of an item on its glyphs', () => {
  const g = (char: string, x: number, endX: number, y = 0): PageGlyph => ({ char, x, y, endX, endY: y });
  const item = (str: string, x: number, width: number, y = 0): GlyphItem => ({ str, width, transform: [10, 0, 0, 10, x, y] });

  it('puts a citation inside a longer item where its glyphs are, and spans a space pdf.js added over the gap', () => {
    // "see 76/186": the glyphs have a gap (no space glyph) where pdf.js put a space.
    const glyphs = [g('s', 0, 4), g('e', 4, 9), g('e', 9, 14), g('7', 20, 25), g('6', 25, 30), g('/', 30, 33)];
    const [boxes] = itemCharBoxes([item('see 76/', 0, 33)], glyphs);
    expect(boxes!.left.map((x) => +(x * 33).toFixed(3))).toEqual([0, 4, 9, 14, 20, 25, 30]);
    expect(boxes!.right.map((x) => +(x * 33).toFixed(3))).toEqual([4, 9, 14, 20, 25, 30, 33]);
  });

  it('shares a ligature glyph out over its characters, and gives the low half of a surrogate pair no width', () => {
    const [lig, astral] = itemCharBoxes(
      [item('ﬁx', 0, 12), item('a😀', 0, 20, 50)],
      [g('ﬁ', 0, 8), g('x', 8, 12), g('a', 0, 10, 50), g('😀', 10, 20, 50)],
    );
    expect(lig!.right.map((x) => x * 12)).toEqual([8, 12]);
    expect(astral!.left.map((x) => x * 20)).toEqual([0, 10, 20]);
    expect(astral!.right.map((x) => x * 20)).toEqual([10, 20, 20]);
  });

  it('finds an item near its own origin when the glyphs run on elsewhere (a line drawn twice for bold)', () => {
    const glyphs = [g('a', 0, 5), g('b', 5, 10), g('a', 0.3, 5.3), g('b', 5.3, 10.3), g('c', 0, 5, 20)];
    const boxes = itemCharBoxes([item('ab', 0, 10), item('c', 0, 5, 20)], glyphs);
    expect(boxes.map((b) => b?.left[0])).toEqual([0, 0]);
  });

  it('gives null for text it cannot find on its line, and for right-to-left items', () => {
    const glyphs = [g('a', 0, 5), g('b', 100, 105, 300)];
    expect(itemCharBoxes([item('ab', 0, 10), { ...item('a', 0, 5), dir: 'rtl' }], glyphs)).toEqual([null, null]);
  });
});

/** Real UN PDFs: Word (en, ru, es), Distiller 1993, a 2007 verbatim record, an OCR'd scan. */
const REAL: ReadonlyArray<{ file: string; pages: number }> = [
  { file: 'A_RES_80_173.en.pdf', pages: 4 },
  { file: 'CEDAW_C_CAF_CO_6.ru.pdf', pages: 4 },
  { file: 'A_AC.292_2024_3.es.pdf', pages: 3 },
  { file: 'S_PV.3756.en.pdf', pages: 4 },
  { file: 'A_65_PV.71.en.pdf', pages: 3 },
  { file: 'E_CN.4_109.en.pdf', pages: 1 },
  { file: 'S_RES_2769(2025).en.pdf', pages: 3 },
];

describe('on real UN PDFs’ operator lists', () => {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  for (const { file, pages } of REAL) {
    it(`${file}: every text item is found on its glyphs, which start and end where pdf.js’s text content says`, async () => {
      const path = fileURLToPath(new URL(`../../fixtures/un-pdfs/${file}`, import.meta.url));
      const doc = await pdfjs.getDocument({
        data: new Uint8Array(readFileSync(path)),
        verbosity: 0,
        isEvalSupported: false,
        cMapUrl: join(root, 'cmaps') + '/',
        cMapPacked: true,
        standardFontDataUrl: join(root, 'standard_fonts') + '/',
      }).promise;
      let items = 0;
      let worst = 0;
      const missing: string[] = [];
      try {
        for (let n = 1; n <= pages; n++) {
          const page = await doc.getPage(n);
          const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
          const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
          const glyphs = replayGlyphs(list, OPS, (name) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontFacts) : null));
          const textItems = (content.items as object[]).filter((i): i is GlyphItem => 'str' in i);
          itemCharBoxes(textItems, glyphs).forEach((boxes, i) => {
            const { str, width } = textItems[i]!;
            if (str.trim() === '') return;
            items++;
            if (boxes === null) return void missing.push(`p${n}: ${str}`);
            // Where the item's text starts and ends with a glyph, the glyphs say the same as the text content.
            if (str[0]!.trim() !== '') worst = Math.max(worst, Math.abs(boxes.left[0]! * width));
            if (str[str.length - 1]!.trim() !== '') worst = Math.max(worst, Math.abs((1 - boxes.right[str.length - 1]!) * width));
          });
        }
      } finally {
        await doc.destroy();
      }
      expect(missing).toEqual([]);
      expect(items).toBeGreaterThan(20);
      // In points: a hundredth of a point is far below a pixel at any zoom the reader offers.
      expect(worst).toBeLessThan(0.01);
    });
  }
});
