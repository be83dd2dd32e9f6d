import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/popover/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };

describe('card placement', () => {
  it('goes below the citation when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({ left: 100, top: 126, side: 'below' });
  });
  it('flips above near the bottom edge', () => {
    expect(placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport)).toMatchObject({ side: 'above', top: 394 });
  });
  it('shifts left to stay inside the right edge, and right of the left edge', () => {
    expect(placeCard({ left: 900, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(592);
    expect(placeCard({ left: -30, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(8);
  });
  it('right to left (Arabic interface), lines its right edge up with the citation’s, still inside the viewport', () => {
    expect(placeCard({ left: 600, top: 100, width: 80, height: 20 }, card, viewport, 'rtl').left).toBe(280);
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport, 'rtl').left).toBe(8);
    expect(placeCard({ left: 600, top: 100, width: 80, height: 20 }, card, viewport, 'ltr').left).toBe(592);
  });
});
