/**
 * Wires the notes port host into the background (ADR 0012): content scripts connect a Port
 * named `notes`; the background opens the database for them and relays every change heard on
 * the BroadcastChannel (writes by extension pages, and its own) to every connected port.
 */
import { browser, type Browser } from 'wxt/browser';
import { NOTES_PORT_NAME } from '../../lib/messages/notes-port';
import { createNotesPortHost } from '../../lib/notes/notes-port-host';
import { openSharedNotesStore, subscribeNotesChanges } from '../../lib/notes/notes-sync';

/** Starts serving notes ports; returns the function that stops it. */
export function startNotesPortHost(): () => void {
  const host = createNotesPortHost(() => openSharedNotesStore(globalThis));
  const stop = new AbortController();
  subscribeNotesChanges(globalThis, (change) => host.broadcast(change), stop.signal);
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== NOTES_PORT_NAME) return;
    if (port.sender?.id !== browser.runtime.id) return port.disconnect();
    const fromExtensionPage = (port.sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    host.serve(port, { fromExtensionPage });
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onConnect.removeListener(onConnect);
    stop.abort();
    host.close();
  };
}
