import { describe, expect, it } from 'vitest';
import { arrowLeavesField, menuKeyTarget, toolbarKeyTarget } from '../../../lib/keyboard/roving-keys';

describe('menuKeyTarget: the arrows of a menu (WAI-ARIA menu button)', () => {
  it('ArrowDown and ArrowUp go to the next and previous item, wrapping at the ends', () => {
    expect(menuKeyTarget('ArrowDown', 0, 3)).toBe(1);
    expect(menuKeyTarget('ArrowDown', 2, 3)).toBe(0);
    expect(menuKeyTarget('ArrowUp', 1, 3)).toBe(0);
    expect(menuKeyTarget('ArrowUp', 0, 3)).toBe(2);
  });

  it('from no item, ArrowDown goes to the first and ArrowUp to the last', () => {
    expect(menuKeyTarget('ArrowDown', -1, 3)).toBe(0);
    expect(menuKeyTarget('ArrowUp', -1, 3)).toBe(2);
  });

  it('Home and End go to the first and last item', () => {
    expect(menuKeyTarget('Home', 2, 4)).toBe(0);
    expect(menuKeyTarget('End', 0, 4)).toBe(3);
  });

  it('answers null for keys that are not the menu’s, and for an empty menu', () => {
    expect(menuKeyTarget('ArrowLeft', 0, 3)).toBeNull();
    expect(menuKeyTarget('Enter', 0, 3)).toBeNull();
    expect(menuKeyTarget('ArrowDown', -1, 0)).toBeNull();
  });
});

describe('toolbarKeyTarget: the arrows of a toolbar, mirrored right to left', () => {
  it('left to right: ArrowRight is the next control, ArrowLeft the previous, wrapping', () => {
    expect(toolbarKeyTarget('ArrowRight', 0, 5, 'ltr')).toBe(1);
    expect(toolbarKeyTarget('ArrowRight', 4, 5, 'ltr')).toBe(0);
    expect(toolbarKeyTarget('ArrowLeft', 0, 5, 'ltr')).toBe(4);
  });

  it('right to left (Arabic): ArrowLeft is the next control, as it is the one on the left', () => {
    expect(toolbarKeyTarget('ArrowLeft', 0, 5, 'rtl')).toBe(1);
    expect(toolbarKeyTarget('ArrowRight', 1, 5, 'rtl')).toBe(0);
    expect(toolbarKeyTarget('ArrowRight', 0, 5, 'rtl')).toBe(4);
  });

  it('Home and End in either direction; ArrowUp and ArrowDown are not the toolbar’s', () => {
    expect(toolbarKeyTarget('Home', 3, 5, 'rtl')).toBe(0);
    expect(toolbarKeyTarget('End', 1, 5, 'ltr')).toBe(4);
    expect(toolbarKeyTarget('ArrowDown', 1, 5, 'ltr')).toBeNull();
    expect(toolbarKeyTarget('ArrowUp', 1, 5, 'rtl')).toBeNull();
  });
});

describe('arrowLeavesField: a text field in a toolbar keeps its caret moves', () => {
  const caret = (start: number, end: number, length = 2) => ({ selectionStart: start, selectionEnd: end, length });

  it('leaves only with the caret at the edge the arrow points past', () => {
    expect(arrowLeavesField('ArrowRight', caret(2, 2), 'ltr')).toBe(true);
    expect(arrowLeavesField('ArrowRight', caret(1, 1), 'ltr')).toBe(false);
    expect(arrowLeavesField('ArrowLeft', caret(0, 0), 'ltr')).toBe(true);
    expect(arrowLeavesField('ArrowLeft', caret(2, 2), 'ltr')).toBe(false);
  });

  it('right to left, ArrowLeft moves towards the end', () => {
    expect(arrowLeavesField('ArrowLeft', caret(2, 2), 'rtl')).toBe(true);
    expect(arrowLeavesField('ArrowRight', caret(0, 0), 'rtl')).toBe(true);
    expect(arrowLeavesField('ArrowRight', caret(2, 2), 'rtl')).toBe(false);
  });

  it('a selection (the page box selects its number on focus) is the field’s to collapse first', () => {
    expect(arrowLeavesField('ArrowRight', caret(0, 2), 'ltr')).toBe(false);
    expect(arrowLeavesField('ArrowLeft', caret(0, 2), 'ltr')).toBe(false);
  });

  it('Home, End and the other keys always stay the field’s', () => {
    expect(arrowLeavesField('Home', caret(0, 0), 'ltr')).toBe(false);
    expect(arrowLeavesField('End', caret(2, 2), 'ltr')).toBe(false);
    expect(arrowLeavesField('ArrowUp', caret(2, 2), 'ltr')).toBe(false);
  });

  it('a field without a caret (a type that has none) never leaves by arrows', () => {
    expect(arrowLeavesField('ArrowRight', { selectionStart: null, selectionEnd: null, length: 0 }, 'ltr')).toBe(false);
  });
});
