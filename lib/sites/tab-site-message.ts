/**
 * The popup asks the tab's content script which site it runs on (ADR 0024). Host permissions
 * cover only the UN hosts Resolute fetches from; on the other default sites the browser hides the
 * tab's address from the popup unless the toolbar button granted `activeTab`. The content script
 * knows its own page's origin and tells only that (never the path, the query or the fragment).
 */
import { isRecord } from '../messages/check';

export interface TabSiteQuery {
  type: 'resolute-tab-site';
}

export interface TabSiteAnswer {
  origin: string;
}

export const TAB_SITE_QUERY: TabSiteQuery = { type: 'resolute-tab-site' };

export function parseTabSiteQuery(x: unknown): TabSiteQuery | null {
  return isRecord(x) && x.type === TAB_SITE_QUERY.type && Object.keys(x).length === 1 ? TAB_SITE_QUERY : null;
}

/** The answer's origin if it is a plain https origin (what a content script can run on), else null. */
export function parseTabSiteAnswer(x: unknown): string | null {
  if (!isRecord(x) || typeof x.origin !== 'string' || Object.keys(x).length !== 1) return null;
  try {
    const url = new URL(x.origin);
    return url.protocol === 'https:' && url.origin === x.origin && url.username === '' ? url.origin : null;
  } catch {
    return null;
  }
}
