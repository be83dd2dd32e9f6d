/**
 * The tab the toolbar popup is about. Normally the active tab of the popup's window, whose URL
 * `activeTab` reveals when the toolbar button is clicked. `?tab=<id>` names another tab: the
 * popup page opened in a tab of its own (as the browser tests do) would otherwise be "current".
 * Where the browser hides the address (no host permission: Resolute holds only the UN document
 * hosts, ADR 0024), the tab's content script, if Resolute runs there, tells its page's origin.
 */
import { browser } from 'wxt/browser';
import { TAB_SITE_QUERY, parseTabSiteAnswer } from '../../lib/sites/tab-site-message';

export interface CurrentTab {
  id: number;
  /** Absent when the browser does not let the extension see it (no host access, no activeTab). */
  url?: string;
  /** Resolute's content script is in the tab (it told the site): nothing to inject there. */
  contentScript?: true;
}

/** The `?tab=` id in the popup's own query, if it is a plain non-negative integer. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

export async function findCurrentTab(search: string): Promise<CurrentTab | null> {
  const named = tabIdFromQuery(search);
  const tab = named !== null ? await browser.tabs.get(named) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  if (tab.url !== undefined) return { id: tab.id, url: tab.url };
  const origin = await browser.tabs.sendMessage(tab.id, TAB_SITE_QUERY, { frameId: 0 }).then(parseTabSiteAnswer, () => null);
  return origin !== null ? { id: tab.id, url: `${origin}/`, contentScript: true } : { id: tab.id };
}
