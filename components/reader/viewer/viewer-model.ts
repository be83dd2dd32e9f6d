/**
 * The state the viewer's toolbar renders from (page, zoom, find, printing) and the actions it
 * calls. The toolbar is on screen before the document is; `attachViewerControls` fills the actions
 * in once pdf.js shows the pages, and until then they do nothing.
 */
import type { ZoomValue } from '../../../lib/reader/zoom-memory';
import type { PDFDocumentProxy } from '../../extension/pdfjs';
import type { CitedDocument } from '../../controls/CopyCitation';
import { createStateStore, type StateStore } from '../../../lib/state-store';

export type FindStatus = 'idle' | 'pending' | 'found' | 'wrapped' | 'not-found';

export interface FindResult {
  status: FindStatus;
  /** 1-based index of the selected match, 0 when none. */
  current: number;
  total: number;
  /** The match was found going backwards (for the wrapped message). */
  previous: boolean;
  /** Every page has been searched: `total` is final. */
  complete: boolean;
  /** The words this result is for ('' when idle): typing changes the query before its search runs. */
  query: string;
}

export interface FindQuery {
  query: string;
  matchCase: boolean;
  entireWord: boolean;
  /** Next match (Enter, F3) rather than a new search as one types. */
  again: boolean;
  previous: boolean;
}

export interface OutlineEntry {
  title: string;
  /** pdf.js's destination (a name or an explicit array); null for an entry that only groups. */
  dest: string | unknown[] | null;
  items: OutlineEntry[];
}

export interface ViewerState {
  /** True once the pages are shown and the controls work. */
  ready: boolean;
  page: number;
  pageCount: number;
  /** pdf.js's scale (1 = 100 %) and the value chosen (a preset name or a scale). */
  scale: number;
  zoom: ZoomValue;
  findOpen: boolean;
  /** Bumped each time the find bar is asked for (Ctrl+F), so that it takes the focus again. */
  findFocus: number;
  /** What the find bar searches for (kept here so that F3 finds again with the bar closed). */
  findQuery: { query: string; matchCase: boolean; entireWord: boolean };
  find: FindResult;
  /** The shown document (for the thumbnails) and its outline (null when it has none). */
  pdf: PDFDocumentProxy | null;
  outline: OutlineEntry[] | null;
  sidebar: 'closed' | 'outline' | 'thumbnails';
  /** The document as "copy citation" cites it (null without a symbol). */
  cited: CitedDocument | null;
  /** What is being prepared for printing, if anything. */
  printing: 'pages' | 'notes' | null;
  /** Pages made ready for printing so far. */
  printProgress: number;
}

export interface ViewerActions {
  goToPage: (page: number) => void;
  goToDestination: (dest: OutlineEntry['dest']) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  setZoom: (zoom: ZoomValue) => void;
  openFind: () => void;
  find: (query: FindQuery) => void;
  closeFind: () => void;
  print: (options: { highlights: boolean }) => void;
  printNotes: () => void;
  save: () => void;
}

export const INITIAL_VIEWER_STATE: ViewerState = {
  ready: false,
  page: 0,
  pageCount: 0,
  scale: 1,
  zoom: 'auto',
  findOpen: false,
  findFocus: 0,
  findQuery: { query: '', matchCase: false, entireWord: false },
  find: { status: 'idle', current: 0, total: 0, previous: false, complete: false, query: '' },
  pdf: null,
  outline: null,
  sidebar: 'closed',
  cited: null,
  printing: null,
  printProgress: 0,
};

export interface ViewerModel extends StateStore<ViewerState> {
  readonly actions: ViewerActions;
  /** Puts the working actions in place (and back to no-ops on abort). */
  bind(actions: ViewerActions, signal: AbortSignal): void;
}

const NO_ACTIONS: ViewerActions = {
  goToPage: () => undefined,
  goToDestination: () => undefined,
  zoomIn: () => undefined,
  zoomOut: () => undefined,
  setZoom: () => undefined,
  openFind: () => undefined,
  find: () => undefined,
  closeFind: () => undefined,
  print: () => undefined,
  printNotes: () => undefined,
  save: () => undefined,
};

export function createViewerModel(): ViewerModel {
  const store = createStateStore(INITIAL_VIEWER_STATE);
  let bound = NO_ACTIONS;
  const actions = Object.fromEntries(
    (Object.keys(NO_ACTIONS) as Array<keyof ViewerActions>).map((name) => [
      name,
      (...args: unknown[]) => (bound[name] as (...a: unknown[]) => void)(...args),
    ]),
  ) as unknown as ViewerActions;
  const model: ViewerModel = {
    ...store,
    actions,
    bind(next, signal) {
      bound = next;
      signal.addEventListener(
        'abort',
        () => {
          bound = NO_ACTIONS;
          model.set({ ready: false });
        },
        { once: true },
      );
    },
  };
  return model;
}
