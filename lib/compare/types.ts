/**
 * What a comparison of two versions of a resolution is made of: the paragraphs of each version
 * (with the segmentation's clause ids), and pairs of them, each unchanged, changed, new or dropped.
 */
import type { ClauseKind } from '../clauses';
import type { DiffSegment } from './word-diff';
import type { Word } from './words';

export interface Paragraph {
  /** The clause id (`pp-3`, `op-12`, `op-12-b`): the same clause in every language version. */
  id: string;
  kind: ClauseKind;
  /** The label as printed (`12.`, `(b)`); '' for a preambular paragraph. */
  label: string;
  /** 0 for a paragraph, 1 for a sub-paragraph, 2 for a sub-sub-paragraph. */
  depth: number;
  /** The paragraph's own words, without its label and without its sub-paragraphs, lines joined. */
  text: string;
  words: Word[];
}

export type PairStatus = 'unchanged' | 'changed' | 'new' | 'dropped';

export interface ParagraphPair {
  status: PairStatus;
  /** Absent for a new paragraph. */
  old?: Paragraph;
  /** Absent for a dropped paragraph. */
  new?: Paragraph;
  /** Paired out of order: the paragraph moved among the others (not merely renumbered). */
  moved: boolean;
  /** The word differences of a changed pair, in the newer version's order. */
  diff?: DiffSegment[];
}

export interface ComparisonCounts {
  unchanged: number;
  changed: number;
  new: number;
  dropped: number;
  moved: number;
}

export interface Comparison {
  /** In the newer version's order; a dropped paragraph comes where it stood in the older one. */
  pairs: ParagraphPair[];
  counts: ComparisonCounts;
}
