import { describe, expect, it } from 'vitest';
import { itemStarts, matchStretches } from '../../../lib/reader/find-segments';

// pdf.js's find offsets count the items' strings end to end, without the line breaks it searched.
const items = [{ str: 'General ' }, { str: 'Assembly' }, { str: '' }, { str: 'resolution 79/1' }];

describe('matchStretches', () => {
  const starts = itemStarts(items);

  it('places each item where its string starts', () => {
    expect(starts).toEqual([0, 8, 16, 16]);
  });

  it('gives the part of one item a match covers', () => {
    expect(matchStretches(items, starts, 10, 3)).toEqual([{ item: 1, start: 2, end: 5 }]);
  });

  it('splits a match across items and leaves out empty items', () => {
    // "Assemblyresolution" runs from 8 to 26.
    expect(matchStretches(items, starts, 8, 18)).toEqual([
      { item: 1, start: 0, end: 8 },
      { item: 3, start: 0, end: 10 },
    ]);
  });

  it('finds a match at the very start and at the very end', () => {
    expect(matchStretches(items, starts, 0, 7)).toEqual([{ item: 0, start: 0, end: 7 }]);
    expect(matchStretches(items, starts, 27, 4)).toEqual([{ item: 3, start: 11, end: 15 }]);
  });

  it('gives nothing for a match past the text', () => {
    expect(matchStretches(items, starts, 40, 2)).toEqual([]);
  });
});
