/**
 * Sets the reader's per-site choices directly in the extension's storage (as the popup would),
 * from an extension page: the content script hears the change and starts or stops on its pages.
 */
import type { ExtensionBrowser } from './browser';

export async function setSiteChoices(browser: ExtensionBrowser, choices: Record<string, boolean>): Promise<void> {
  const helper = await browser.openExtensionPage('options.html');
  await helper.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set({ siteChoices: value });
  }, choices);
  await helper.close();
}
