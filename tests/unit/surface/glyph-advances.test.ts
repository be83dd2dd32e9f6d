/**
 * Where characters sit along a PDF text item, from the font's glyph widths (ADR 0020).
 */
import { describe, expect, it } from 'vitest';
import { glyphEdges, pdfjsGlyphWidths } from '../../../lib/surface/glyph-advances';

const widths: Record<string, number> = { a: 0.5, b: 1, ' ': 0.25 };
const widthOf = (char: string) => widths[char];
const item = (str: string, width: number) => ({ str, width, transform: [10, 0, 0, 10, 0, 0] });

describe('glyphEdges', () => {
  it('puts each character at its glyphs’ share of the item when the widths add up', () => {
    // a = 5, b = 10 units at size 10: 15 in all.
    expect(glyphEdges(item('ab', 15), widthOf)).toEqual([0, 5 / 15, 1]);
  });

  it('spreads what is left over a line without spaces over every character (character spacing)', () => {
    // 15 of glyphs, 5 more: 2.5 each.
    expect(glyphEdges(item('ab', 20), widthOf)).toEqual([0, 7.5 / 20, 1]);
  });

  it('gives half of what a justified line has left over to its spaces, half to every character', () => {
    // "a b": glyphs 5 + 2.5 + 10 = 17.5; 9 left: 4.5 to the one space, 1.5 to each of 3 characters.
    const edges = glyphEdges(item('a b', 26.5), widthOf)!;
    expect(edges.map((e) => Math.round(e * 26.5 * 100) / 100)).toEqual([0, 6.5, 15, 26.5]);
  });

  it('knows nothing of a line with right-to-left text, which is not laid out in string order', () => {
    const everyWidth = () => 0.5;
    // القرار 76/186, as letters and as the presentation forms older PDFs map their glyphs to.
    expect(glyphEdges(item('القرار 76/186', 65), everyWidth)).toBeNull();
    expect(glyphEdges(item('\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAE 76/186', 65), everyWidth)).toBeNull();
    expect(glyphEdges(item('see resolution 76/186', 105), everyWidth)).not.toBeNull();
  });

  it('knows nothing when a character’s width is unknown, or the item has no width', () => {
    expect(glyphEdges(item('ac', 15), widthOf)).toBeNull();
    expect(glyphEdges(item('ab', 0), widthOf)).toBeNull();
    expect(glyphEdges(item('', 10), widthOf)).toBeNull();
  });
});

describe('pdfjsGlyphWidths', () => {
  it('reads a pdf.js font object: width by text, in ems, a ligature shared by its letters', () => {
    const font = {
      widths: { 1: 500, 2: 1000, 3: 600 },
      toUnicode: { _map: [undefined, 'a', 'b', 'fi'] },
      fontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    };
    const read = pdfjsGlyphWidths(font)!;
    expect([read('a'), read('b'), read('f'), read('i'), read('z')]).toEqual([0.5, 1, 0.3, 0.3, undefined]);
  });

  it('is null for what is not such a font', () => {
    expect(pdfjsGlyphWidths(null)).toBeNull();
    expect(pdfjsGlyphWidths({ widths: {} })).toBeNull();
  });
});
