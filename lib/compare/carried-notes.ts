/**
 * The reader's notes on the older version, shown on the paragraph each became in the newer one:
 * a note made on old op 12 (its clause selector says `op-12`) belongs to the pair whose older
 * paragraph is op 12, whatever the newer one is numbered. A note on a sub-paragraph that is not
 * a paragraph of its own in the comparison goes to its nearest enclosing one.
 */
import type { Selector } from '../anchoring/types';
import type { ParagraphPair } from './types';

export interface CarriedNote {
  id: string;
  /** The note's text (plain text, shown as text). */
  text: string;
  /** The words the note was made on, if it was made on a selection. */
  quote?: string;
  /** The older paragraph's id the note was made on. */
  clause: string;
}

export interface NoteLike {
  id: string;
  text: string;
  selectors: readonly Selector[];
}

const CLAUSE_SCHEME = 'https://resolute.invalid/ns/clause';

/** Pair index → the notes on its older paragraph. */
export function notesOnOlderParagraphs(notes: readonly NoteLike[], pairs: readonly ParagraphPair[]): Map<number, CarriedNote[]> {
  const byOldId = new Map<string, number>();
  pairs.forEach((pair, index) => {
    if (pair.old !== undefined) byOldId.set(pair.old.id, index);
  });
  const carried = new Map<number, CarriedNote[]>();
  for (const note of notes) {
    const clause = note.selectors.find((s) => s.type === 'FragmentSelector' && s.conformsTo === CLAUSE_SCHEME)?.value;
    if (clause === undefined) continue;
    // op-12-b-ii, else op-12-b, else op-12.
    const parts = clause.split('-');
    let index: number | undefined;
    for (let length = parts.length; length >= 2 && index === undefined; length--) index = byOldId.get(parts.slice(0, length).join('-'));
    if (index === undefined) continue;
    const quote = note.selectors.find((s) => s.type === 'TextQuoteSelector');
    const entry: CarriedNote = {
      id: note.id,
      text: note.text,
      clause,
      ...(quote !== undefined && quote.type === 'TextQuoteSelector' ? { quote: quote.exact } : {}),
    };
    carried.set(index, [...(carried.get(index) ?? []), entry]);
  }
  return carried;
}
