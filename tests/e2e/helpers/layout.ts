/**
 * Text that does not fit its box: an element whose content is wider than the element itself
 * (a long Russian or Spanish label running out of its button, a word clipped at a card's edge),
 * unless the element cuts it on purpose with an ellipsis and says it in full elsewhere (its
 * `title` or accessible name). Returns a short description of each, to show in a failing test.
 */
import type { Page } from 'playwright-core';

export function overflowingText(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const roots = [...document.querySelectorAll(selector)];
    const visit = (root: Element | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot !== null) visit(element.shadowRoot);
        if (element.clientWidth === 0 || element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || element.closest('[aria-hidden="true"], .visually-hidden') !== null) continue;
        // Scroll areas (lists, the viewer's pages) and text boxes scroll by design.
        if (['auto', 'scroll'].includes(style.overflowX) || element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
          continue;
        if (element.scrollWidth <= element.clientWidth + 1) continue;
        const cut = style.textOverflow === 'ellipsis' && (element.title !== '' || element.closest('[title], [aria-label]') !== null);
        if (cut) continue;
        // Only where text itself is what runs over (not a child box placed outside on purpose).
        const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
        if (!text) continue;
        found.push(
          `${element.tagName.toLowerCase()}.${element.className}: "${element.textContent.trim().slice(0, 60)}" ${element.scrollWidth} > ${element.clientWidth}`,
        );
      }
    };
    for (const root of roots) {
      visit(root);
      if (root.shadowRoot !== null) visit(root.shadowRoot);
    }
    return found;
  }, within);
}
