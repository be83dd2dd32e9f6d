/**
 * The tab the toolbar popup is about. Normally the active tab of the popup's window, whose URL
 * `activeTab` reveals when the toolbar button is clicked. `?tab=<id>` names another tab: the
 * popup page opened in a tab of its own (as the browser tests do) would otherwise be "current".
 */
import { browser } from 'wxt/browser';

export interface CurrentTab {
  id: number;
  /** Absent when the browser does not let the extension see it (no host access, no activeTab). */
  url?: string;
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
  return tab.url !== undefined ? { id: tab.id, url: tab.url } : { id: tab.id };
}
