// @vitest-environment happy-dom
/**
 * pdf.js's own PDFFindController over the reader's shared text content (find-text-source.ts): on
 * a real UN PDF it finds exactly what it finds over pdf.js's document (same pages, same offsets and
 * lengths, which the highlights are drawn from), while pdf.js's worker is asked for each page's
 * text once, however many readers (find, the scan) ask.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjsLib from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// The extension's pdf.js module wires the worker and data files through Vite; here only its
// text-layer parameters are needed.
vi.mock('../../../components/extension/pdfjs', () => ({
  TEXT_LAYER_PARAMS: { includeMarkedContent: true, disableNormalization: true },
}));

const { findTextSource } = await import('../../../entrypoints/reader/find-text-source');
const { pageTextContent } = await import('../../../entrypoints/reader/text-content-cache');

type Viewer = typeof import('pdfjs-dist/legacy/web/pdf_viewer.mjs');
type Pdf = Awaited<ReturnType<typeof pdfjsLib.getDocument>['promise']>;

let viewer: Viewer;

beforeAll(async () => {
  // pdf_viewer.mjs reads the library from the global object when it loads.
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
  viewer = await import('pdfjs-dist/legacy/web/pdf_viewer.mjs');
});

// happy-dom's URL does not resolve file: addresses as node's does: the path is built with node's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/un-pdfs');
const openPdf = (name: string) => pdfjsLib.getDocument({ data: new Uint8Array(readFileSync(join(FIXTURES, name))), verbosity: 0 }).promise;

/** Every match of `query` the controller finds over `document`: [page, offset, length]. */
async function findAll(pdf: Pdf, document: object, query: string): Promise<Array<[number, number, number]>> {
  const eventBus = new viewer.EventBus();
  const linkService = { pagesCount: pdf.numPages, page: 1 };
  const controller = new viewer.PDFFindController({ linkService: linkService as never, eventBus, updateMatchesCountOnProgress: true });
  controller.setDocument(document as Pdf);
  const searched = new Promise<void>((done) => {
    eventBus.on('updatetextlayermatches', () => {
      const matches = controller.pageMatches as number[][];
      let pages = 0;
      for (let i = 0; i < pdf.numPages; i++) if (matches[i] !== undefined) pages++;
      if (pages === pdf.numPages) done();
    });
  });
  eventBus.dispatch('find', {
    source: null,
    type: 'again',
    query,
    caseSensitive: false,
    entireWord: false,
    highlightAll: true,
    findPrevious: false,
    matchDiacritics: false,
  });
  await searched;
  const found: Array<[number, number, number]> = [];
  (controller.pageMatches as number[][]).forEach((offsets, page) =>
    offsets.forEach((offset, i) => found.push([page + 1, offset, (controller.pageMatchesLength as number[][])[page]![i]!])),
  );
  return found;
}

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
