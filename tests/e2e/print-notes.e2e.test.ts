/**
 * Printing the reader's own work, in real Chromium on a real UN resolution: notes are made through
 * the reader (a clause marked by its number, a selection with a note), then printed through the
 * browser's print path (`page.pdf()`, with the print style, as "Save as PDF" would). The printed
 * PDF is read back with poppler: its pages rasterised (pdftoppm) to find the highlights' colour,
 * its text (pdftotext) to find the notes, their quotes and their paragraph numbers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './helpers/browser';
import type { FixtureServer } from './helpers/fixture-server';
import { realPdfBytes } from './helpers/real-pdfs';
import { notesDone } from './helpers/notes-done';
import { selectInTextLayer } from './helpers/reader-marks';
import { useExtensionBrowser } from './helpers/suite';
import { serveUnDocument } from './helpers/un-sites';

/** Three pages; operative paragraph 1 is on page 2. */
const RESOLUTION = { file: 'A_RES_79_277.en.pdf', symbol: 'A/RES/79/277', pages: 3 } as const;
/** In operative paragraph 3, on page 2. */
const SELECTED = 'representatives of all relevant stakeholders';
const NOTE_TEXT = 'Ask the facilitators about the timeline.';

let server: FixtureServer;
let browser: ExtensionBrowser;
let workDir: string;

useExtensionBrowser((started) => {
  ({ server, browser } = started);
  serveUnDocument(server, { symbol: RESOLUTION.symbol, lang: 'en', pdf: realPdfBytes(RESOLUTION.file) });
});

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'resolute-print-'));
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openResolution(): Promise<Page> {
  const page = await browser.openReader(`?symbol=${RESOLUTION.symbol}&lang=en&page=2`);
  await notesDone(page);
  return page;
}

/**
 * Chooses `choice` in the Print menu and prints to PDF once the reader has prepared the job. The
 * print dialog cannot open headless: window.print is the one thing faked.
 */
async function printToPdf(page: Page, choice: 'reader-print-pages' | 'reader-print-highlights' | 'reader-print-notes'): Promise<string> {
  await page.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset.printDialog = 'opened';
    };
  });
  await page.getByTestId('reader-print').click();
  await page.getByTestId(choice).click();
  await page.waitForFunction(() => document.documentElement.dataset.printDialog === 'opened', undefined, { timeout: 60_000 });
  const file = join(workDir, `${choice}.pdf`);
  writeFileSync(file, await page.pdf());
  // As when the dialog closes: the reader takes the job away.
  await page.evaluate(() => {
    delete document.documentElement.dataset.printDialog;
    window.dispatchEvent(new Event('afterprint'));
  });
  return file;
}

/** Pixels per page, at 40 dpi, in the colour of a yellow mark over white paper (amber, not grey). */
function yellowPixelsPerPage(pdfFile: string): number[] {
  const prefix = join(workDir, `page-${Date.now()}`);
  execFileSync('pdftoppm', ['-r', '40', pdfFile, prefix]);
  const counts: number[] = [];
  for (let n = 1; ; n++) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(`${prefix}-${n}.ppm`);
    } catch {
      break;
    }
    counts.push(countYellow(bytes));
  }
  return counts;
}

/** Yellow pixels of a binary PPM (P6): red and green high, blue well below them. */
function countYellow(ppm: Buffer): number {
  // The header: "P6", width, height, max value, each followed by whitespace.
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(ppm[at]!))) field += String.fromCharCode(ppm[at++]!);
    fields.push(field);
  }
  at++;
  let yellow = 0;
  for (; at + 2 < ppm.length; at += 3) {
    const [r, g, b] = [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
    if (r > 200 && g > 180 && b < 200 && r - b > 40 && g - b > 30) yellow++;
  }
  return yellow;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');

/** Once for the file, whichever test runs first: a clause mark and a note made through the reader. */
let notesMade: Promise<void> | null = null;
const makeNotes = () => (notesMade ??= makeNotesThroughTheReader());

async function makeNotesThroughTheReader(): Promise<void> {
  const page = await openResolution();
  const number = page.locator('[data-resolute="clause-mark"][data-clause-id="op-1"]');
  await number.waitFor({ timeout: 30_000 });
  await number.click();
  await page.locator('#viewer mark[data-resolute="highlight"][data-note-id]').first().waitFor();

  // A selection in the text layer, as a drag would make it, in view (the mark toolbar shows by it).
  await selectInTextLayer(page, SELECTED, { scrollIntoView: true });
  await page.locator('[data-resolute="mark-toolbar"] [data-action="add-note"]').click();
  await page.locator('[data-resolute="note-card"]').waitFor();
  await page.keyboard.type(NOTE_TEXT);
  await page.locator('[data-resolute="note-editor"][data-save-state="saved"]').waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('#viewer mark[data-resolute="highlight"][data-note-id]').count()).toBeGreaterThan(1);
  await page.close();
}

describe('printing with the reader’s notes', () => {
  it('prints the highlights on the pages when asked, and not otherwise', async () => {
    await makeNotes();
    const page = await openResolution();
    const withMarks = yellowPixelsPerPage(await printToPdf(page, 'reader-print-highlights'));
    const without = yellowPixelsPerPage(await printToPdf(page, 'reader-print-pages'));
    await page.close();
    expect(withMarks).toHaveLength(RESOLUTION.pages);
    expect(without).toHaveLength(RESOLUTION.pages);
    // Paragraph 1 and the note are on page 2: several lines of yellow there (at 40 dpi a line of
    // text is some 6 pixels high), none anywhere without the highlights.
    expect(withMarks[1]).toBeGreaterThan(300);
    expect(without).toEqual([0, 0, 0]);
    expect(withMarks[0]).toBe(0);
  });

  it('prints the notes on the document with their quotes and paragraph numbers', async () => {
    await makeNotes();
    const page = await openResolution();
    const text = pdfText(await printToPdf(page, 'reader-print-notes'));
    await page.close();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Notes on A/RES/79/277');
    expect(flat).toContain('Paragraph 1');
    expect(flat).toContain(NOTE_TEXT);
    expect(flat).toContain(SELECTED);
    expect(flat).toContain('Page 2');
    // The notes alone: not the document's pages, nor the reader's interface.
    expect(flat).not.toContain('Distr.: General');
    expect(flat).not.toContain('Open the original PDF');
  });
});
