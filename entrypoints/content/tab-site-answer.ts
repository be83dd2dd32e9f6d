/**
 * Answers the popup's "which site is this tab on?" (lib/sites/tab-site-message.ts) with the
 * page's origin, so the popup's site switch works where host permissions do not reach (ADR 0024).
 * Only the extension's own pages are answered: `tabs.sendMessage` cannot come from a web page,
 * and the sender check keeps it that way should another path ever reach this listener.
 */
import { browser } from 'wxt/browser';
import { isExtensionContext, type SenderLike } from '../../lib/security/sender';
import { parseTabSiteQuery, type TabSiteAnswer } from '../../lib/sites/tab-site-message';

export function answerTabSite(win: Window, signal: AbortSignal): void {
  // `sendResponse`, answered at once (ADR 0004); other messages are left to their own listeners.
  const onMessage = (raw: unknown, sender: SenderLike, sendResponse: (answer: TabSiteAnswer) => void): undefined => {
    if (parseTabSiteQuery(raw) === null || !isExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    sendResponse({ origin: win.location.origin });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
