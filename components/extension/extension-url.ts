/** Addresses inside the extension (`reader.html?…`), for links that views put on pages. */
import { browser } from 'wxt/browser';

/** `address` (relative, e.g. `reader.html?src=…`) as a full extension URL. */
export function extensionUrl(address: string): string {
  return new URL(address, browser.runtime.getURL('/')).href;
}
