// @vitest-environment happy-dom
/**
 * pdf.js's own PDFFindController over the reader's shared text content (find-text-source.ts): on
 * a real UN PDF it finds exactly what it finds over pdf.js's document (same pages, same offsets and
 * lengths, which the highlights are drawn from), while pdf.js's worker is asked for each page's
 * text once, however many readers (find, the scan) ask.
 */
import { describe, expect, it, vi } from 'vitest';
import { findAll, openFixturePdf as openPdf } from './pdfjs-find';

// The extension's pdf.js module wires the worker and data files through Vite; here only its
// text-layer parameters are needed.
vi.mock('../../../components/extension/pdfjs', () => ({
  TEXT_LAYER_PARAMS: { includeMarkedContent: true, disableNormalization: true },
}));

const { findTextSource } = await import('../../../entrypoints/reader/find-text-source');
const { pageTextContent } = await import('../../../entrypoints/reader/text-content-cache');

describe('find over the shared text content', () => {
  it('finds what pdf.js finds over its own document, page by page, offset by offset (A/RES/80/173)', async () => {
    const pdf = await openPdf('A_RES_80_173.en.pdf');
    for (const query of ['General Assembly', 'resolution', 'développement', 'Member States']) {
      const own = await findAll(pdf, pdf, query);
      const shared = await findAll(pdf, findTextSource(pdf), query);
      expect(shared, query).toEqual(own);
    }
    expect((await findAll(pdf, findTextSource(pdf), 'General Assembly')).length).toBeGreaterThan(5);
    await pdf.destroy();
  });

  it('asks pdf.js for each page once, whether find or the scan asks first, and reads ahead of the controller', async () => {
    const pdf = await openPdf('A_RES_79_277.en.pdf');
    const asked: number[] = [];
    const getPage = pdf.getPage.bind(pdf);
    pdf.getPage = (n: number) =>
      getPage(n).then((page) => {
        const getTextContent = page.getTextContent.bind(page);
        page.getTextContent = (options) => {
          asked.push(n);
          return getTextContent(options);
        };
        return page;
      });
    // The scan has read page 1 already (the reader reads it for the masthead).
    await pageTextContent(pdf, 1);
    const source = findTextSource(pdf);
    const first = await (await source.getPage(1)).getTextContent();
    expect(first.items).toBe(await pageTextContent(pdf, 1));
    // Reading page 1 asked for the pages after it (the document has 3).
    await vi.waitFor(() => expect([...asked].sort()).toEqual([1, 2, 3]));
    for (const n of [2, 3]) expect((await (await source.getPage(n)).getTextContent()).items).toBe(await pageTextContent(pdf, n));
    expect(await findAll(pdf, findTextSource(pdf), 'World Summit')).not.toHaveLength(0);
    expect(asked).toHaveLength(3);
    await pdf.destroy();
  });
});
