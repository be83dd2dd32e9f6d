/**
 * Resolute on one web page. While the page's site is switched on, `<html data-resolute-ready>`
 * says so (test builds only), its citations are linked (lib/page/page-scanner.ts), the page's links to UN documents
 * and the citations show the popover (metadata through the background's port), and
 * `<html data-resolute-scan="done">` says when the first pass over the whole page is over (tests
 * and the bench wait for it). The reader's highlights and notes are on the page too
 * (page-notes.tsx; notes over the background's port), and the popover lists the notes on the
 * cited document. Switching the site off, or the signal aborting, takes every change back.
 */
import type { Citation, UnLang } from '../../lib/citations/types';
import { pageLinkOf } from '../../lib/reader/page-link';
import { pageLangOf, pageSymbolOf } from '../../lib/page/page-context';
import { startPageScanner, type PageScanner } from '../../lib/page/page-scanner';
import type { DocumentRef } from '../../lib/notes/types';
import type { TextBlock } from '../../lib/surface/surface';
import { connectNotesStore } from '../../lib/notes/notes-port-client';
import { startPageNotes, type PageNotes } from '../../components/page/page-notes';
import { servePagePanelPorts } from './page-panel-port';
import { citationHref } from '../../lib/reader/citation-marks';
import { browser } from 'wxt/browser';
import { t } from '../../components/extension/i18n';
import { createMetadataClient } from '../../components/extension/metadata-client';
import { attachCitationPopovers } from '../../components/popover/citation-popover';
import { bodyName } from '../../components/popover/PopoverCard';
import { watchSiteEnabled } from './site-switch';
import { addPageStyle } from '../../lib/page/page-style';
import { nearViewport, windowClock } from '../../lib/page/window-clock';
import { citingTextInPage } from './citing-text';

/**
 * `<html data-resolute-ready="1">`: Resolute is on in this page (its site is switched on);
 * `<html data-resolute-scan="done">`: the first pass over the page is over. Test builds only
 * (lib/test-hooks.d.ts): in a production build a page learns nothing from its root element.
 */
const READY_ATTRIBUTE = 'resoluteReady';
const SCAN_ATTRIBUTE = 'resoluteScan';

export interface PageSessionOptions {
  win: Window;
  signal: AbortSignal;
  /** Whether the page's site is on (default: the site switch, site-switch.ts). */
  watchEnabled?: (url: string, onChange: (enabled: boolean) => void, signal: AbortSignal) => void;
}

export function startPageSession(options: PageSessionOptions): void {
  const { win, signal } = options;
  let stop: (() => void) | null = null;
  const watch = options.watchEnabled ?? watchSiteEnabled;
  watch(
    win.location.href,
    (enabled) => {
      if (enabled && stop === null) stop = linkPage(win);
      else if (!enabled && stop !== null) {
        stop();
        stop = null;
      }
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    stop?.();
    stop = null;
  });
}

/** Links the page now; returns the function that takes it all back. */
function linkPage(win: Window): () => void {
  const doc = win.document;
  const url = win.location.href;
  const root = doc.documentElement;
  if (__RESOLUTE_TEST_HOOKS__) root.dataset[READY_ATTRIBUTE] = '1';
  const pageLang = pageLangOf(doc, url);
  const readerLang: UnLang = pageLang ?? 'en';
  const removeStyle = addPageStyle(doc);
  const client = createMetadataClient();
  const popovers = new AbortController();
  const readerUrl = (address: string) => new URL(address, browser.runtime.getURL('/')).href;
  const pageSymbol = pageSymbolOf(doc, url);
  // Notes live in the background's database; the port opens on first use.
  const notesStore = connectNotesStore(browser.runtime);
  const notesStop = new AbortController();
  let pageNotes: PageNotes | null = null;
  /** Blocks linked before the notes were started (none, unless the first screen is linked at once). */
  const early: TextBlock[] = [];
  let firstPassEarly = false;
  // Chrome's side panel lists what this page cites, as it does for a document in the reader.
  const panelStop = new AbortController();
  const panelPorts = servePagePanelPorts({ win, pageSymbol, pageLang: pageLang ?? null, readerUrl, signal: panelStop.signal });

  const scanner: PageScanner = startPageScanner({
    doc,
    url,
    pageLang,
    pageSymbol,
    clock: windowClock(win),
    nearViewport: nearViewport(win),
    observe: (callback) => new MutationObserver((records) => callback(records)),
    // Public addresses, not the extension's: see lib/reader/page-link.ts.
    hrefOf: (citation: Citation, lang: UnLang | undefined) => {
      const address = citationHref(citation, lang ?? readerLang);
      return address === null ? null : pageLinkOf(address, lang ?? readerLang);
    },
    labelOf: citationLabels(),
    onFirstPass: () => {
      if (__RESOLUTE_TEST_HOOKS__) root.dataset[SCAN_ATTRIBUTE] = 'done';
      panelPorts.changed();
      if (pageNotes !== null) pageNotes.firstPassDone();
      else firstPassEarly = true;
    },
    onLinked: (block) => {
      panelPorts.changed();
      if (pageNotes !== null) pageNotes.blockLinked(block);
      else early.push(block);
    },
    onError: (error) => console.error('Resolute: linking a block failed', error),
  });
  pageNotes = startPageNotes({
    win,
    surface: scanner.surface,
    doc: notesDocumentOf(pageSymbol, pageLang, url),
    lang: pageLang ?? null,
    title: doc.title.trim() === '' ? null : doc.title.trim(),
    notes: notesStore,
    readerUrl,
    signal: notesStop.signal,
  });
  for (const block of early.splice(0)) pageNotes.blockLinked(block);
  if (firstPassEarly) pageNotes.firstPassDone();
  if (doc.body !== null) {
    attachCitationPopovers(doc.body, {
      lang: () => readerLang,
      client,
      signal: popovers.signal,
      readerUrl: (address) => pageLinkOf(address, readerLang) ?? readerUrl(address),
      // No notes in a card on a web page: the card is in the page's reach (ADR 0024).
      citingText: citingTextInPage,
    });
  }

  return () => {
    popovers.abort();
    panelStop.abort();
    // The marks go first (taken out exactly), then the citations under them.
    notesStop.abort();
    scanner.destroy();
    notesStore.close();
    client.destroy();
    removeStyle();
    if (__RESOLUTE_TEST_HOOKS__) {
      delete root.dataset[SCAN_ATTRIBUTE];
      delete root.dataset[READY_ATTRIBUTE];
    }
  };
}

/**
 * The document the page's notes belong to: its UN symbol when it has one (shared with the PDF in
 * the reader), else the page itself by its address without fragment.
 */
function notesDocumentOf(symbol: string | null, lang: UnLang | undefined, url: string): DocumentRef {
  if (symbol !== null) return { kind: 'symbol', symbol, lang: lang ?? 'en' };
  const address = new URL(url);
  address.hash = '';
  return { kind: 'page', url: address.href };
}

/**
 * Accessible names of citations. The message is asked of the browser once per session with
 * markers for its placeholders, then filled here: a page of ten thousand citations would
 * otherwise make ten thousand extension API calls (each a binding call with argument checks).
 */
function citationLabels(): (citation: Citation) => string {
  const markers = ['{resolute:1}', '{resolute:2}'];
  const template = (key: 'page_citationLink' | 'page_citationUnlinked') => {
    const [head = '', rest = ''] = t(key, markers).split(markers[0]!);
    const [middle = '', tail = ''] = rest.split(markers[1]!);
    return (first: string, second: string) => `${head}${first}${middle}${second}${tail}`;
  };
  const linked = template('page_citationLink');
  const unlinked = template('page_citationUnlinked');
  return (citation) =>
    citation.symbol !== null ? linked(citation.text, citation.symbol) : unlinked(citation.text, bodyName(citation.body));
}
