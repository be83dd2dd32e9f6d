/**
 * Where pdf.js draws each glyph of a page on the canvas, in PDF user space: pdf.js's operator list
 * (the glyphs with their widths, as the canvas draws them) replayed with the text state the way
 * pdf.js's canvas does (text and line matrices, character and word spacing, horizontal scaling,
 * rise, form matrices). The geometry test compares the reader's links with these boxes; nothing
 * here comes from the text layer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface Glyph {
  unicode: string;
  width: number;
  isSpace: boolean;
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
  const OPS = pdfjs.OPS;
  const out = new Map<number, PageGlyphs>();
  try {
    for (const number of pageNumbers) {
      const page = await doc.getPage(number);
      const list = await page.getOperatorList();
      const glyphs: GlyphBox[] = [];
      let ctm: Matrix = IDENTITY;
      const stack: Matrix[] = [];
      // The text state, as pdf.js's canvas keeps it (`current`): it is saved and restored with q/Q.
      let ts = {
        tm: IDENTITY,
        x: 0,
        y: 0,
        lineX: 0,
        lineY: 0,
        size: 0,
        fontMatrix: [0.001] as number[],
        cs: 0,
        ws: 0,
        hs: 1,
        leading: 0,
        rise: 0,
        vertical: false,
      };
      const textStack: Array<typeof ts> = [];
      const moveText = (x: number, y: number) => {
        ts.x = ts.lineX += x;
        ts.y = ts.lineY += y;
      };
      list.fnArray.forEach((fn, i) => {
        const args = list.argsArray[i] as unknown[];
        switch (fn) {
          case OPS.save:
            stack.push(ctm);
            textStack.push({ ...ts });
            break;
          case OPS.restore:
            ctm = stack.pop() ?? IDENTITY;
            ts = textStack.pop() ?? ts;
            break;
          case OPS.transform:
            ctm = multiply(ctm, args as number[]);
            break;
          case OPS.paintFormXObjectBegin:
            stack.push(ctm);
            textStack.push({ ...ts });
            if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
            break;
          case OPS.paintFormXObjectEnd:
            ctm = stack.pop() ?? IDENTITY;
            ts = textStack.pop() ?? ts;
            break;
          case OPS.beginText:
            ts.tm = IDENTITY;
            ts.x = ts.lineX = ts.y = ts.lineY = 0;
            break;
          case OPS.setFont: {
            const font = page.commonObjs.get(args[0] as string) as { fontMatrix?: number[]; vertical?: boolean };
            ts.size = Math.abs(args[1] as number);
            ts.fontMatrix = font.fontMatrix ?? [0.001];
            ts.vertical = font.vertical ?? false;
            break;
          }
          case OPS.setTextMatrix:
            ts.tm = Array.from((Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>) as Matrix;
            ts.x = ts.lineX = ts.y = ts.lineY = 0;
            break;
          case OPS.moveText:
            moveText(args[0] as number, args[1] as number);
            break;
          case OPS.setLeadingMoveText:
            ts.leading = args[1] as number;
            moveText(args[0] as number, args[1] as number);
            break;
          case OPS.setLeading:
            ts.leading = -(args[0] as number);
            break;
          case OPS.nextLine:
            moveText(0, ts.leading);
            break;
          case OPS.setCharSpacing:
            ts.cs = args[0] as number;
            break;
          case OPS.setWordSpacing:
            ts.ws = args[0] as number;
            break;
          case OPS.setHScale:
            ts.hs = (args[0] as number) / 100;
            break;
          case OPS.setTextRise:
            ts.rise = args[0] as number;
            break;
          case OPS.showText: {
            if (ts.vertical || ts.size === 0) break;
            const m = multiply(multiply(multiply(ctm, ts.tm), [1, 0, 0, 1, ts.x, ts.y + ts.rise]), [ts.hs, 0, 0, -1, 0, 0]);
            const advanceScale = ts.size * (ts.fontMatrix[0] ?? 0.001);
            let x = 0;
            for (const glyph of args[0] as Array<Glyph | number | null>) {
              if (glyph === null) continue;
              if (typeof glyph === 'number') {
                x += (-glyph * ts.size) / 1000;
                continue;
              }
              const width = glyph.width * advanceScale;
              const [left, baseline] = apply(m, x, 0);
              const [right] = apply(m, x + width, 0);
              if (glyph.unicode !== '')
                glyphs.push({ char: glyph.unicode, left: Math.min(left, right), right: Math.max(left, right), baseline });
              x += width + (glyph.isSpace ? ts.ws : 0) + ts.cs;
            }
            ts.x += x * ts.hs;
            break;
          }
          default:
            break;
        }
      });
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
