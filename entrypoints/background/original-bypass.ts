/**
 * "Open the original PDF" in the background: an allow session rule lets the reader's tab through
 * the redirect to the UN document hosts, the tab is sent to the original address, and the rule
 * goes once the tab has landed there, when the tab closes, or after a timeout (ADR 0007). The
 * rule's shape and the decisions are pure (`lib/open-in-reader/original-bypass.ts`).
 */
import { browser, type Browser } from 'wxt/browser';
import {
  BYPASS_TIMEOUT_MS,
  bypassIsUsed,
  bypassRule,
  bypassRuleIdsForTab,
  isBypassRuleId,
  nextBypassRuleId,
} from '../../lib/open-in-reader/original-bypass';
import { toBrowserRules } from './browser-rules';

export interface OriginalBypass {
  /** Lets tab `tabId` through to `url` (already validated) and navigates it there. */
  open(url: string, tabId: number): Promise<void>;
  /** Stops listening to tabs and forgets the timers (the session rules end with the session). */
  stop(): void;
}

const dnr = () => browser.declarativeNetRequest;

export function startOriginalBypass(): OriginalBypass {
  // Session-rule edits run one at a time: each reads the rules and writes ids based on them.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work);
    queue = next.catch((err: unknown) => console.error('Resolute: original-PDF bypass', err));
    return next;
  }
  const timers = new Map<number, ReturnType<typeof setTimeout>>();

  function end(tabId: number): Promise<void> {
    clearTimeout(timers.get(tabId));
    timers.delete(tabId);
    return serial(async () => {
      const ids = bypassRuleIdsForTab(await dnr().getSessionRules(), tabId);
      if (ids.length > 0) await dnr().updateSessionRules({ removeRuleIds: ids });
    });
  }

  // A bypass left by an earlier life of this background (a service worker stopped before its
  // timer fired) would keep its tab out of the reader for the whole session: drop them all.
  void serial(async () => {
    const stale = (await dnr().getSessionRules()).map((rule) => rule.id).filter(isBypassRuleId);
    if (stale.length > 0) await dnr().updateSessionRules({ removeRuleIds: stale });
  });

  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (timers.has(tabId) && bypassIsUsed(change.status, tab.url)) void end(tabId);
  };
  const onRemoved = (tabId: number) => {
    if (timers.has(tabId)) void end(tabId);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  return {
    async open(url, tabId) {
      await serial(async () => {
        const rules = await dnr().getSessionRules();
        await dnr().updateSessionRules({
          removeRuleIds: bypassRuleIdsForTab(rules, tabId),
          addRules: toBrowserRules([bypassRule(nextBypassRuleId(rules), tabId)]),
        });
      });
      clearTimeout(timers.get(tabId));
      timers.set(
        tabId,
        setTimeout(() => void end(tabId), BYPASS_TIMEOUT_MS),
      );
      try {
        await browser.tabs.update(tabId, { url });
      } catch (err) {
        await end(tabId);
        throw err;
      }
    },
    stop() {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
