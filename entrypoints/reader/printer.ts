/**
 * Printing from the reader: Ctrl+P and the Print button prepare what is printed (the pages whole,
 * or the notes) in a print-only container, then open the browser's print dialog. The print style
 * (entrypoints/reader/print.css) hides the reader's interface and shows only that container.
 * `<html data-resolute-print>` says "preparing", then "ready" while the job is in the dialog.
 */
import { blockAt } from '../../lib/anchoring/document-text';
import { BLOCK_SEPARATOR } from '../../lib/anchoring/types';
import type { ReaderMarks } from './reader-notes';
import type { PDFDocumentProxy } from '../../components/extension/pdfjs';
import { releasePrintedPages, renderPagesForPrint, type PageHighlight } from './print-pages';
import { renderNotesForPrint } from './print-notes';
import type { ViewerModel } from '../../components/reader/viewer/viewer-model';

export interface Printer {
  printPages(options: { highlights: boolean }): Promise<void>;
  printNotes(): Promise<void>;
}

export function createPrinter(options: {
  win: Window;
  pdf: PDFDocumentProxy;
  marks: ReaderMarks;
  model: ViewerModel;
  /** "A/RES/79/1 — The Pact for the Future", for the notes' heading. */
  heading: () => string;
  signal: AbortSignal;
}): Printer {
  const { win, pdf, marks, model, signal } = options;
  const doc = win.document;
  const root = doc.documentElement;
  let job: AbortController | null = null;

  const container = doc.createElement('div');
  container.id = 'print-container';
  doc.body.append(container);

  const finish = () => {
    job?.abort();
    job = null;
    releasePrintedPages(container);
    delete root.dataset.resolutePrint;
    root.classList.remove('printing-pages', 'printing-notes');
    model.set({ printing: null, printProgress: 0 });
  };
  win.addEventListener('afterprint', finish, { signal });
  signal.addEventListener(
    'abort',
    () => {
      finish();
      container.remove();
    },
    { once: true },
  );

  const run = async (kind: 'pages' | 'notes', prepare: (jobSignal: AbortSignal) => Promise<void>) => {
    if (job !== null) return;
    finish();
    job = new AbortController();
    const jobSignal = job.signal;
    root.dataset.resolutePrint = 'preparing';
    model.set({ printing: kind, printProgress: 0 });
    try {
      await prepare(jobSignal);
    } catch (error) {
      if (!jobSignal.aborted) console.error('Resolute: printing failed', error);
      finish();
      return;
    }
    if (jobSignal.aborted) return;
    root.classList.add(kind === 'pages' ? 'printing-pages' : 'printing-notes');
    root.dataset.resolutePrint = 'ready';
    win.print();
  };

  /** The placed notes' highlights on page n, in that page's own text offsets. */
  const highlightsOf = (): ((page: number) => PageHighlight[]) => {
    const text = marks.document();
    const byPage = new Map<number, PageHighlight[]>();
    if (text === null) return () => [];
    for (const placed of marks.get().notes) {
      if (placed.anchor === undefined) continue;
      let { start } = placed.anchor;
      const { end } = placed.anchor;
      // A mark may run over a page break: a part on each page.
      while (start < end) {
        const at = blockAt(text, start);
        const page = Number(at.key.slice(1));
        const nextStart = text.blockStarts[at.index + 1];
        const blockEnd = nextStart === undefined ? text.text.length : nextStart - BLOCK_SEPARATOR.length;
        const partEnd = Math.min(end, blockEnd);
        if (page > 0) {
          const list = byPage.get(page) ?? [];
          list.push({ start: at.offset, end: at.offset + (partEnd - start), colour: placed.note.colour });
          byPage.set(page, list);
        }
        if (nextStart === undefined) break;
        start = nextStart;
      }
    }
    return (page) => byPage.get(page) ?? [];
  };

  return {
    printPages: ({ highlights }) =>
      run('pages', (jobSignal) =>
        renderPagesForPrint({
          pdf,
          target: container,
          ...(highlights ? { highlightsOf: highlightsOf() } : {}),
          onPage: (done) => model.set({ printProgress: done }),
          signal: jobSignal,
        }),
      ),
    printNotes: () =>
      run('notes', () => {
        renderNotesForPrint(container, options.heading(), marks.get().notes);
        return Promise.resolve();
      }),
  };
}
