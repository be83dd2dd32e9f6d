/**
 * Keeps the reader redirect rules in step with the setting (background only): on start-up (which
 * covers install, browser start and the service worker waking) and whenever the setting changes,
 * the dynamic rules are made to match it. The planning is pure (`lib/open-in-reader/rule-sync.ts`);
 * this is the wiring.
 */
import { browser } from 'wxt/browser';
import { planReaderRuleUpdate, type InstalledRule } from '../../lib/open-in-reader/rule-sync';
import { SETTING_KEYS, readSettings, touchesSettings } from '../../lib/settings';
import { readerPageUrl, toBrowserRules } from './browser-rules';

async function syncOnce(readerUrl: string): Promise<void> {
  const settings = readSettings(await browser.storage.local.get(SETTING_KEYS));
  const installed = (await browser.declarativeNetRequest.getDynamicRules()) as unknown as InstalledRule[];
  const update = planReaderRuleUpdate(settings.openInReader, readerUrl, installed);
  if (update === null) return;
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: update.removeRuleIds,
    addRules: toBrowserRules(update.addRules),
  });
}

/** Starts keeping the rules in step; returns the function that stops listening. */
export function keepReaderRedirectInStep(): () => void {
  const readerUrl = readerPageUrl();
  // One sync at a time, in order: each re-reads the stored setting, so after a quick on-off-on
  // the last sync leaves the rules matching what is stored now.
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(() => syncOnce(readerUrl))
      .catch((err: unknown) => console.error('Resolute: could not update the reader redirect rules', err));
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && touchesSettings(changes)) sync();
  };
  browser.storage.onChanged.addListener(onChanged);
  sync();
  return () => browser.storage.onChanged.removeListener(onChanged);
}
