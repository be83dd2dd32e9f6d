/**
 * Wires the notes port host into the background (ADR 0012): content scripts connect a Port
 * named `notes`; the background opens the database for them and relays every change heard on
 * the BroadcastChannel (writes by extension pages, and its own) to every connected port.
 * The notes frame on web pages (ADR 0024) connects `notes-frame:<token>`: it is served only once
 * its tab's content script confirms the token is its own frame's, and its requests (close, show
 * a note's highlight) go to that tab's content script only.
 */
import { browser, type Browser } from 'wxt/browser';
import { NOTES_PORT_NAME } from '../../lib/messages/notes-port';
import {
  NOTES_FRAME_PAGE,
  NOTES_FRAME_PORT_PREFIX,
  isOwnFrameAnswer,
  parseNotesFrameRequest,
  parseShowMarkAnswer,
  tokenOfFramePort,
  type NotesFrameVerifyMessage,
} from '../../lib/notes-frame-messages';
import { isExtensionContext } from '../../lib/security/sender';
import { createNotesPortHost, type NotesPortPeer } from '../../lib/notes/notes-port-host';
import { openSharedNotesStore, subscribeNotesChanges } from '../../lib/notes/notes-sync';

/** Whether tab `tabId`'s content script (top frame) says `token` is its notes frame's. */
async function tabOwnsFrame(tabId: number, token: string): Promise<boolean> {
  const ask: NotesFrameVerifyMessage = { type: 'notes-frame-verify', token };
  return browser.tabs.sendMessage(tabId, ask, { frameId: 0 }).then(isOwnFrameAnswer, () => false);
}

/** Starts serving notes ports; returns the function that stops it. */
export function startNotesPortHost(): () => void {
  const host = createNotesPortHost(() => openSharedNotesStore(globalThis));
  const stop = new AbortController();
  subscribeNotesChanges(globalThis, (change) => host.broadcast(change), stop.signal);
  const frameUrl = browser.runtime.getURL(`/${NOTES_FRAME_PAGE}`);
  const fromFrame = (sender: Browser.runtime.MessageSender | undefined) =>
    sender?.id === browser.runtime.id && (sender.url ?? '').startsWith(frameUrl) && sender.tab?.id !== undefined;
  /** Each tab's page, as its content script's port reported it (the browser's sender, top frame). */
  const tabPages = new Map<number, { port: Browser.runtime.Port; url: string | undefined }>();

  /** The frame's peer: its tab's page, once the tab's content script vouches for the token; else null. */
  const framePeer = async (tabId: number, token: string): Promise<NotesPortPeer | null> =>
    (await tabOwnsFrame(tabId, token)) ? { fromExtensionPage: false, pageUrl: tabPages.get(tabId)?.url } : null;

  const onConnect = (port: Browser.runtime.Port) => {
    const framePort = port.name.startsWith(NOTES_FRAME_PORT_PREFIX);
    if (port.name !== NOTES_PORT_NAME && !framePort) return;
    const sender = port.sender;
    if (sender?.id !== browser.runtime.id) return port.disconnect();
    // Who is connecting comes from the browser, not from the messages. The notes frame is an
    // extension page inside a web page's tab: it gets that tab's page, as its content script would,
    // and only if that content script made it.
    if ((sender.url ?? '').startsWith(frameUrl)) {
      const token = tokenOfFramePort(port.name);
      const tabId = sender.tab?.id;
      if (token === null || tabId === undefined) return port.disconnect();
      return host.serve(port, framePeer(tabId, token));
    }
    if (framePort) return port.disconnect();
    if (isExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/'))) return host.serve(port, { fromExtensionPage: true });
    const tabId = sender.tab?.id;
    // A content script, held to the page it runs in (its frame's address).
    if (tabId !== undefined && sender.frameId === 0) {
      tabPages.set(tabId, { port, url: sender.url });
      port.onDisconnect.addListener(() => {
        if (tabPages.get(tabId)?.port === port) tabPages.delete(tabId);
      });
    }
    host.serve(port, { fromExtensionPage: false, pageUrl: sender.url });
  };
  // The frame's requests, passed on to its own tab's content script only, which checks the token.
  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void): true | undefined => {
    const request = parseNotesFrameRequest(raw);
    const tabId = sender.tab?.id;
    if (request === null || !fromFrame(sender) || tabId === undefined) return undefined;
    const passed = browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    if (request.type === 'notes-frame-close') {
      void passed.catch(() => undefined);
      return undefined;
    }
    void passed.then(
      (answer) => sendResponse({ shown: parseShowMarkAnswer(answer) === true }),
      () => sendResponse({ shown: false }),
    );
    return true;
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
