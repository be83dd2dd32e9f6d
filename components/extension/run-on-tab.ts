/** After a site was switched on from a page that knows the tab: start Resolute there now. */
import { injectIfAbsent } from './inject-now';
import type { CurrentTab } from './current-tab';

/**
 * Injects the content script into `tab` unless it is there already. Resolves to whether the
 * reader must reload instead (the browser would not let the script in).
 */
export async function startOnTab(tab: CurrentTab): Promise<{ reloadNeeded: boolean }> {
  // It follows the switch by itself; probing would need a host permission Resolute does not hold.
  if (tab.contentScript === true) return { reloadNeeded: false };
  try {
    await injectIfAbsent(tab.id);
    return { reloadNeeded: false };
  } catch (err) {
    console.warn('Resolute: could not start on the open tab', err);
    return { reloadNeeded: true };
  }
}
