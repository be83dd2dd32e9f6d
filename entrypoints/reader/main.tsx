/**
 * Boots the reader page: the header (Preact) and the reading session for the document the
 * address names. Everything else lives in components/reader/ and lib/reader/.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import 'pdfjs-dist/web/pdf_viewer.css';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { openOriginal } from './open-original';
import { getSharedMetadataClient } from '../../components/extension/metadata-client';
import { createPanelVisibility } from '../../lib/panel/panel-visibility';
import { servePanelPorts } from './panel-port-host';
import { PanelToggle } from '../../components/panel/PanelToggle';
import { mountReaderPanel } from '../../components/panel/reader-panel';
import { FailurePanel, ReaderHeader } from '../../components/reader/ReaderHeader';
import { createCompareController } from '../../lib/compare/compare-controller';
import { CompareMenu } from '../../components/compare/CompareMenu';
import { mountComparison } from '../../components/compare/mount-compare';
import { loadVersionPages } from './load-version';
import { startReaderSession } from './reader-session';
import { readerNotesAccess } from './notes-access';
import { draftsReplayLock, pageDraftKeeper } from '../../lib/notes/notes-ui-drafts';
import { replayDrafts } from '../../lib/notes/drafts';
import { documentKeyOf } from '../../lib/notes/types';
import { createReaderStore } from '../../components/reader/reader-store';
import { attachViewerControls } from './viewer-controls';
import { createViewerModel } from '../../components/reader/viewer/viewer-model';
import { Sidebar } from '../../components/reader/viewer/Sidebar';
import { ViewerToolbar } from '../../components/reader/viewer/ViewerToolbar';
import { initialZoom } from './zoom';
import { isUnLang } from '../../lib/reader/reader-address';
import type { UnLang } from '../../lib/citations/types';
import { bundledSamples } from '../../lib/reader/bundled-samples';
import '../../components/palette.css';
import './style.css';
import './text-layer.css';
import '../../components/marks/marks.css';
import './viewer.css';
import './print.css';

const uiLang = browser.i18n.getUILanguage();
const uiPrefix = uiLang.split('-')[0] ?? 'en';
applyInterfaceLanguage(document.documentElement);
document.title = t('reader_pageTitle');
const skipLink = document.getElementById('skip-to-document');
if (skipLink !== null) skipLink.textContent = t('reader_skipToDocument');

const header = document.getElementById('reader-header');
const failure = document.getElementById('reader-failure');
const container = document.getElementById('viewer-container') as HTMLDivElement;
const viewer = document.getElementById('viewer') as HTMLDivElement;
container.setAttribute('aria-label', t('reader_documentRegion'));
container.setAttribute('role', 'region');
document.getElementById('reader-toolbar')?.setAttribute('aria-label', t('reader_toolbar'));

/**
 * Any site may open the reader (it is web-accessible so that undocs.org links work from
 * everywhere), but none may frame it: a framed reader could be dressed up by the page around it.
 * In a frame it shows only a link that opens the same address in a tab of its own.
 */
function refuseFrame(): boolean {
  if (window.top === window) return false;
  const box = document.createElement('p');
  box.className = 'reader-framed';
  box.textContent = `${t('reader_framed')} `;
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = t('reader_framedOpen');
  box.append(link);
  document.body.replaceChildren(box);
  return true;
}

if (!refuseFrame()) startReader();

function startReader(): void {
  const store = createReaderStore();
  // Readers' marks and notes (ADR 0013): `session.notes` is the document's ReaderNotes.
  const notesAccess = readerNotesAccess(window);
  // The viewer's toolbar (find, zoom, pages, print, save) and its working parts.
  const viewerModel = createViewerModel();
  const storage = localStorageOrNull();
  const session = startReaderSession({
    win: window,
    store,
    container,
    viewerElement: viewer,
    bundled: bundledSamples(browser.runtime.getURL('/')),
    fallbackLang: isUnLang(uiPrefix) ? uiPrefix : 'en',
    fetch: (url, init) => fetch(url, init),
    openOriginal: (url) => void openOriginal(window, url),
    notes: notesAccess,
    viewerControls: {
      initialScale: (documentKey) => initialZoom(storage, documentKey),
      attach: (view, shown, marks, signal) =>
        attachViewerControls({ win: window, model: viewerModel, view, document: shown, marks, storage, dateOf: adoptionDate, signal }),
    },
  });

  // The citation panel (ADR 0010): in the page, and served to the browser's side panel. Its
  // metadata client (a port to the background) opens only when a title is first looked up.
  const visibility = createPanelVisibility(sessionStorageOrNull());
  const panel = mountReaderPanel({
    win: window,
    store,
    actions: session.actions,
    main: document.getElementById('reader-main')!,
    visibility,
    metadata: { lookup: (symbol, lang, onAnswer) => getSharedMetadataClient().lookup(symbol, lang, onAnswer) },
    fallbackLang: isUnLang(uiPrefix) ? uiPrefix : 'en',
  });
  const stopServingPanel = servePanelPorts(window, store, session.actions);
  // The panel's Notes tab (ADR 0014), once the notes database is open.
  notesAccess.open().then(
    (notesStore) => {
      panel.attachNotes({ readerNotes: session.notes, store: notesStore, allNotesHref: browser.runtime.getURL('/notes.html') });
      // Text typed in a tab that closed before it reached the database is written now (ADR 0012);
      // the write's announcement redraws this document's notes if they were among them.
      const drafts = pageDraftKeeper(window);
      if (drafts !== null) void replayDrafts(notesStore, drafts, draftsReplayLock(navigator)).catch(() => []);
    },
    () => undefined,
  );

  // Comparing with another version (ADR 0019): the menu in the header, the view over the document.
  const compare = createCompareController(
    (symbol, lang, signal) =>
      loadVersionPages(
        symbol,
        lang,
        { bundled: bundledSamples(browser.runtime.getURL('/')), fetch: (url, init) => fetch(url, init) },
        signal,
      ),
    (symbol, lang, onAnswer) => getSharedMetadataClient().lookup(symbol, lang, onAnswer),
    async (symbol) => (await notesAccess.open()).forDocument(documentKeyOf({ kind: 'symbol', symbol, lang: 'en' })),
  );
  const compareHost = document.createElement('div');
  compareHost.id = 'compare-root';
  document.getElementById('reader-main')!.append(compareHost);
  const unmountComparison = mountComparison(compareHost, compare, uiLang, window);

  if (header) {
    render(
      <ReaderHeader store={store} actions={session.actions}>
        <CompareMenu store={store} controller={compare} />
        <PanelToggle visibility={visibility} />
      </ReaderHeader>,
      header,
    );
  }
  const toolbar = document.getElementById('reader-toolbar');
  if (toolbar) render(<ViewerToolbar model={viewerModel} onFindClosed={() => container.focus()} />, toolbar);
  const sidebar = document.getElementById('reader-sidebar');
  if (sidebar) render(<Sidebar model={viewerModel} />, sidebar);
  viewerModel.subscribe((state) => document.getElementById('reader-main')?.classList.toggle('sidebar-open', state.sidebar !== 'closed'));
  if (failure) render(<FailurePanel store={store} actions={session.actions} />, failure);
  // Hidden while the document loads or when it failed, so neither screen readers nor Tab land in it.
  store.subscribe((state) => {
    container.hidden = state.phase === 'failed';
    if (toolbar) toolbar.hidden = state.phase === 'failed';
  });
  window.addEventListener('pagehide', (event) => {
    // Kept whole in the back/forward cache; otherwise torn down with the page.
    if (!event.persisted) {
      stopServingPanel();
      unmountComparison();
      compare.destroy();
      panel.destroy();
      session.destroy();
      notesAccess.close();
    }
  });
}

/**
 * The date of adoption the metadata service knows for a document (the catalogue answers at once,
 * the Library later): waited for a moment only, so that copying stays a quick answer to a click.
 */
function adoptionDate(symbol: string, lang: UnLang): Promise<string | undefined> {
  return new Promise((resolve) => {
    let stop = () => undefined as void;
    const timer = window.setTimeout(() => {
      stop();
      resolve(undefined);
    }, 1500);
    stop = getSharedMetadataClient().lookup(symbol, lang, (answer) => {
      if (answer.metadata?.date === undefined && !answer.done) return;
      window.clearTimeout(timer);
      resolve(answer.metadata?.date);
      // Unsubscribed once this callback has returned, not while the client is calling it.
      queueMicrotask(() => stop());
    });
  });
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
