/**
 * A reader's selection as offsets in the document's text (DocumentText), whatever surface shows
 * it: each end is located in the block that holds it (`TextBlock.offsetAt`). An end outside every
 * block (a page's margin, the gap between pages) snaps to the nearest block text in the
 * selection's direction, so dragging from one page onto the next still marks what was covered.
 * Blank characters at either end are left out: a highlight starts and ends on text.
 */
import type { TextBlock } from '../surface/surface';

export interface DomPoint {
  node: Node;
  offset: number;
}

/** A rendered block and where it starts in the DocumentText. */
export interface PlacedBlock {
  block: TextBlock;
  start: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without a window's Node.

/** [start, end) in the document's text, or null when the selection covers no text of any block. */
export function documentRangeOf(
  from: DomPoint,
  to: DomPoint,
  blocks: readonly PlacedBlock[],
  documentText: string,
): { start: number; end: number } | null {
  const ordered = [...blocks].sort((a, b) => a.start - b.start);
  const start = locate(from, ordered, 'start');
  const end = locate(to, ordered, 'end');
  if (start === null || end === null) return null;
  let s = Math.min(start, end);
  let e = Math.max(start, end);
  while (s < e && /\s/.test(documentText[s]!)) s++;
  while (e > s && /\s/.test(documentText[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

function locate(point: DomPoint, blocks: readonly PlacedBlock[], side: 'start' | 'end'): number | null {
  // Blocks may nest (a web page's <div> with text of its own around <p>s): the innermost holds the point.
  const holder = blocks
    .filter(({ block }) => block.root.contains(point.node))
    .reduce<PlacedBlock | undefined>((inner, b) => (inner === undefined || inner.block.root.contains(b.block.root) ? b : inner), undefined);
  if (holder !== undefined) {
    const offset = holder.block.offsetAt(point.node, point.offset);
    return offset === null ? null : holder.start + offset;
  }
  // Outside every block: the start snaps to the next block's beginning, the end to the previous block's end.
  if (side === 'start') {
    const next = blocks.find(({ block }) => isAfter(block.root, point));
    return next === undefined ? null : next.start;
  }
  const previous = [...blocks].reverse().find(({ block }) => !isAfter(block.root, point));
  return previous === undefined ? null : previous.start + previous.block.text.length;
}

/** Whether `element` comes after the boundary point (it does not contain it). */
function isAfter(element: Element, point: DomPoint): boolean {
  const child = point.node.childNodes[point.offset];
  if (child !== undefined)
    return child === element || child.contains(element) || (child.compareDocumentPosition(element) & FOLLOWING) !== 0;
  return (point.node.compareDocumentPosition(element) & FOLLOWING) !== 0 && !point.node.contains(element);
}
