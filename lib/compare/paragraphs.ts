/**
 * The paragraphs of a resolution as a comparison pairs them: each clause the segmentation finds,
 * with its own words only (a paragraph that has sub-paragraphs keeps its opening words; each
 * sub-paragraph is a paragraph of its own), without its number, so that renumbering is no change.
 */
import type { UnLang } from '../citations/types';
import { segmentClauses } from '../clauses';
import type { Paragraph } from './types';
import { joinLines, wordsOf } from './words';

export function paragraphsOf(text: string, lang: UnLang): Paragraph[] {
  const clauses = segmentClauses(text, lang);
  return clauses.map((clause, index) => {
    // Sub-clauses follow their parent in the list: the first one ends the parent's own words.
    const child = clauses[index + 1];
    const ownEnd = child !== undefined && child.parent === clause.id ? child.start : clause.end;
    const own = joinLines(text.slice(clause.labelEnd, Math.max(clause.labelEnd, ownEnd)));
    return {
      id: clause.id,
      kind: clause.kind,
      label: clause.label,
      depth: clause.id.split('-').length - 2,
      text: own,
      words: wordsOf(own),
    };
  });
}
