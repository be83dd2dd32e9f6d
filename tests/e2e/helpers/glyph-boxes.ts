/**
 * Where pdf.js draws each glyph of a page on the canvas, in PDF user space: pdf.js's operator list
 * (the glyphs with their widths, as the canvas draws them), read in node from the file itself and
 * replayed with the text state the way pdf.js's canvas does (`lib/surface/operator-glyphs.ts`,
 * checked against pdf.js's own text-content extents in tests/unit/surface/operator-glyphs.test.ts).
 * The geometry test compares the reader's links and highlights on screen with these boxes; nothing
 * here comes from the reader's text layer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { replayGlyphs, type FontFacts, type TextOps } from '../../../lib/surface/operator-glyphs';

export interface GlyphBox {
  /** The glyph's text (pdf.js's `unicode`). */
  char: string;
  /** Left and right along the baseline, and the baseline's height, in PDF user space (y up). */
  left: number;
  right: number;
  baseline: number;
}

export interface PageGlyphs {
  /** The page's view box `[x0, y0, x1, y1]`. */
  view: number[];
  glyphs: GlyphBox[];
}

/** The glyphs of pages `pageNumbers` of the PDF file `path`. */
export async function glyphBoxes(path: string, pageNumbers: readonly number[]): Promise<Map<number, PageGlyphs>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(path)),
    verbosity: 0,
    disableFontFace: true,
    isEvalSupported: false,
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  }).promise;
  const out = new Map<number, PageGlyphs>();
  try {
    for (const number of pageNumbers) {
      const page = await doc.getPage(number);
      const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const fontOf = (name: string) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontFacts) : null);
      const glyphs: GlyphBox[] = replayGlyphs(list, pdfjs.OPS as unknown as TextOps, fontOf).map((g) => ({
        char: g.char,
        left: Math.min(g.x, g.endX),
        right: Math.max(g.x, g.endX),
        baseline: g.y,
      }));
      out.set(number, { view: [...page.view], glyphs });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/**
 * The glyphs that show `text` (spaces ignored) nearest to the point (x, baseline), or null:
 * a text can occur more than once on a page.
 */
export function glyphRunFor(page: PageGlyphs, text: string, x: number, baseline: number): GlyphBox[] | null {
  const wanted = [...text.replace(/\s+/g, '')];
  const glyphs = page.glyphs.filter((g) => g.char.trim() !== '');
  let best: GlyphBox[] | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i + wanted.length <= glyphs.length; i++) {
    let ok = true;
    let k = 0;
    let j = i;
    // A glyph may show several characters (a ligature).
    while (k < wanted.length && j < glyphs.length) {
      const chars = [...glyphs[j]!.char.normalize('NFKC')];
      if (wanted.slice(k, k + chars.length).join('') !== chars.join('')) {
        ok = false;
        break;
      }
      k += chars.length;
      j++;
    }
    if (!ok || k !== wanted.length) continue;
    const run = glyphs.slice(i, j);
    const distance = Math.abs(run[0]!.left - x) + Math.abs(run[0]!.baseline - baseline);
    if (distance < bestDistance) {
      best = run;
      bestDistance = distance;
    }
  }
  return best;
}
