/** Selecting text as a reader's drag would, for the browser tests (on web pages and in the reader). */
import type { Page } from 'playwright-core';

export interface SelectTextOptions {
  /** Where to look: the first element matching this selector whose text holds the words. */
  within: string;
  /**
   * pdf.js's text layer splits lines into items (one span each), and a space between two items
   * may be a gap rather than a character: the words then match with or without the spaces.
   */
  spacesMayBeGaps?: boolean;
  /** Bring the selection to the middle of the view first, where a reader drags. */
  scrollIntoView?: boolean;
}

/**
 * Selects `text` in the first element matching `within` that holds it, across its text nodes
 * (inline elements, spans). Returns the DOM text selected; throws if no element holds it.
 */
export function selectText(
  page: Page,
  text: string,
  { within, spacesMayBeGaps = false, scrollIntoView = false }: SelectTextOptions,
): Promise<string> {
  return page.evaluate(
    ({ wanted, within, gaps, scroll }) => {
      for (const root of document.querySelectorAll(within)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) nodes.push(node);
        const joined = nodes.map((node) => node.data).join('');
        const pattern = gaps ? new RegExp(wanted.split(' ').join('\\s*')) : null;
        const found =
          pattern !== null ? pattern.exec(joined) : joined.includes(wanted) ? { index: joined.indexOf(wanted), 0: wanted } : null;
        if (found === null) continue;
        const pointAt = (offset: number, end: boolean): [Text, number] => {
          let start = 0;
          for (const node of nodes) {
            if (offset < start + node.length || (end && offset === start + node.length)) return [node, offset - start];
            start += node.length;
          }
          throw new Error('offset past the text');
        };
        const range = document.createRange();
        range.setStart(...pointAt(found.index, false));
        range.setEnd(...pointAt(found.index + found[0].length, true));
        if (scroll) (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return found[0];
      }
      throw new Error(`"${wanted}" is not in ${within}`);
    },
    { wanted: text, within, gaps: spacesMayBeGaps, scroll: scrollIntoView },
  );
}
