/**
 * The citation panel inside the reader: a complementary region beside the pages, opened and
 * closed by the header's button, Alt+Shift+C, or Escape inside it. It follows the reader's store
 * (the background scan's citation list grows page by page) and jumps with the reader's
 * `scrollToCitation`. The browser's side panel is served
 * by `panel-port-host.ts` (over components/extension/panel-port-server.ts).
 * Everything it starts stops with `destroy()`.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UnLang } from '../../lib/citations/types';
import { t } from '../extension/i18n';
import type { ReaderActions } from '../../lib/reader/reader-actions';
import type { ReaderStore, ReaderViewState } from '../reader/reader-store';
import type { NotesStore } from '../../lib/notes/types';
import type { NoteDraftKeeper } from '../../lib/notes/notes-ui-autosave';
import { ReaderNotesList } from '../notes/ReaderNotesList';
import type { DocumentNotes as ReaderNotes } from '../../lib/marks/placed-notes';
import { CitationsPanel } from './CitationsPanel';
import { createPanelController, type MetadataLookup, type PanelController, type PanelDocument } from '../../lib/panel/panel-controller';
import type { PanelVisibility } from '../../lib/panel/panel-visibility';
import { PanelTabs, tabId } from './PanelTabs';
import { PANEL_REGION_ID } from './PanelToggle';
import './panel.css';
import { useStoreState } from '../use-store-state';

export interface ReaderPanelOptions {
  win: Window;
  store: ReaderStore;
  actions: ReaderActions;
  /** The element holding the pages' scroll container; the panel is placed beside it. */
  main: HTMLElement;
  visibility: PanelVisibility;
  metadata: MetadataLookup;
  fallbackLang: UnLang;
  /** The document's notes (ADR 0014): with them the panel has two tabs, Citations and Notes. */
  notes?: ReaderPanelNotes;
}

export interface ReaderPanelNotes {
  readerNotes: ReaderNotes;
  store: NotesStore;
  drafts?: NoteDraftKeeper | null;
  allNotesHref?: string;
}

export type ReaderPanelTab = 'citations' | 'notes';

export interface ReaderPanel {
  controller: PanelController;
  /** Adds the Notes tab once the reader's notes are ready (they may start after the panel). */
  attachNotes(notes: ReaderPanelNotes): void;
  /** Opens the panel on a tab (the notes shortcut, a "show in panel" action). */
  showTab(tab: ReaderPanelTab, focus: boolean): void;
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

  let notes = options.notes ?? null;
  let tab: ReaderPanelTab = 'citations';
  const selectTab = (next: ReaderPanelTab) => {
    tab = next;
  };
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
    const onClose = () => visibility.set(false);
    render(
      notes === null ? (
        <CitationsPanel controller={controller} autoFocus={focus} onClose={onClose} />
      ) : (
        <TabbedPanel controller={controller} notes={notes} initial={tab} onTab={selectTab} autoFocus={focus} onClose={onClose} />
      ),
      region,
    );
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
    attachNotes(next) {
      notes = next;
      if (visibility.isOpen()) show(true, false);
    },
    showTab(next, focus) {
      tab = next;
      if (visibility.isOpen()) render(null, region);
      if (visibility.isOpen()) show(true, focus);
      else visibility.set(true);
    },
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

interface TabbedPanelProps {
  controller: PanelController;
  notes: ReaderPanelNotes;
  initial: ReaderPanelTab;
  onTab: (tab: ReaderPanelTab) => void;
  autoFocus: boolean;
  onClose: () => void;
}

/** Citations and the reader's notes, one tab each; the choice outlives closing the panel. */
function TabbedPanel({ controller, notes, initial, onTab, autoFocus, onClose }: TabbedPanelProps) {
  const [tab, setTab] = useState<ReaderPanelTab>(initial);
  // Focus goes into the panel when it opens, not on every tab change (the focus is on the tabs then).
  const [focusOnShow, setFocusOnShow] = useState(autoFocus);
  const count = useStoreState(notes.readerNotes).notes.length;
  const select = (next: ReaderPanelTab) => {
    setTab(next);
    setFocusOnShow(false);
    onTab(next);
  };
  useEffect(() => {
    // Opened on the Notes tab: the selected tab takes the focus (the list has no field to start in).
    if (autoFocus && initial === 'notes') document.getElementById(tabId('notes'))?.focus();
  }, [autoFocus, initial]);
  return (
    <PanelTabs
      label={t('notes_tabsLabel')}
      selected={tab}
      onSelect={select}
      tabs={[
        { key: 'citations', label: t('notes_tabCitations') },
        { key: 'notes', label: t('notes_tabNotes', String(count)) },
      ]}
    >
      {tab === 'citations' ? (
        <CitationsPanel controller={controller} autoFocus={focusOnShow} onClose={onClose} />
      ) : (
        <div
          class="reader-notes-tab"
          onKeyDown={(event) => {
            // Escape inside an editor's field closes the panel too, as in the Citations tab.
            if (event.key === 'Escape') {
              event.preventDefault();
              onClose();
            }
          }}
        >
          <ReaderNotesList
            readerNotes={notes.readerNotes}
            store={notes.store}
            {...(notes.drafts !== undefined ? { drafts: notes.drafts } : {})}
            {...(notes.allNotesHref !== undefined ? { allNotesHref: notes.allNotesHref } : {})}
          />
        </div>
      )}
    </PanelTabs>
  );
}
