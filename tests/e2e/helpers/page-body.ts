/**
 * A web page's body before Resolute runs on it and after it was switched off, for the tests that
 * check that switching a site off leaves the page exactly as it was: the same serialisation and
 * the very same Text objects (not copies of them), and none of Resolute's style elements.
 */
import type { Page } from 'playwright-core';

/** Records the body as it is now (its Text objects are kept in the page); returns its serialisation. */
export function recordBody(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) texts.push(n as Text);
    (window as unknown as { __texts: Text[] }).__texts = texts;
    return new XMLSerializer().serializeToString(document.body);
  });
}

/** The body now, against what `recordBody` recorded. */
export function bodySinceRecord(page: Page): Promise<{ html: string; sameTexts: boolean; styles: number }> {
  return page.evaluate(() => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) texts.push(n as Text);
    const old = (window as unknown as { __texts: Text[] }).__texts;
    return {
      html: new XMLSerializer().serializeToString(document.body),
      sameTexts: texts.length === old.length && texts.every((t, i) => t === old[i]),
      styles: document.querySelectorAll('style[data-resolute]').length,
    };
  });
}
