/**
 * Where the card goes: below the citation, flipped above when it does not fit below but fits
 * above, and shifted sideways to stay inside the viewport (a margin from each edge). Its start
 * edge lines up with the citation's: the left edge in a left-to-right interface, the right edge
 * in a right-to-left one (Arabic), where the eye starts reading.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl' = 'ltr',
  gap = 6,
  margin = 8,
): Placement {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - card.height;
  const fitsBelow = below + card.height <= viewport.height - margin;
  const fitsAbove = above >= margin;
  const side = !fitsBelow && fitsAbove ? 'above' : 'below';
  let top = side === 'below' ? below : above;
  // Taller than both sides allow: keep its top on screen and let it scroll inside.
  top = Math.max(margin, Math.min(top, viewport.height - margin - Math.min(card.height, viewport.height - 2 * margin)));
  const maxLeft = Math.max(margin, viewport.width - margin - card.width);
  const start = dir === 'rtl' ? anchor.left + anchor.width - card.width : anchor.left;
  const left = Math.min(Math.max(start, margin), maxLeft);
  return { left, top, side };
}
