/**
 * Chrome's offscreen document: the service worker cannot run pdf.js, so it asks this page to read
 * a cited document's first pages (ADR 0009). It does nothing else and answers only that message.
 */
import { browser } from 'wxt/browser';
import { parseReadDocumentMessage } from '../../lib/messages/offscreen';
import { readDocumentText } from '../../components/extension/read-document';

browser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
  const message = parseReadDocumentMessage(raw);
  // Not ours (another page's message): let other listeners answer.
  if (message === null) return undefined;
  void readDocumentText(message.symbol, message.lang).then(sendResponse, (error: unknown) =>
    sendResponse({ kind: 'error', detail: error instanceof Error ? error.message : String(error) }),
  );
  return true;
});
