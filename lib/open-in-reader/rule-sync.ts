/**
 * What to change in the extension's dynamic rules so that they match the setting: the reader
 * rules when "open UN documents in the reader" is on, none of them when it is off.
 *
 * Run at every background start-up and on every change of the setting, so it must be idempotent
 * and cheap: when the rules are already right it asks for no change at all.
 */
import type { DnrRule } from './dnr-rule';
import { isReaderRuleId, readerRedirectRules } from './reader-rules';

/** The argument of `declarativeNetRequest.updateDynamicRules`; applied atomically by the browser. */
export interface RuleUpdate {
  removeRuleIds: number[];
  addRules: DnrRule[];
}

/** A rule as the browser reports it: at least an id; the rest is compared as data. */
export interface InstalledRule {
  id: number;
  [field: string]: unknown;
}

/** JSON with object keys sorted, so two rules compare equal whatever order the browser lists fields in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The update that leaves exactly the wanted reader rules installed, or `null` when they already
 * are. Rules outside the reader's id range belong to other features and are never touched.
 */
export function planReaderRuleUpdate(enabled: boolean, readerUrl: string, installed: readonly InstalledRule[]): RuleUpdate | null {
  const wanted = enabled ? readerRedirectRules(readerUrl) : [];
  const current = installed.filter((rule) => isReaderRuleId(rule.id));
  const same =
    current.length === wanted.length && wanted.every((rule) => current.some((c) => c.id === rule.id && canonical(c) === canonical(rule)));
  if (same) return null;
  // Remove every reader rule and add the wanted ones in one call: never a moment without rules
  // (when on) and never a stale rule from an older version left behind.
  return { removeRuleIds: current.map((rule) => rule.id), addRules: wanted };
}
