import { describe, expect, it } from 'vitest';
import { parseZoomMemory, parseZoomValue, recallZoom, rememberZoom } from '../../../lib/reader/zoom-memory';

describe('zoom memory', () => {
  it('accepts pdf.js preset names and scales within bounds', () => {
    expect(parseZoomValue('page-width')).toBe('page-width');
    expect(parseZoomValue('1.5')).toBe(1.5);
    expect(parseZoomValue(2)).toBe(2);
    expect(parseZoomValue('huge')).toBeNull();
    expect(parseZoomValue(50)).toBeNull();
    expect(parseZoomValue('')).toBeNull();
  });

  it('remembers per document, most recent first, and forgets the oldest beyond the limit', () => {
    let memory = rememberZoom([], 'A/RES/79/1 en', 'page-fit');
    memory = rememberZoom(memory, 'A/RES/80/173 en', 2);
    memory = rememberZoom(memory, 'A/RES/79/1 en', 1.25);
    expect(recallZoom(memory, 'A/RES/79/1 en')).toBe(1.25);
    expect(memory.map(([key]) => key)).toEqual(['A/RES/79/1 en', 'A/RES/80/173 en']);
    expect(rememberZoom(memory, 'third', 1, 2).map(([key]) => key)).toEqual(['third', 'A/RES/79/1 en']);
    expect(recallZoom(memory, 'unknown')).toBeNull();
  });

  it('reads back what it stored and drops anything malformed', () => {
    const stored = JSON.stringify(rememberZoom([], 'doc', 'page-width'));
    expect(parseZoomMemory(stored)).toEqual([['doc', 'page-width']]);
    expect(parseZoomMemory('{oops')).toEqual([]);
    expect(
      parseZoomMemory(
        JSON.stringify([
          ['a', 'nonsense'],
          [3, 1],
          ['b', 0.5],
        ]),
      ),
    ).toEqual([['b', 0.5]]);
    expect(parseZoomMemory(null)).toEqual([]);
  });
});
