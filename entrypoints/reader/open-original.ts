/**
 * "Open the original PDF": the background takes the tab to the original address past the
 * reader's redirect rules (the `open-original` message, ADR 0007). If it does not answer (an
 * old background, or none yet), the reader goes there as a plain link would.
 */
import { browser } from 'wxt/browser';
import { parseResponse, type OpenOriginalMessage } from '../../lib/messages/runtime';

/** The background answers at once; past this, it is not coming. */
const ANSWER_TIMEOUT_MS = 2_000;

export async function openOriginal(win: Window, url: string): Promise<void> {
  const message: OpenOriginalMessage = { type: 'open-original', url };
  let answer: unknown;
  try {
    answer = await Promise.race([
      browser.runtime.sendMessage(message),
      new Promise((resolve) => win.setTimeout(resolve, ANSWER_TIMEOUT_MS)),
    ]);
  } catch {
    answer = undefined;
  }
  const response = parseResponse('open-original', answer);
  if (response?.ok === true) return;
  win.location.assign(url);
}
