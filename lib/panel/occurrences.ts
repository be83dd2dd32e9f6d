/**
 * "Jump to the next / previous occurrence" of a cited document: which of its citations comes
 * next from where the reader last jumped, wrapping at either end so that pressing the same
 * control walks through all of them.
 */

/**
 * The index to jump to. `current` is the occurrence jumped to last (null before the first
 * jump: "next" then goes to the first, "previous" to the last).
 */
export function stepOccurrence(count: number, current: number | null, direction: 1 | -1): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
