import { describe, expect, it } from 'vitest';
import { readerRedirectRules } from '../../../lib/open-in-reader/reader-rules';
import { planReaderRuleUpdate, type InstalledRule, type RuleUpdate } from '../../../lib/open-in-reader/rule-sync';

const READER = 'chrome-extension://jfplbljalmcbdlegkmpiahmidllbgnjn/reader.html';
const wanted = readerRedirectRules(READER);
const wantedIds = wanted.map((rule) => rule.id);

/** Applies an update the way `updateDynamicRules` does: removals first, then additions. */
function apply(installed: InstalledRule[], update: RuleUpdate | null): InstalledRule[] {
  if (update === null) return installed;
  const kept = installed.filter((rule) => !update.removeRuleIds.includes(rule.id));
  return [...kept, ...(structuredClone(update.addRules) as unknown as InstalledRule[])];
}

/** A rule of another (future) feature, outside the reader's id range. */
const foreign: InstalledRule = { id: 500, priority: 1, action: { type: 'block' }, condition: { urlFilter: 'x' } };

describe('planReaderRuleUpdate', () => {
  it('installs the reader rules when the setting is on and none are there (first install)', () => {
    const update = planReaderRuleUpdate(true, READER, []);
    expect(update).toEqual({ removeRuleIds: [], addRules: wanted });
  });

  it('asks for nothing when the rules are already right: running it at every start-up is free', () => {
    const installed = apply([], planReaderRuleUpdate(true, READER, []));
    expect(planReaderRuleUpdate(true, READER, installed)).toBeNull();
  });

  it('does not mind the order in which the browser lists a rule’s fields', () => {
    const reordered = wanted.map((rule) => ({ priority: rule.priority, condition: rule.condition, id: rule.id, action: rule.action }));
    expect(planReaderRuleUpdate(true, READER, reordered)).toBeNull();
  });

  it('removes every reader rule when the setting is off, and nothing else', () => {
    const installed = [...(wanted as unknown as InstalledRule[]), foreign];
    const update = planReaderRuleUpdate(false, READER, installed);
    expect(update?.addRules).toEqual([]);
    expect([...update!.removeRuleIds].sort((a, b) => a - b)).toEqual(wantedIds);
    expect(apply(installed, update)).toEqual([foreign]);
    expect(planReaderRuleUpdate(false, READER, [foreign])).toBeNull();
  });

  it('leaves other features’ rules alone when turning on', () => {
    const after = apply([foreign], planReaderRuleUpdate(true, READER, [foreign]));
    expect(after).toContainEqual(foreign);
    expect(after).toHaveLength(wanted.length + 1);
  });

  it('replaces rules built for another reader address (a reinstalled Firefox add-on)', () => {
    const old = readerRedirectRules('moz-extension://00000000-0000-0000-0000-000000000000/reader.html');
    const installed = old as unknown as InstalledRule[];
    const update = planReaderRuleUpdate(true, READER, installed);
    expect(update).not.toBeNull();
    expect(apply(installed, update)).toEqual(wanted);
  });

  it('drops a stale reader-range rule from an older version', () => {
    const stale: InstalledRule = { id: 42, priority: 1, action: { type: 'redirect' }, condition: {} };
    const installed = [...(wanted as unknown as InstalledRule[]), stale];
    const update = planReaderRuleUpdate(true, READER, installed);
    expect(update?.removeRuleIds).toContain(42);
    expect(apply(installed, update)).toEqual(wanted);
  });

  it('ends where the last call says, whatever it starts from (on, off, on)', () => {
    let installed: InstalledRule[] = [foreign];
    for (const enabled of [true, true, false, false, true, false, true]) {
      installed = apply(installed, planReaderRuleUpdate(enabled, READER, installed));
      const readerIds = installed.map((rule) => rule.id).filter((id) => id < 100);
      expect(readerIds.sort((a, b) => a - b)).toEqual(enabled ? wantedIds : []);
      expect(installed).toContainEqual(foreign);
    }
  });
});
