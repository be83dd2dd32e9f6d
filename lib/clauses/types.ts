/**
 * A clause of a UN resolution or decision: a preambular or operative paragraph, or one of its
 * sub-paragraphs. UN documents number their paragraphs identically in the six language versions,
 * so a clause id names the same clause in every language; notes made on a clause in one language
 * are shown on it in the others (ADR 0011).
 */

export type ClauseKind = 'preambular' | 'operative';

export interface Clause {
  /**
   * Stable id: `pp-3` (3rd preambular paragraph), `op-12` (operative paragraph 12), `op-12-b`
   * (its sub-paragraph (b); Cyrillic `б)`, Arabic `(ب)`, Chinese `(b)`/`（b）` all map to the
   * Latin letter by position in their alphabet), `op-12-b-ii` (a roman sub-sub-paragraph).
   */
  id: string;
  kind: ClauseKind;
  /** The label as printed (`12.`, `(b)`, `б)`, `（二）`); empty for a preambular paragraph. */
  label: string;
  /** Where the label starts and ends in the text (label === text.slice(labelStart, labelEnd)). */
  labelStart: number;
  labelEnd: number;
  /** The whole clause, label included, sub-clauses included: text.slice(start, end). */
  start: number;
  end: number;
  /** The id of the enclosing clause, for a sub-paragraph. */
  parent?: string;
}
