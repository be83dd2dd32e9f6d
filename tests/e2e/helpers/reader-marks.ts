/** The reader's marks and notes as the browser tests make and read them. */
import type { Page } from 'playwright-core';

/**
 * Selects `text` in the pages' text layer, as a drag would: pdf.js splits lines into items (one
 * span each), so the words may span several text nodes, and a space between items may be a gap
 * rather than a character. With `scrollIntoView`, the selection is first brought to the middle of
 * the view, where a reader drags (the mark toolbar shows by the selection). Returns the DOM text
 * selected.
 */
export function selectInTextLayer(page: Page, text: string, { scrollIntoView = false } = {}): Promise<string> {
  return page.evaluate(
    ([wanted, scroll]) => {
      const walker = document.createTreeWalker(document.getElementById('viewer')!, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) nodes.push(node);
      const found = new RegExp(wanted.split(' ').join('\\s*')).exec(nodes.map((node) => node.data).join(''));
      if (found === null) throw new Error(`"${wanted}" is not on a rendered page`);
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
    },
    [text, scrollIntoView] as const,
  );
}

/** The text of each note's marks in the reader, by note id (a note's pieces joined). */
export const marksByNote = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('#viewer mark[data-resolute="highlight"][data-note-id]', (marks) => {
    const out: Record<string, string> = {};
    for (const mark of marks as HTMLElement[]) out[mark.dataset.noteId!] = (out[mark.dataset.noteId!] ?? '') + mark.textContent;
    return out;
  });
