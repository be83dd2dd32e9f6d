/**
 * Background glue: answers runtime messages with the pure handler in `lib/messages/runtime-handler.ts`, keeps the
 * reader redirect rules in step with the setting, and runs the reader's "open the original PDF"
 * bypass. Behaviour is tested in node (tests/unit), this wiring in Chromium (tests/e2e).
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findCitations } from '../../lib/citations';
import type { Response } from '../../lib/messages/runtime';
import { respondToMessage, type HandlerDeps, type SenderInfo } from '../../lib/messages/runtime-handler';
import { startOriginalBypass } from './original-bypass';
import { keepReaderRedirectInStep } from './reader-redirect';
import { startMetadataService } from './metadata-background';
import { startNotesPortHost } from './notes-background';
import { isNotesFrameMessage } from '../../lib/notes-frame-messages';
import { keepContentScriptRegistered } from './content-script-registration';

/** What the handler may rely on about a sender: its tab, and whether it is our own page. */
function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo {
  const ownOrigin = browser.runtime.getURL('/');
  const info: SenderInfo = {
    fromExtensionPage: sender.id === browser.runtime.id && (sender.url ?? '').startsWith(ownOrigin),
  };
  if (sender.tab?.id !== undefined) info.tabId = sender.tab.id;
  return info;
}

/** Starts answering runtime messages; returns the function that stops it. */
function listenForMessages(deps: HandlerDeps): () => void {
  // `sendResponse` + `return true` (keep the channel open) works in Chrome and Firefox, with or
  // without webextension-polyfill, and matches the listener type `wxt/browser` declares (ADR 0004).
  // Every message, valid or not, gets an answer: `respondToMessage` never rejects.
  // The notes frame's requests are answered by their own listener (notes-background.ts).
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: Response) => void): true | undefined => {
    if (isNotesFrameMessage(raw)) return undefined;
    void respondToMessage(raw, deps, senderInfo(sender)).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export default defineBackground(() => {
  // Everything is registered synchronously at start-up: an MV3 service worker woken by an event
  // only delivers it to listeners added in its first turn.
  keepReaderRedirectInStep();
  const bypass = startOriginalBypass();
  startMetadataService();
  // Notes for content scripts, which cannot open the extension's IndexedDB (ADR 0012).
  startNotesPortHost();
  // HTML pages outside the default sites, once the reader switched them on and granted them.
  keepContentScriptRegistered();
  listenForMessages({
    version: browser.runtime.getManifest().version,
    findCitations,
    openOriginal: (url, tabId) => bypass.open(url, tabId),
  });
});
