/**
 * Where pdf.js's canvas draws each glyph of a page, in PDF user space: the page's operator list
 * (`page.getOperatorList()`: the glyphs with their widths, and the text state operators) replayed
 * the way pdf.js's canvas graphics replay it (text and line matrices, character and word spacing,
 * horizontal scaling, rise, TJ adjustments, font direction, form matrices). The text content pdf.js
 * gives the text layer has only each item's start and width; inside an item, this is the only
 * exact answer to where a character is (ADR 0020).
 *
 * Pure: the operator list, pdf.js's `OPS` numbers and the fonts are handed in, so it runs in node
 * on real files' operator lists.
 */

/** One glyph: its text, and the start and end of its advance on the baseline (user space, y up). */
export interface PageGlyph {
  char: string;
  x: number;
  y: number;
  endX: number;
  endY: number;
}

/** The parts of pdf.js's operator list read here (`fnArray`, `argsArray`). */
export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** pdf.js's operator numbers (`pdfjsLib.OPS`) of the operators the replay follows. */
export type TextOps = Record<
  | 'save'
  | 'restore'
  | 'transform'
  | 'paintFormXObjectBegin'
  | 'paintFormXObjectEnd'
  | 'beginText'
  | 'setFont'
  | 'setGState'
  | 'setTextMatrix'
  | 'moveText'
  | 'setLeadingMoveText'
  | 'setLeading'
  | 'nextLine'
  | 'setCharSpacing'
  | 'setWordSpacing'
  | 'setHScale'
  | 'setTextRise'
  | 'showText',
  number
>;

/** What of a pdf.js font object (`page.commonObjs.get(name)`) the replay needs. */
export interface FontFacts {
  fontMatrix?: readonly number[];
  vertical?: boolean;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const FONT_MATRIX: readonly number[] = [0.001, 0, 0, 0.001, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

function numbers(value: unknown): number[] | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const list = Array.from(value as ArrayLike<unknown>);
  return list.every((n) => typeof n === 'number') ? list : null;
}

/** The text state as pdf.js's canvas keeps it (`current`): saved and restored with q/Q and forms. */
interface TextState {
  tm: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  size: number;
  direction: 1 | -1;
  fontMatrix: readonly number[];
  vertical: boolean;
  cs: number;
  ws: number;
  hs: number;
  leading: number;
  rise: number;
}

interface GlyphArg {
  unicode?: unknown;
  width?: unknown;
  isSpace?: unknown;
}

/** Every glyph the page's operator list shows, in drawing order (vertical fonts left out). */
export function replayGlyphs(list: OperatorListLike, ops: TextOps, fontOf: (name: string) => FontFacts | null): PageGlyph[] {
  const glyphs: PageGlyph[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Array<{ ctm: Matrix; ts: TextState }> = [];
  let ts: TextState = {
    tm: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    size: 0,
    direction: 1,
    fontMatrix: FONT_MATRIX,
    vertical: false,
    cs: 0,
    ws: 0,
    hs: 1,
    leading: 0,
    rise: 0,
  };
  const save = () => stack.push({ ctm, ts: { ...ts } });
  const restore = () => {
    const top = stack.pop();
    if (top !== undefined) ({ ctm, ts } = top);
  };
  const moveText = (x: number, y: number) => {
    ts.x = ts.lineX += x;
    ts.y = ts.lineY += y;
  };
  const setFont = (name: unknown, size: unknown) => {
    const font = typeof name === 'string' ? fontOf(name) : null;
    const s = typeof size === 'number' ? size : 0;
    ts.size = Math.abs(s);
    ts.direction = s < 0 ? -1 : 1;
    ts.fontMatrix = font?.fontMatrix ?? FONT_MATRIX;
    ts.vertical = font?.vertical === true;
  };
  const showText = (items: unknown) => {
    if (!Array.isArray(items) || ts.vertical || ts.size === 0) return;
    const hs = ts.hs * ts.direction;
    const m = multiply(multiply(multiply(ctm, ts.tm), [1, 0, 0, 1, ts.x, ts.y + ts.rise]), [hs, 0, 0, ts.direction > 0 ? -1 : 1, 0, 0]);
    const advanceScale = ts.size * (ts.fontMatrix[0] ?? 0.001);
    let x = 0;
    for (const glyph of items as Array<GlyphArg | number | null>) {
      if (glyph === null || glyph === undefined) continue;
      if (typeof glyph === 'number') {
        // A TJ adjustment, in thousandths of an em, against the writing direction.
        x -= (glyph * ts.size) / 1000;
        continue;
      }
      const width = (typeof glyph.width === 'number' ? glyph.width : 0) * advanceScale;
      const char = typeof glyph.unicode === 'string' ? glyph.unicode : '';
      if (char !== '') {
        glyphs.push({
          char,
          x: m[0] * x + m[4],
          y: m[1] * x + m[5],
          endX: m[0] * (x + width) + m[4],
          endY: m[1] * (x + width) + m[5],
        });
      }
      x += width + ((glyph.isSpace === true ? ts.ws : 0) + ts.cs) * ts.direction;
    }
    ts.x += x * hs;
  };

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case ops.save:
        save();
        break;
      case ops.restore:
        restore();
        break;
      case ops.transform: {
        const m = numbers(args.length === 1 ? args[0] : args);
        if (m !== null) ctm = multiply(ctm, m);
        break;
      }
      case ops.paintFormXObjectBegin: {
        save();
        const m = numbers(args[0]);
        if (m !== null) ctm = multiply(ctm, m);
        break;
      }
      case ops.paintFormXObjectEnd:
        restore();
        break;
      case ops.beginText:
        ts.tm = IDENTITY;
        ts.x = ts.lineX = ts.y = ts.lineY = 0;
        break;
      case ops.setFont:
        setFont(args[0], args[1]);
        break;
      case ops.setGState:
        // An ExtGState may set the font (its /Font entry), as pdf.js's canvas honours.
        for (const entry of Array.isArray(args[0]) ? (args[0] as unknown[]) : []) {
          if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1])) setFont(entry[1][0], entry[1][1]);
        }
        break;
      case ops.setTextMatrix: {
        const m = numbers(args.length === 1 ? args[0] : args);
        if (m !== null) ts.tm = multiply(IDENTITY, m);
        ts.x = ts.lineX = ts.y = ts.lineY = 0;
        break;
      }
      case ops.moveText:
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case ops.setLeadingMoveText:
        ts.leading = Number(args[1]) || 0;
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case ops.setLeading:
        ts.leading = -(Number(args[0]) || 0);
        break;
      case ops.nextLine:
        moveText(0, ts.leading);
        break;
      case ops.setCharSpacing:
        ts.cs = Number(args[0]) || 0;
        break;
      case ops.setWordSpacing:
        ts.ws = Number(args[0]) || 0;
        break;
      case ops.setHScale:
        ts.hs = (Number(args[0]) || 0) / 100;
        break;
      case ops.setTextRise:
        ts.rise = Number(args[0]) || 0;
        break;
      case ops.showText:
        showText(args[0]);
        break;
      default:
        break;
    }
  }
  return glyphs;
}
