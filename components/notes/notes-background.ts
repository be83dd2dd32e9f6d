/**
 * Wires the notes port host into the background (ADR 0012): content scripts connect a Port
 * named `notes`; the background opens the database for them and relays every change heard on
 * the BroadcastChannel (writes by extension pages, and its own) to every connected port.
 */
import { browser, type Browser } from 'wxt/browser';
import { NOTES_PORT_NAME } from '../../lib/messages';
import { isExtensionContext } from '../../lib/security/sender';
import { createNotesPortHost } from './notes-port-host';
import { openSharedNotesStore, subscribeNotesChanges } from './notes-sync';

/** Starts serving notes ports; returns the function that stops it. */
export function startNotesPortHost(): () => void {
  const host = createNotesPortHost(() => openSharedNotesStore(globalThis));
  const stop = new AbortController();
  subscribeNotesChanges(globalThis, (change) => host.broadcast(change), stop.signal);
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== NOTES_PORT_NAME) return;
    if (port.sender?.id !== browser.runtime.id) return port.disconnect();
    // Who is connecting comes from the browser, not from the messages: an extension page (not in
    // a web page's tab), or a content script, held to the page it runs in (its frame's address).
    if (isExtensionContext(port.sender, browser.runtime.id, browser.runtime.getURL('/'))) host.serve(port, { fromExtensionPage: true });
    else host.serve(port, { fromExtensionPage: false, pageUrl: port.sender.url });
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onConnect.removeListener(onConnect);
    stop.abort();
    host.close();
  };
}
