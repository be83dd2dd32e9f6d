/**
 * Arrow keys in a row of controls (a toolbar), read in the row's direction: in a right-to-left
 * interface the control after the current one is on its left, so ArrowLeft moves forward. Home and
 * End go to the row's ends. Up and Down are left to the page (a horizontal toolbar, as in WAI-ARIA).
 */
import type { TextDirection } from './interface-locale';

/** The index a key leads to in a row of `count` controls (wrapping), or null for any other key. */
export function indexAfterRowKey(current: number, count: number, key: string, dir: TextDirection): number | null {
  if (count === 0) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (current + 1) % count;
    case back:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
