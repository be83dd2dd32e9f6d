/** The reader's marks and notes as the browser tests make and read them. */
import type { Page } from 'playwright-core';
import { selectText } from './select-text';

/** Selects `text` in the rendered pages' text layer, as a drag would; returns the DOM text selected. */
export const selectInTextLayer = (page: Page, text: string, { scrollIntoView = false } = {}): Promise<string> =>
  selectText(page, text, { within: '#viewer', spacesMayBeGaps: true, scrollIntoView });

/** The text of each note's marks in the reader, by note id (a note's pieces joined). */
export const marksByNote = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('#viewer mark[data-resolute="highlight"][data-note-id]', (marks) => {
    const out: Record<string, string> = {};
    for (const mark of marks as HTMLElement[]) out[mark.dataset.noteId!] = (out[mark.dataset.noteId!] ?? '') + mark.textContent;
    return out;
  });
