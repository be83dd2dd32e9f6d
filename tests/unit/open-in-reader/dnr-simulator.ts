/**
 * A small model of how Chrome and Firefox apply declarativeNetRequest rules to one request, for
 * testing the rules' regexes in node: the conditions Resolute uses (regexFilter with its case
 * flag, requestDomains, tabIds, resourceTypes), the highest priority winning, `allow` beating
 * `redirect` at equal priority (two rules tying otherwise is an error: the browsers promise no
 * order), and regexSubstitution (`\0`…`\9`) replacing the matched text.
 * The real browsers run the same rules in tests/e2e/redirect.e2e.test.ts.
 */
import type { DnrRule } from '../../../lib/open-in-reader/dnr-rule';

export interface SimulatedRequest {
  url: string;
  resourceType?: string;
  tabId?: number;
}

export interface SimulatedOutcome {
  rule: DnrRule;
  /** The address the request is redirected to (redirect rules only). */
  redirectTo?: string;
}

function regexOf(rule: DnrRule): RegExp | null {
  const { regexFilter, isUrlFilterCaseSensitive } = rule.condition;
  if (regexFilter === undefined) return null;
  // Chrome's default for the flag has changed between versions; the rules always set it.
  if (isUrlFilterCaseSensitive === undefined) throw new Error(`rule ${rule.id} leaves the case flag to the browser`);
  return new RegExp(regexFilter, isUrlFilterCaseSensitive ? '' : 'i');
}

function conditionHolds(rule: DnrRule, request: SimulatedRequest): boolean {
  const { condition } = rule;
  const url = new URL(request.url);
  if (!(condition.resourceTypes as string[]).includes(request.resourceType ?? 'main_frame')) return false;
  if (condition.tabIds && (request.tabId === undefined || !condition.tabIds.includes(request.tabId))) return false;
  if (condition.requestDomains && !condition.requestDomains.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`))) {
    return false;
  }
  const regex = regexOf(rule);
  return regex === null || regex.test(request.url);
}

/** `\1` → group 1, `\0` → the whole match, `\\` → a backslash, as the browsers substitute. */
function substitute(pattern: string, match: RegExpExecArray): string {
  return pattern.replace(/\\(\d|\\)/g, (_all, what: string) => (what === '\\' ? '\\' : (match[Number(what)] ?? '')));
}

/** The rule the browser would apply to `request`, or null when none matches. */
export function simulate(rules: readonly DnrRule[], request: SimulatedRequest): SimulatedOutcome | null {
  const matching = rules.filter((rule) => conditionHolds(rule, request));
  if (matching.length === 0) return null;
  const rank = (rule: DnrRule) => rule.priority * 10 + (rule.action.type === 'allow' ? 1 : 0);
  const winner = matching.reduce((best, rule) => (rank(rule) > rank(best) ? rule : best));
  // Between equal ranks the browsers promise no order: rules that tie must not both match.
  const tied = matching.filter((rule) => rule !== winner && rank(rule) === rank(winner));
  if (tied.length > 0) throw new Error(`rules ${winner.id} and ${tied[0]!.id} both match ${request.url} at the same priority`);
  if (winner.action.type !== 'redirect') return { rule: winner };
  const match = regexOf(winner)!.exec(request.url)!;
  const replaced =
    request.url.slice(0, match.index) +
    substitute(winner.action.redirect.regexSubstitution, match) +
    request.url.slice(match.index + match[0].length);
  return { rule: winner, redirectTo: replaced };
}
