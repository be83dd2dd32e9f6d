/**
 * Background glue: receives runtime messages and answers them with the pure handler in
 * `lib/messages.ts`. Its behaviour is tested in node (tests/unit/messages.test.ts), this wiring
 * in Chromium (tests/e2e/smoke.e2e.test.ts).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findCitations } from '../lib/citations';
import { respondToMessage, type HandlerDeps, type Response } from '../lib/messages';

/** Starts answering runtime messages; returns the function that stops it. */
function listenForMessages(deps: HandlerDeps): () => void {
  // `sendResponse` + `return true` (keep the channel open) works in Chrome and Firefox, with or
  // without webextension-polyfill, and matches the listener type `wxt/browser` declares (ADR 0004).
  // Every message, valid or not, gets an answer: `respondToMessage` never rejects.
  const listener = (raw: unknown, _sender: unknown, sendResponse: (response: Response) => void): true => {
    void respondToMessage(raw, deps).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export default defineBackground(() => {
  // Registered synchronously at start-up: an MV3 service worker woken by a message only
  // delivers it to listeners added in its first turn.
  listenForMessages({ version: browser.runtime.getManifest().version, findCitations });
});
