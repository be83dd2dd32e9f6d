/**
 * Compares two versions of a resolution (a draft and what was adopted, or last session's text
 * and this one's): their paragraphs paired by content, with word differences for the changed.
 */
import type { UnLang } from '../citations/types';
import { alignParagraphs } from './align';
import { bodyText } from './page-furniture';
import { paragraphsOf } from './paragraphs';
import type { Comparison, ComparisonCounts, ParagraphPair } from './types';

export interface VersionText {
  /** Each page's text, lines joined by "\n" (as the PDF text extraction gives it). */
  pageTexts: readonly string[];
  lang: UnLang;
}

export function compareVersions(older: VersionText, newer: VersionText): Comparison {
  const pairs = alignParagraphs(paragraphsOf(bodyText(older.pageTexts), older.lang), paragraphsOf(bodyText(newer.pageTexts), newer.lang));
  return { pairs, counts: countPairs(pairs) };
}

export function countPairs(pairs: readonly ParagraphPair[]): ComparisonCounts {
  const counts: ComparisonCounts = { unchanged: 0, changed: 0, new: 0, dropped: 0, moved: 0 };
  for (const pair of pairs) {
    counts[pair.status]++;
    if (pair.moved) counts.moved++;
  }
  return counts;
}
