// @vitest-environment happy-dom
/**
 * find with a second pdf.js worker reading most pages (find-text-helper.ts): on a real 56-page UN
 * PDF pdf.js's PDFFindController finds exactly what it finds over pdf.js's own document, the pages
 * the helper took come from its document (not the reader's worker), and its worker is destroyed
 * once it has read them, or when the reader closes.
 */
import type * as pdfjsLib from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findAll, openFixturePdf as openFixture } from './pdfjs-find';

const workers: pdfjsLib.PDFWorker[] = [];
// The extension's module wires pdf.js through Vite: here the same calls over the node build.
vi.mock('../../../components/extension/pdfjs', async () => {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return {
    pdfjsLib: lib,
    TEXT_LAYER_PARAMS: { includeMarkedContent: true, disableNormalization: true },
    openPdf: (data: Uint8Array, worker?: pdfjsLib.PDFWorker) => {
      if (worker) workers.push(worker);
      return lib.getDocument({ data, worker, verbosity: 0 });
    },
  };
});

const { findTextSource } = await import('../../../entrypoints/reader/find-text-source');
const { startTextHelper } = await import('../../../entrypoints/reader/find-text-helper');
const { hasPageTextContent } = await import('../../../entrypoints/reader/text-content-cache');

afterEach(() => {
  localStorage.clear();
  workers.length = 0;
});

describe('find with a second pdf.js worker', () => {
  it('finds what pdf.js finds over its own document, with most pages read by the second worker (A/RES/79/1)', async () => {
    localStorage.setItem('resolute:test:text-workers', '2');
    const pdf = await openFixture('A_RES_79_1.en.pdf');
    const own = await findAll(pdf, pdf, 'Giga initiative');
    expect(own.map(([page]) => page)).toEqual([40]);
    const helper = startTextHelper(pdf, new AbortController().signal, (n) => hasPageTextContent(pdf, n));
    expect(helper).not.toBeNull();
    const read = vi.spyOn(helper!, 'textItems');
    expect(await findAll(pdf, findTextSource(pdf, helper), 'Giga initiative')).toEqual(own);
    // Two pages in three, from the helper's own document.
    expect(read.mock.calls.map(([n]) => n)).toEqual(Array.from({ length: 56 }, (_, i) => i + 1).filter((n) => n % 3 !== 1));
    expect(workers).toHaveLength(1);
    await vi.waitFor(() => expect(workers[0]!.destroyed).toBe(true));
    // Same offsets for a word on many pages, over a second source (the controller read each once).
    const word = await findAll(pdf, pdf, 'sustainable');
    const helped = startTextHelper(pdf, new AbortController().signal, () => false);
    expect(await findAll(pdf, findTextSource(pdf, helped), 'sustainable')).toEqual(word);
    expect(word.length).toBeGreaterThan(50);
    await pdf.destroy();
  });

  it('starts no second worker for a short document or when told one, and stops it when the reader closes', async () => {
    localStorage.setItem('resolute:test:text-workers', '2');
    const short = await openFixture('A_RES_79_277.en.pdf'); // 3 pages
    expect(startTextHelper(short, new AbortController().signal, () => false)).toBeNull();
    const pdf = await openFixture('A_RES_79_1.en.pdf');
    localStorage.setItem('resolute:test:text-workers', '1');
    expect(startTextHelper(pdf, new AbortController().signal, () => false)).toBeNull();
    localStorage.setItem('resolute:test:text-workers', '2');
    const closing = new AbortController();
    expect(startTextHelper(pdf, closing.signal, () => false)).not.toBeNull();
    // Closed while the second document is opening.
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    closing.abort();
    expect(workers[0]!.destroyed).toBe(true);
    await Promise.all([short.destroy(), pdf.destroy()]);
  });
});
