import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../../../lib/format/aligned-table';

describe('formatTable', () => {
  it('pads each column to its widest cell and trims the line end', () => {
    expect(
      formatTable([
        ['a', 'bb', ''],
        ['ccc', 'd', ''],
      ]),
    ).toEqual(['a    bb', 'ccc  d']);
  });

  it('aligns right, indents and uses the given gap', () => {
    expect(
      formatTable(
        [
          ['1', 'x'],
          ['100', 'y'],
        ],
        { align: ['right'], indent: '> ', gap: ' | ' },
      ),
    ).toEqual(['>   1 | x', '> 100 | y']);
  });

  it('aligns by display width: wide CJK characters take two columns', () => {
    const lines = formatTable([
      ['第76/181号决议', 'GA'],
      ['resolution 1/1', 'GA'],
    ]);
    expect(lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf('GA'))))).toEqual([16, 16]);
  });
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['резолюция', 9],
    ['决议', 4],
    ['７６／１８１', 12],
    ['e\u0301', 1],
    ['a\u00ad', 1],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
