/**
 * What the reader keeps in its history entries (`history.state`): the entry's index in the trail
 * and where the reader was in the document. The browser gives the state back on Back, Forward
 * and reload; the reader's own scroll container is not restored by the browser, so the position
 * is saved here (on scroll, throttled, and before leaving) and restored after the PDF loads.
 *
 * The position is a page and a fraction of it, plus the exact `scrollTop` and the scale it was
 * taken at: at the same scale the exact offset is restored, at another (the window was resized)
 * the same place on the same page.
 */

export interface ScrollPosition {
  /** 1-based page at the top of the view. */
  page: number;
  /** How far down that page the top of the view was, 0…1. */
  fraction: number;
  scrollTop: number;
  /** The viewer's scale when saved. */
  scale: number;
}

export interface ReaderHistoryState {
  trailIndex: number;
  position?: ScrollPosition;
}

/** Other code may share `history.state`; the reader's part lives under this key. */
export const STATE_KEY = 'resoluteReader';

/** The reader's part of a history state, or null when there is none (a new entry). */
export function readHistoryState(state: unknown): ReaderHistoryState | null {
  if (typeof state !== 'object' || state === null) return null;
  const own = (state as Record<string, unknown>)[STATE_KEY];
  if (typeof own !== 'object' || own === null) return null;
  const { trailIndex, position } = own as Record<string, unknown>;
  if (typeof trailIndex !== 'number' || !Number.isInteger(trailIndex) || trailIndex < 0) return null;
  const result: ReaderHistoryState = { trailIndex };
  const parsed = readPosition(position);
  if (parsed !== null) result.position = parsed;
  return result;
}

/** `state` with the reader's part replaced (other keys kept). */
export function writeHistoryState(state: unknown, own: ReaderHistoryState): Record<string, unknown> {
  const base = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return { ...base, [STATE_KEY]: own };
}

function readPosition(value: unknown): ScrollPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { page, fraction, scrollTop, scale } = value as Record<string, unknown>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  if (!finite(page) || !Number.isInteger(page) || page < 1) return null;
  if (!finite(fraction) || fraction < 0 || fraction > 1) return null;
  if (!finite(scrollTop) || scrollTop < 0 || !finite(scale) || scale <= 0) return null;
  return { page, fraction, scrollTop, scale };
}

/** Top of each page in the scroll container, in order (`offsetTop` of the page elements). */
export interface PageLayout {
  tops: readonly number[];
  heights: readonly number[];
}

/** Where the view is, from the container's `scrollTop` and the pages' layout. */
export function positionAt(scrollTop: number, layout: PageLayout, scale: number): ScrollPosition {
  const { tops, heights } = layout;
  // The last page whose top is at or above the view's top.
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (tops[mid]! <= scrollTop) low = mid;
    else high = mid - 1;
  }
  const height = heights[low] ?? 0;
  const into = scrollTop - (tops[low] ?? 0);
  const fraction = height > 0 ? Math.min(1, Math.max(0, into / height)) : 0;
  return { page: low + 1, fraction, scrollTop: Math.max(0, scrollTop), scale };
}

/** The `scrollTop` that shows `position` again. */
export function scrollTopFor(position: ScrollPosition, layout: PageLayout, scale: number): number {
  if (Math.abs(scale - position.scale) < 1e-6) return position.scrollTop;
  const index = Math.min(position.page, layout.tops.length) - 1;
  if (index < 0) return 0;
  return (layout.tops[index] ?? 0) + position.fraction * (layout.heights[index] ?? 0);
}
