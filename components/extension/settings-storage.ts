/**
 * Reading, writing and watching the settings in `storage.local` (any extension context). What is
 * stored is checked by `lib/settings.ts`; the background reacts to changes on its own.
 */
import { browser } from 'wxt/browser';
import { SETTING_KEYS, readSettings, touchesSettings, type Settings } from '../../lib/settings';

export async function loadSettings(): Promise<Settings> {
  return readSettings(await browser.storage.local.get(SETTING_KEYS));
}

export async function saveSettings(change: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(change);
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the stop function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && touchesSettings(changes)) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
