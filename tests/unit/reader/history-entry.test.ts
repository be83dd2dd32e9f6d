import { describe, expect, it } from 'vitest';
import { positionAt, readHistoryState, scrollTopFor, STATE_KEY, writeHistoryState } from '../../../lib/reader/history-entry';

const layout = { tops: [10, 1030, 2050], heights: [1000, 1000, 1000] };

describe('the history entry', () => {
  it('writes its part of the state beside what others keep there, and reads it back', () => {
    const state = writeHistoryState({ other: 1 }, { trailIndex: 2, position: { page: 2, fraction: 0.5, scrollTop: 1530, scale: 1.25 } });
    expect(state.other).toBe(1);
    expect(readHistoryState(structuredClone(state))).toEqual({
      trailIndex: 2,
      position: { page: 2, fraction: 0.5, scrollTop: 1530, scale: 1.25 },
    });
  });

  it('treats anything else as a new entry', () => {
    expect(readHistoryState(null)).toBeNull();
    expect(readHistoryState({ [STATE_KEY]: { trailIndex: -1 } })).toBeNull();
    expect(readHistoryState({ [STATE_KEY]: { trailIndex: 1.5 } })).toBeNull();
    expect(readHistoryState({ [STATE_KEY]: { trailIndex: 1, position: { page: 0 } } })).toEqual({ trailIndex: 1 });
  });

  it('says which page the view is on, and how far down it', () => {
    expect(positionAt(0, layout, 1)).toEqual({ page: 1, fraction: 0, scrollTop: 0, scale: 1 });
    expect(positionAt(1530, layout, 1)).toEqual({ page: 2, fraction: 0.5, scrollTop: 1530, scale: 1 });
    expect(positionAt(2050, layout, 1).page).toBe(3);
    expect(positionAt(1020, layout, 1)).toMatchObject({ page: 1, fraction: 1 });
  });

  it('restores the exact offset at the same scale, the same place on the page at another', () => {
    const saved = positionAt(1530, layout, 1);
    expect(scrollTopFor(saved, layout, 1)).toBe(1530);
    const bigger = { tops: [10, 1530, 3050], heights: [1500, 1500, 1500] };
    expect(scrollTopFor(saved, bigger, 1.5)).toBe(1530 + 750);
    expect(scrollTopFor({ ...saved, page: 9 }, bigger, 1.5)).toBe(3050 + 750);
  });
});
