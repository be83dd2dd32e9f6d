/**
 * Tells the background what a document the reader opened says about itself, so its cards work
 * offline afterwards (`lib/metadata/opened-documents.ts`). One message on a short-lived port; the
 * background closes it. Losing it costs nothing but an offline title later, so failures are quiet.
 */
import { browser } from 'wxt/browser';
import { LEARN_PORT_NAME, type OpenedFacts } from '../../lib/metadata/opened-documents';

export function tellOpened(facts: OpenedFacts): void {
  try {
    browser.runtime.connect({ name: LEARN_PORT_NAME }).postMessage({ type: 'metadata-learn', ...facts });
  } catch {
    // The extension is being reloaded: nothing to tell it.
  }
}
