/**
 * The reader redirect rules are dynamic declarativeNetRequest rules that the background writes
 * a moment after install (ADR 0007: Firefox's per-install origin rules out a static ruleset). A
 * navigation before that moment lands in the browser's own PDF viewer, so every launch waits
 * here until they are in force: no test or bench depends on running second.
 */
import type { Worker } from 'playwright-core';

const RULES_TIMEOUT_MS = 30_000;

/** Resolves once the rules are written (or the setting that asks for them is off); throws after 30 s. */
export async function readerRulesReady(serviceWorker: Worker): Promise<void> {
  const ready = await serviceWorker.evaluate(async (timeout) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
        declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> };
      };
    };
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      const { openInReader } = await chrome.storage.local.get('openInReader');
      if (openInReader === false) return true;
      if ((await chrome.declarativeNetRequest.getDynamicRules()).length > 0) return true;
      await new Promise((wait) => setTimeout(wait, 50));
    }
    return false;
  }, RULES_TIMEOUT_MS);
  if (!ready) throw new Error(`the extension wrote no reader redirect rules within ${RULES_TIMEOUT_MS / 1000} s`);
}
