/**
 * Where the arrow keys move the focus in a menu and in a toolbar, as the WAI-ARIA Authoring
 * Practices' menu button and toolbar patterns say: ArrowDown/ArrowUp (a menu) or ArrowRight/
 * ArrowLeft (a toolbar) to the next or previous item, wrapping at the ends; Home and End to the
 * first and last. In a right-to-left toolbar the next item is on the left, so ArrowLeft goes to it.
 * Pure: the hooks in components/controls/ apply these answers to the DOM.
 */

import type { TextDirection } from '../i18n/interface-locale';

export type { TextDirection };

/** The index to focus among `count` items after `key` from `current` (-1: none focused), or null when the key is not the menu's. */
export function menuKeyTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The same for a horizontal toolbar laid out in `dir`: the visual arrows, mirrored right to left. */
export function toolbarKeyTarget(key: string, current: number, count: number, dir: TextDirection): number | null {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return menuKeyTarget('ArrowDown', current, count);
  if (key === backward) return menuKeyTarget('ArrowUp', current, count);
  if (key === 'Home' || key === 'End') return menuKeyTarget(key, current, count);
  return null;
}

export interface FieldCaret {
  selectionStart: number | null;
  selectionEnd: number | null;
  length: number;
}

/**
 * Whether `key` leaves a text field in a toolbar rather than moving its caret: only a Left/Right
 * arrow with the caret collapsed at the edge it points past (the end, going to the next item;
 * the start, going back). Home, End and every other key stay the field's own.
 */
export function arrowLeavesField(key: string, caret: FieldCaret, dir: TextDirection): boolean {
  const { selectionStart: start, selectionEnd: end, length } = caret;
  if (start === null || end === null || start !== end) return false;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return end === length;
  if (key === backward) return start === 0;
  return false;
}
