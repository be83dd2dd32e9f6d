/**
 * A text layer built the way pdf.js builds it: one `span[role=presentation]` per non-empty item,
 * `<br>` after end-of-line items, marked content as nested spans. Appended to the document.
 */
export function fakeTextLayer(raw: readonly object[]): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  let parent: HTMLElement = layer;
  for (const entry of raw) {
    const item = entry as { type?: string; str?: string; hasEOL?: boolean };
    if (item.str === undefined) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        const span = document.createElement('span');
        span.className = 'markedContent';
        parent.append(span);
        parent = span;
      } else if (item.type === 'endMarkedContent') {
        parent = parent.parentElement ?? layer;
      }
      continue;
    }
    const span = document.createElement('span');
    span.setAttribute('role', 'presentation');
    span.textContent = item.str;
    if (item.str !== '') parent.append(span);
    if (item.hasEOL) parent.append(document.createElement('br'));
  }
  document.body.append(layer);
  return layer;
}

/** The element as markup, to compare DOM states exactly (serialised, never parsed). */
export function markup(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}
