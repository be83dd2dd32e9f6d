/**
 * The part of a declarativeNetRequest rule that Resolute uses, as plain data.
 *
 * Chrome's and Firefox's type definitions spell action and resource types as enums and live
 * behind the extension API; rules are built here, in pure code, so that they can be unit-tested
 * in node and handed unchanged to `updateDynamicRules` / `updateSessionRules` by the glue.
 */

/** Only top-level navigations: the reader's own fetches of the same URLs must never be redirected. */
export type DnrResourceType = 'main_frame';

export interface DnrCondition {
  /** An RE2 regular expression (Chrome) that must also mean the same in JavaScript (Firefox). */
  regexFilter?: string;
  /** Always set explicitly: the default changed between Chrome versions. */
  isUrlFilterCaseSensitive?: boolean;
  /** Hosts (and their subdomains) the request must go to. */
  requestDomains?: string[];
  /** Session rules only: the tabs the rule applies to. */
  tabIds?: number[];
  resourceTypes: DnrResourceType[];
}

export type DnrAction = { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };

export interface DnrRule {
  /** A positive integer, unique among the extension's dynamic (or session) rules. */
  id: number;
  /** Among matching rules, the highest priority wins; `allow` beats `redirect` at equal priority. */
  priority: number;
  action: DnrAction;
  condition: DnrCondition;
}
