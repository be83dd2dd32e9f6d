/**
 * Content script on UN sites. For now it only says it is there, with one data attribute on
 * <html> (no other page change), so tests and later features have a place to start from.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';

/** `<html data-resolute-ready="1">`: the content script has run on this page. */
const READY_ATTRIBUTE = 'resoluteReady';

export default defineContentScript({
  matches: ['*://*.un.org/*', '*://undocs.org/*'],
  main(ctx) {
    const root = document.documentElement;
    root.dataset[READY_ATTRIBUTE] = '1';
    // When the extension is reloaded or removed, leave the page as we found it.
    ctx.onInvalidated(() => {
      delete root.dataset[READY_ATTRIBUTE];
    });
  },
});
