/**
 * The notes of the open PDF, put back on every visit and kept on the pages (ADR 0013): the shared
 * marks controller (components/marks/document-marks.ts) over the reader's text layers. When the
 * whole document has been read, its pages become the DocumentText's blocks (`p1`, `p2`…), and a
 * block's key gives the PDF page for the marks' PageSelectors.
 */
import { documentTextOf } from '../../lib/anchoring';
import type { UnLang } from '../../lib/citations/types';
import type { DocumentRef } from '../../lib/notes/types';
import { createDocumentMarks, type DocumentMarks, type DocumentMarksOptions, type MarksView } from '../../components/marks/document-marks';
import { appearing, centre } from './citation-jump';

export type { NotesAccess } from '../../components/marks/document-marks';

/** What the reader learnt about the document after reading it whole. */
export interface ReadDocument {
  doc: DocumentRef;
  lang: UnLang | null;
  title: string | null;
  /** Every page's text, `pages[0]` is page 1, as the text layer's blocks read them. */
  pages: readonly string[];
}

/** The pages, for scrolling to a mark that is not rendered yet. */
export interface PagesView {
  readonly container: HTMLElement;
  goToPage(page: number): void;
}

export interface ReaderMarks extends Omit<DocumentMarks, 'attachView'> {
  attachView(view: PagesView): void;
  documentRead(read: ReadDocument): Promise<void>;
}

export type ReaderMarksOptions = Omit<DocumentMarksOptions, 'layer'>;

export function createReaderMarks(options: ReaderMarksOptions): ReaderMarks {
  const marks = createDocumentMarks(options);
  return {
    ...marks,
    attachView(view) {
      const pages: MarksView = {
        container: view.container,
        goToPage: (page) => view.goToPage(page),
        reveal: (element) => centre(view.container, element),
        appearing: (find, signal) => appearing(view.container, find, signal),
      };
      marks.attachView(pages);
    },
    documentRead: (read) =>
      marks.setDocument({
        doc: read.doc,
        lang: read.lang,
        title: read.title,
        text: documentTextOf(read.pages.map((page, i) => ({ key: `p${i + 1}`, text: page }))),
        pageOfBlock: pageOfKey,
      }),
  };
}

/** Page `n` is block `p<n>`. */
function pageOfKey(key: string): number | undefined {
  const page = Number(key.slice(1));
  return Number.isInteger(page) && page > 0 ? page : undefined;
}
