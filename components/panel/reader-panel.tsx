/**
 * The citation panel inside the reader: a complementary region beside the pages, opened and
 * closed by the header's button, Alt+Shift+C, or Escape inside it. It follows the reader's store
 * (the background scan's citation list grows page by page) and jumps with the reader's
 * `scrollToCitation`. Also serves the browser's side panel (`panel-port-host.ts`).
 * Everything it starts stops with `destroy()`.
 */
import { render } from 'preact';
import type { UnLang } from '../../lib/citations/types';
import { t } from '../i18n';
import type { ReaderActions } from '../reader/reader-actions';
import type { ReaderStore, ReaderViewState } from '../reader/reader-store';
import { CitationsPanel } from './CitationsPanel';
import { createPanelController, type MetadataLookup, type PanelController, type PanelDocument } from './panel-controller';
import type { PanelVisibility } from './panel-visibility';
import { PANEL_REGION_ID } from './PanelToggle';
import './panel.css';

export interface ReaderPanelOptions {
  win: Window;
  store: ReaderStore;
  actions: ReaderActions;
  /** The element holding the pages' scroll container; the panel is placed beside it. */
  main: HTMLElement;
  visibility: PanelVisibility;
  metadata: MetadataLookup;
  fallbackLang: UnLang;
}

export interface ReaderPanel {
  controller: PanelController;
  destroy(): void;
}

/** The panel's document from the reader's state. */
export function panelDocumentOf(state: ReaderViewState): PanelDocument {
  return {
    symbol: state.symbol,
    title: state.title,
    lang: state.lang,
    citations: state.citations,
    scanning: state.phase !== 'failed' && (state.phase === 'loading' || state.pagesScanned < state.pageCount),
    pagesScanned: state.pagesScanned,
    pageCount: state.pageCount,
  };
}

export function mountReaderPanel(options: ReaderPanelOptions): ReaderPanel {
  const { win, store, actions, main, visibility } = options;
  const doc = win.document;
  const controller = createPanelController({
    metadata: options.metadata,
    jump: (id) => void actions.scrollToCitation(id),
    fallbackLang: options.fallbackLang,
  });
  const controllerAbort = new AbortController();

  const region = doc.createElement('aside');
  region.id = PANEL_REGION_ID;
  region.className = 'reader-panel';
  region.setAttribute('aria-label', t('panel_heading'));
  main.append(region);

  // Only what the panel shows: scrolling (currentPage) must not re-render it.
  let fed: PanelDocument | null = null;
  const feed = (state: ReaderViewState) => {
    const next = panelDocumentOf(state);
    if (
      fed !== null &&
      fed.symbol === next.symbol &&
      fed.title === next.title &&
      fed.lang === next.lang &&
      fed.citations === next.citations &&
      fed.scanning === next.scanning &&
      fed.pagesScanned === next.pagesScanned
    ) {
      return;
    }
    fed = next;
    controller.setDocument(next);
  };
  feed(store.get());
  const unsubscribeStore = store.subscribe(feed);

  const show = (open: boolean, focus: boolean) => {
    region.hidden = !open;
    main.classList.toggle('panel-open', open);
    if (!open) {
      const hadFocus = region.contains(doc.activeElement);
      render(null, region);
      controller.releaseLookups();
      if (hadFocus) doc.querySelector<HTMLElement>('[data-testid="panel-toggle"]')?.focus();
      return;
    }
    render(<CitationsPanel controller={controller} autoFocus={focus} onClose={() => visibility.set(false)} />, region);
  };
  show(visibility.isOpen(), false);
  const unsubscribeVisibility = visibility.subscribe(show);

  win.addEventListener(
    'keydown',
    (event) => {
      // `code`, not `key`: the same physical key in a Russian or Arabic layout.
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC' && !event.repeat) {
        event.preventDefault();
        visibility.toggle(true);
      }
    },
    { signal: controllerAbort.signal },
  );

  return {
    controller,
    destroy() {
      controllerAbort.abort();
      unsubscribeStore();
      unsubscribeVisibility();
      render(null, region);
      region.remove();
      main.classList.remove('panel-open');
      controller.destroy();
    },
  };
}
