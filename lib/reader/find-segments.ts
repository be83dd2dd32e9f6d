/**
 * Where pdf.js's find matches fall in a page's text items. PDFFindController searches a page's
 * text as it joins it (each item's `str`, with "\n" after an item that ends a line), normalised,
 * and maps each match back to an offset and a length in the items' strings laid end to end: the
 * line breaks it added count for nothing there (pdf.js's TextHighlighter reads them so too). The
 * reader draws matches over the text layer's spans (one per non-empty item), so each match
 * becomes stretches of items: (item, start, end).
 */

/** What the find controller reads of a text item. */
export interface FindTextItem {
  str: string;
}

export interface ItemStretch {
  /** Index among the page's text items (marked-content entries left out). */
  item: number;
  start: number;
  end: number;
}

/** The offset at which each item's `str` starts in the items' strings laid end to end. */
export function itemStarts(items: readonly FindTextItem[]): number[] {
  const starts: number[] = [];
  let position = 0;
  for (const item of items) {
    starts.push(position);
    position += item.str.length;
  }
  return starts;
}

/** The stretches of items that show [offset, offset + length) of the strings end to end, in order. */
export function matchStretches(items: readonly FindTextItem[], starts: readonly number[], offset: number, length: number): ItemStretch[] {
  const end = offset + length;
  const stretches: ItemStretch[] = [];
  for (let item = lastStartAtOrBefore(starts, offset); item < items.length && starts[item]! < end; item++) {
    const from = Math.max(offset, starts[item]!) - starts[item]!;
    const to = Math.min(end, starts[item]! + items[item]!.str.length) - starts[item]!;
    if (to > from) stretches.push({ item, start: from, end: to });
  }
  return stretches;
}

/** The last item whose start is at or before `offset` (0 when none): a binary search. */
function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
