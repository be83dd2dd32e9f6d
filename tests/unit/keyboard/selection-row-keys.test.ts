import { describe, expect, it } from 'vitest';
import { toolbarKeyTarget } from '../../../lib/keyboard/roving-keys';

/** The selection toolbar's row, read with the toolbar's rule. */
const indexAfterRowKey = (current: number, count: number, key: string, dir: 'ltr' | 'rtl') => toolbarKeyTarget(key, current, count, dir);

describe('arrow keys in a row of controls', () => {
  it('move forward with the arrow that points along the line: right in English, left in Arabic', () => {
    expect(indexAfterRowKey(0, 4, 'ArrowRight', 'ltr')).toBe(1);
    expect(indexAfterRowKey(0, 4, 'ArrowLeft', 'rtl')).toBe(1);
    expect(indexAfterRowKey(1, 4, 'ArrowLeft', 'ltr')).toBe(0);
    expect(indexAfterRowKey(1, 4, 'ArrowRight', 'rtl')).toBe(0);
  });

  it('wrap at both ends, and Home and End go to the ends whatever the direction', () => {
    expect(indexAfterRowKey(3, 4, 'ArrowRight', 'ltr')).toBe(0);
    expect(indexAfterRowKey(0, 4, 'ArrowRight', 'rtl')).toBe(3);
    expect(indexAfterRowKey(2, 4, 'Home', 'rtl')).toBe(0);
    expect(indexAfterRowKey(1, 4, 'End', 'ltr')).toBe(3);
  });

  it('leave every other key, and Up and Down, to the page', () => {
    expect(indexAfterRowKey(1, 4, 'ArrowDown', 'ltr')).toBeNull();
    expect(indexAfterRowKey(1, 4, 'ArrowUp', 'rtl')).toBeNull();
    expect(indexAfterRowKey(1, 4, 'a', 'ltr')).toBeNull();
    expect(indexAfterRowKey(0, 0, 'ArrowRight', 'ltr')).toBeNull();
  });
});
