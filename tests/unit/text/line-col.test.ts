import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../lib/text/line-col';

describe('LineIndex', () => {
  const text = 'ab\nрезолюция 1/2\n\n𝐀x';
  const index = new LineIndex(text);

  it('gives 1-based lines and columns', () => {
    expect(index.at(0)).toEqual({ line: 1, col: 1 });
    expect(index.at(2)).toEqual({ line: 1, col: 3 });
    expect(index.at(3)).toEqual({ line: 2, col: 1 });
    expect(index.at(text.indexOf('1/2'))).toEqual({ line: 2, col: 11 });
    expect(index.at(text.indexOf('\n\n') + 1)).toEqual({ line: 3, col: 1 });
  });

  it('counts a character outside the BMP as one column', () => {
    expect(index.at(text.indexOf('x'))).toEqual({ line: 4, col: 2 });
  });
});
