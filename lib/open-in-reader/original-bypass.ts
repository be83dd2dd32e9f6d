/**
 * "Open the original PDF": the reader asks the background to take its tab to the document's
 * original address without the redirect rules sending it straight back (ADR 0007).
 *
 * The original address is usually the start of a redirect chain (undocs.org → the symbol API on
 * documents.un.org → the PDF file), and the browser checks the rules again at every hop, so
 * allowing the one URL the reader named is not enough. The bypass is an `allow` session rule for
 * top-level navigations to the UN document hosts IN THAT TAB ONLY, above the redirect rules, that
 * the background removes once the tab has landed on the original (or after a timeout).
 */
import type { DnrRule } from './dnr-rule';
import { UN_DOCUMENT_HOSTS } from './reader-rules';

/** Real document addresses are under 300 characters; a much longer one is not an address we made. */
export const MAX_ORIGINAL_URL_LENGTH = 4096;

/** Session rule ids from here on are bypasses; far from the reader's dynamic ids (1…99) on purpose. */
export const BYPASS_RULE_ID_MIN = 1000;
export const BYPASS_RULE_ID_MAX = 999_999;
/** Above every redirect rule. */
export const BYPASS_PRIORITY = 100;
/** Removed after this even if the tab never reports that it finished loading. */
export const BYPASS_TIMEOUT_MS = 30_000;

export type OriginalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Accepts an https address on undocs.org, docs.un.org or documents.un.org (no credentials, no
 * other port) and returns it as the URL parser normalises it; says why anything else is refused.
 */
export function checkOriginalUrl(raw: unknown): OriginalUrlCheck {
  if (typeof raw !== 'string') return { ok: false, reason: '"url" must be a string' };
  if (raw.length > MAX_ORIGINAL_URL_LENGTH) {
    return { ok: false, reason: `"url" is longer than ${MAX_ORIGINAL_URL_LENGTH} characters` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: '"url" is not an absolute URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: '"url" must be an https address' };
  if (url.username !== '' || url.password !== '' || url.port !== '') {
    return { ok: false, reason: '"url" must not carry credentials or a port' };
  }
  if (!(UN_DOCUMENT_HOSTS as readonly string[]).includes(url.hostname)) {
    return { ok: false, reason: `"url" must be on ${UN_DOCUMENT_HOSTS.join(', ')}` };
  }
  return { ok: true, url: url.href };
}

export function isBypassRuleId(id: number): boolean {
  return id >= BYPASS_RULE_ID_MIN && id <= BYPASS_RULE_ID_MAX;
}

/** The allow rule that lets tab `tabId` reach the UN document hosts without being redirected. */
export function bypassRule(id: number, tabId: number): DnrRule {
  return {
    id,
    priority: BYPASS_PRIORITY,
    action: { type: 'allow' },
    condition: { tabIds: [tabId], requestDomains: [...UN_DOCUMENT_HOSTS], resourceTypes: ['main_frame'] },
  };
}

interface SessionRule {
  id: number;
  condition?: { tabIds?: number[] };
}

/** A free bypass id: one past the highest in use (ids are plentiful; the list is tiny). */
export function nextBypassRuleId(installed: readonly SessionRule[]): number {
  const used = installed.map((rule) => rule.id).filter(isBypassRuleId);
  const next = used.length === 0 ? BYPASS_RULE_ID_MIN : Math.max(...used) + 1;
  // Wrap around rather than fail; by then the low ids are long gone.
  return next > BYPASS_RULE_ID_MAX ? BYPASS_RULE_ID_MIN : next;
}

/** The bypass rules that apply to `tabId` (normally none or one). */
export function bypassRuleIdsForTab(installed: readonly SessionRule[], tabId: number): number[] {
  return installed.filter((rule) => isBypassRuleId(rule.id) && (rule.condition?.tabIds ?? []).includes(tabId)).map((rule) => rule.id);
}

/**
 * Whether a tab update means the bypass has done its job: the tab finished loading a page on a UN
 * document host (the original PDF, after any redirects). The reader page finishing, or a tab
 * whose address the extension may not see, does not count.
 */
export function bypassIsUsed(status: string | undefined, tabUrl: string | undefined): boolean {
  if (status !== 'complete' || tabUrl === undefined) return false;
  return checkOriginalUrl(tabUrl).ok;
}
