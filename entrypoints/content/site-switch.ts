/**
 * The content script's view of the on/off switch for its page's site: the state at once, then
 * every change made from the popup or the options page (storage.onChanged), until the signal
 * aborts. The decision itself is `isSiteEnabled` (lib/sites).
 */
import { browser } from 'wxt/browser';
import { isSiteEnabled } from '../../lib/sites/site-choices';
import { touchesSettings } from '../../lib/settings';
import { loadSettings } from '../../components/extension/settings-storage';
import { markContentScriptPresent } from '../../lib/sites/content-script-marker';

/**
 * Calls `onChange(enabled)` with the current state for `url` as soon as storage answers, and
 * again each time it flips (not for changes that leave it as it was). Nothing is called after
 * `signal` aborts. While watching, the page is marked as having a live content script, so the
 * extension does not inject another copy when the site is switched on from the popup.
 */
export function watchSiteEnabled(url: string, onChange: (enabled: boolean) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  markContentScriptPresent(true);
  let last: boolean | null = null;
  // Reads are answered in order but may overlap; a stale answer must not undo a newer one.
  let reads = 0;
  const refresh = async () => {
    const read = ++reads;
    let enabled: boolean;
    try {
      enabled = isSiteEnabled(await loadSettings(), url);
    } catch (err) {
      // The extension was reloaded or removed under the page: its storage is gone; stay as we are.
      if (!signal.aborted) console.error('Resolute: could not read the site settings', err);
      return;
    }
    if (signal.aborted || read !== reads || enabled === last) return;
    last = enabled;
    onChange(enabled);
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && touchesSettings(changes)) void refresh();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      markContentScriptPresent(false);
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // The extension is gone (reloaded, removed): so is its listener.
      }
    },
    { once: true },
  );
  void refresh();
}
