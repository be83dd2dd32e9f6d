/**
 * "12 changed, 3 new, 1 dropped, 29 unchanged" in the reader's language: each count with the
 * word its plural category asks for (Russian "1 изменён, 3 изменены, 5 изменено"; Arabic has six
 * categories), through the browser's plural rules.
 */
import type { ComparisonCounts } from '../../lib/compare';
import { t, type MessageKey } from '../extension/i18n';

type Counted = 'changed' | 'new' | 'dropped' | 'unchanged';
const ORDER: readonly Counted[] = ['changed', 'new', 'dropped', 'unchanged'];

export function summaryText(counts: ComparisonCounts, locale: string): string {
  const rules = new Intl.PluralRules(locale);
  return ORDER.map((what) => countText(what, counts[what], rules)).join(t('compare_summarySeparator'));
}

function countText(what: Counted, count: number, rules: Intl.PluralRules): string {
  const category = rules.select(count);
  return t(`compare_${what}_${category}` as MessageKey, String(count));
}
