import { describe, expect, it } from 'vitest';
import { joinPageItems, joinPages, type PdfTextItem } from '../../../lib/text/pdf-lines';

/** An item at (x, y) in a 10-point font, 5 units per character wide. */
function item(str: string, x: number, y: number, hasEOL = false, size = 10): PdfTextItem {
  return { str, hasEOL, transform: [size, 0, 0, size, x, y], width: str.length * (size / 2), height: size };
}

describe('joinPageItems', () => {
  it('glues items that touch (a word split at a font change)', () => {
    expect(joinPageItems([item('резолю', 0, 700), item('ции', 30, 700)])).toBe('резолюции');
  });

  it('puts a space between items on one line only when there is a gap', () => {
    expect(joinPageItems([item('resolution', 0, 700), item('64/293', 55, 700)])).toBe('resolution 64/293');
    expect(joinPageItems([item('resolution', 0, 700), item('64/293', 51, 700)])).toBe('resolution64/293');
  });

  it('does not double a space the items already carry', () => {
    expect(joinPageItems([item('resolution ', 0, 700), item(' ', 55, 700), item('64/293', 80, 700)])).toBe('resolution 64/293');
  });

  it('breaks the line where pdf.js marks the end of a line', () => {
    expect(joinPageItems([item('first line', 0, 700, true), item('second', 0, 685)])).toBe('first line\nsecond');
  });

  it('breaks the line where the baseline moves, even without the mark', () => {
    expect(joinPageItems([item('A/RES/', 0, 700), item('76/186', 0, 685)])).toBe('A/RES/\n76/186');
  });

  it('keeps a raised footnote marker on its line', () => {
    expect(joinPageItems([item('людьми', 0, 700), item('2', 30, 703, false, 6), item(',', 33, 700)])).toBe('людьми2,');
  });

  it('makes one line break of an end-of-line mark followed by empty marker items', () => {
    const items = [item('a', 0, 700, true), item('', 0, 685, true), item(' ', 0, 685), item('b', 10, 685)];
    expect(joinPageItems(items)).toBe('a\nb');
  });

  it('drops spaces at the ends of lines and of the page', () => {
    expect(joinPageItems([item('  a ', 0, 700, true), item('b   ', 0, 685), item(' ', 20, 685)])).toBe('a\nb');
  });

  it('separates a jump back to the left on the same baseline (another column)', () => {
    expect(joinPageItems([item('right', 300, 700), item('left', 0, 700)])).toBe('right left');
  });

  it('gives nothing for a page without text', () => {
    expect(joinPageItems([])).toBe('');
    expect(joinPageItems([item('', 0, 0, true), item(' ', 0, 0)])).toBe('');
  });
});

describe('joinPages', () => {
  it('separates pages by a blank line and leaves out pages without text', () => {
    expect(joinPages(['one', '', 'two'])).toBe('one\n\ntwo');
  });
});
