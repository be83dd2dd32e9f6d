/**
 * Who sent a runtime message or opened a port, as the browser reports it (`runtime.MessageSender`).
 * Content scripts run inside web pages and must be treated as possibly driven by them (ADR 0024):
 * only the extension's own pages and service worker are trusted senders.
 */

/** The fields of `runtime.MessageSender` these checks read. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
  frameId?: number | undefined;
}

/**
 * Whether `sender` is one of the extension's own contexts (a page such as the reader, or the
 * service worker): same extension id, an address under the extension's base, and no tab — a
 * content script always has a tab, and its address is the web page's.
 */
export function isExtensionContext(sender: SenderLike | undefined, extensionId: string, extensionBase: string): boolean {
  if (sender === undefined || sender.id !== extensionId) return false;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(extensionBase)) return false;
  // An extension page opened in a tab (the reader) has a tab too; a content script's url is the page's.
  return sender.tab === undefined || (typeof sender.tab.url === 'string' && sender.tab.url.startsWith(extensionBase));
}
