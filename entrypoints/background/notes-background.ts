/**
 * Wires the notes port host into the background (ADR 0012): content scripts connect a Port
 * named `notes`; the background opens the database for them and relays every change heard on
 * the BroadcastChannel (writes by extension pages, and its own) to every connected port.
 */
import { browser, type Browser } from 'wxt/browser';
import { NOTES_PORT_NAME } from '../../lib/messages/notes-port';
import { NOTES_FRAME_PAGE, parseNotesFrameClose } from '../../lib/notes-frame-messages';
import { isExtensionContext } from '../../lib/security/sender';
import { createNotesPortHost } from '../../lib/notes/notes-port-host';
import { openSharedNotesStore, subscribeNotesChanges } from '../../lib/notes/notes-sync';

/** Starts serving notes ports; returns the function that stops it. */
export function startNotesPortHost(): () => void {
  const host = createNotesPortHost(() => openSharedNotesStore(globalThis));
  const stop = new AbortController();
  subscribeNotesChanges(globalThis, (change) => host.broadcast(change), stop.signal);
  const frameUrl = browser.runtime.getURL(`/${NOTES_FRAME_PAGE}`);
  /** Each tab's page, as its content script's port reported it (the browser's sender, top frame). */
  const tabPages = new Map<number, { port: Browser.runtime.Port; url: string | undefined }>();
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== NOTES_PORT_NAME) return;
    const sender = port.sender;
    if (sender?.id !== browser.runtime.id) return port.disconnect();
    const tabId = sender.tab?.id;
    // Who is connecting comes from the browser, not from the messages. The notes frame is an
    // extension page inside a web page's tab: it gets that tab's page, as its content script would.
    if ((sender.url ?? '').startsWith(frameUrl)) {
      return host.serve(port, { fromExtensionPage: false, pageUrl: tabId === undefined ? undefined : tabPages.get(tabId)?.url });
    }
    if (isExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/'))) return host.serve(port, { fromExtensionPage: true });
    // A content script, held to the page it runs in (its frame's address).
    if (tabId !== undefined && sender.frameId === 0) {
      tabPages.set(tabId, { port, url: sender.url });
      port.onDisconnect.addListener(() => {
        if (tabPages.get(tabId)?.port === port) tabPages.delete(tabId);
      });
    }
    host.serve(port, { fromExtensionPage: false, pageUrl: sender.url });
  };
  // The frame's "close me", passed on to its own tab's content script only.
  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (parseNotesFrameClose(raw) === null || sender.id !== browser.runtime.id || !(sender.url ?? '').startsWith(frameUrl))
      return undefined;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) void browser.tabs.sendMessage(tabId, raw, { frameId: 0 }).catch(() => undefined);
    return undefined;
  };
  browser.runtime.onConnect.addListener(onConnect);
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onConnect.removeListener(onConnect);
    stop.abort();
    host.close();
  };
}
