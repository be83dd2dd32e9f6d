/**
 * The browser's side panel (Chrome's `side_panel`, Firefox's sidebar): the citation panel of the
 * reader in the active tab. It connects to that tab over the panel's port (`panel-port-server.ts`
 * serves it), shows what the reader sends, looks titles up with its own metadata client, and
 * sends jumps and "open" back. It follows the active tab: switching tabs or a new document in the
 * tab reconnects. A tab that is not the reader answers nothing: the panel says how to get one.
 */
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { UnLang } from '../../lib/citations/types';
import { PANEL_PORT_NAME, type PanelRequestMessage } from '../../lib/messages/panel-port';
import { parsePanelDocument } from '../../lib/panel/panel-wire';
import { parseReaderAddress } from '../../lib/reader/reader-address';
import { t } from '../../components/extension/i18n';
import { CitationsPanel } from '../../components/panel/CitationsPanel';
import { createPanelController, EMPTY_DOCUMENT, type MetadataLookup } from '../../lib/panel/panel-controller';
import '../../components/panel/panel.css';

/** A reader page that is still loading registers its listener within moments: ask again then. */
const RETRY_MS = [300, 1000, 3000];

export interface SidePanelOptions {
  win: Window;
  root: HTMLElement;
  metadata: MetadataLookup;
  fallbackLang: UnLang;
  /** A panel made for one tab (Chrome's per-tab `sidePanel.setOptions`, tests) names it. */
  fixedTabId: number | null;
}

export function startSidePanel(options: SidePanelOptions): () => void {
  const { win, root } = options;
  let port: Browser.runtime.Port | null = null;
  let tabId: number | null = null;
  let connected = false;
  let retry = 0;
  let retryTimer: number | undefined;
  const status = { listeners: new Set<(connected: boolean) => void>() };
  const setConnected = (value: boolean) => {
    connected = value;
    for (const listener of status.listeners) listener(value);
  };

  const send = (message: PanelRequestMessage) => {
    try {
      port?.postMessage(message);
    } catch {
      // The reader went away; the disconnect handler reconnects.
    }
  };
  const controller = createPanelController({
    metadata: options.metadata,
    jump: (citationId) => send({ type: 'panel-jump', citationId }),
    fallbackLang: options.fallbackLang,
  });

  const disconnect = () => {
    win.clearTimeout(retryTimer);
    const open = port;
    port = null;
    open?.disconnect();
  };

  const connect = (target: number, fresh: boolean) => {
    disconnect();
    if (fresh) retry = 0;
    tabId = target;
    const opened = browser.tabs.connect(target, { name: PANEL_PORT_NAME });
    port = opened;
    opened.onMessage.addListener((raw: unknown) => {
      const message = parsePanelDocument(raw);
      if (message === null || port !== opened) return;
      retry = 0;
      setConnected(true);
      controller.setDocument({
        symbol: message.symbol,
        title: message.title,
        lang: message.lang,
        citations: message.citations,
        scanning: message.pageCount === 0 || message.pagesScanned < message.pageCount,
        pagesScanned: message.pagesScanned,
        pageCount: message.pageCount,
      });
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = null;
      setConnected(false);
      controller.setDocument(EMPTY_DOCUMENT);
      // No reader there (yet): a page just navigated may not have registered its listener.
      const delay = RETRY_MS[retry++];
      if (delay !== undefined) retryTimer = win.setTimeout(() => connect(target, false), delay);
    });
  };

  const followActiveTab = async () => {
    if (options.fixedTabId !== null) return connect(options.fixedTabId, true);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) connect(tab.id, true);
  };

  const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
    if (options.fixedTabId !== null) return;
    void browser.windows.getCurrent().then((current) => {
      if (info.windowId === current.id) connect(info.tabId, true);
    });
  };
  const onUpdated = (updated: number, change: Browser.tabs.OnUpdatedInfo) => {
    // A new document in the tab followed (a cited document opened): its reader is a new page.
    if (updated === tabId && change.status === 'complete' && !connected) connect(updated, true);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  void followActiveTab();

  const open = (href: string) => {
    const parsed = parseReaderAddress(new URL(href, win.location.href).href);
    if (parsed.ok && parsed.address.symbol !== undefined) send({ type: 'panel-open', symbol: parsed.address.symbol });
  };

  const SidePanel = () => {
    const [isConnected, setIsConnected] = useState(connected);
    useLayoutEffect(() => {
      status.listeners.add(setIsConnected);
      setIsConnected(connected);
      return () => void status.listeners.delete(setIsConnected);
    }, []);
    if (!isConnected) {
      return (
        <p class="side-panel-none" data-testid="side-panel-none">
          {t('panel_sidePanelNoReader')}
        </p>
      );
    }
    return <CitationsPanel controller={controller} open={open} />;
  };
  render(<SidePanel />, root);

  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    disconnect();
    render(null, root);
    controller.destroy();
  };
}
