/**
 * pdf.js's own PDFFindController over a real UN PDF, for the tests that compare what it finds over
 * pdf.js's document with what it finds over the reader's text sources (find-text-source.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjsLib from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Pdf = Awaited<ReturnType<typeof pdfjsLib.getDocument>['promise']>;
type Viewer = typeof import('pdfjs-dist/legacy/web/pdf_viewer.mjs');

// happy-dom's URL does not resolve file: addresses as node's does: the path is built with node's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/un-pdfs');

/** A PDF of tests/fixtures/un-pdfs, opened by pdf.js's node build. */
export const openFixturePdf = (name: string): Promise<Pdf> =>
  pdfjsLib.getDocument({ data: new Uint8Array(readFileSync(join(FIXTURES, name))), verbosity: 0 }).promise;

let viewer: Promise<Viewer> | undefined;
function pdfViewer(): Promise<Viewer> {
  // pdf_viewer.mjs reads the library from the global object when it loads.
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
  return (viewer ??= import('pdfjs-dist/legacy/web/pdf_viewer.mjs'));
}

/** Every match of `query` the controller finds over `document` (every page of `pdf`): [page, offset, length]. */
export async function findAll(pdf: Pdf, document: object, query: string): Promise<Array<[number, number, number]>> {
  const { EventBus, PDFFindController } = await pdfViewer();
  const eventBus = new EventBus();
  const controller = new PDFFindController({ linkService: { pagesCount: pdf.numPages, page: 1 } as never, eventBus });
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
