/**
 * The words on marks: accessible names of highlights and clause numbers, and the "from the other
 * language version" indication, all through i18n.
 */
import type { DocumentText } from '../../lib/anchoring/types';
import type { UnLang } from '../../lib/citations/types';
import type { Clause } from '../../lib/clauses/types';
import type { HighlightMark } from '../../lib/surface/surface';
import { t } from '../extension/i18n';
import type { ClauseControl } from '../../lib/marks/mark-painter';
import type { PlacedNote } from '../../lib/marks/placed-notes';

export type LanguageName = (lang: UnLang) => string;

const EXCERPT = 60;

/** A control for every printed clause number (`12.`, `(b)`); preambular paragraphs have none. */
export function clauseControlsOf(clauses: readonly Clause[], text: DocumentText): ClauseControl[] {
  return clauses
    .filter((clause) => clause.label !== '' && clause.labelEnd > clause.labelStart)
    .map((clause) => ({
      clauseId: clause.id,
      labelStart: clause.labelStart,
      labelEnd: clause.labelEnd,
      // "12." is read as "paragraph 12"; "(b)" stays as printed.
      name: t(
        'mark_clauseButton',
        text.text
          .slice(clause.labelStart, clause.labelEnd)
          .trim()
          .replace(/[.．]$/, ''),
      ),
    }));
}

/** How a placed note is drawn: its colour, name, and where it came from. */
export function highlightMarkOf(entry: PlacedNote, text: DocumentText, languageName: LanguageName, noteTextInLabel = true): HighlightMark {
  const { note, anchor } = entry;
  const hasText = note.text.trim() !== '';
  // On a web page the mark is in the page's own DOM, where the site's scripts can read it: the
  // note's words stay out of its name there (they show in Resolute's card, opened from the mark).
  const label = hasText
    ? noteTextInLabel
      ? t('mark_noteLabel', excerpt(note.text))
      : t('mark_notePrivateLabel')
    : t('mark_highlightLabel', excerpt(anchor === undefined ? '' : text.text.slice(anchor.start, anchor.end)));
  // Where the note's words stay out of the name, its id stays out of the DOM too.
  const mark: HighlightMark = {
    noteId: note.id,
    colour: note.colour,
    label,
    ...(hasText ? { hasNote: true } : {}),
    ...(noteTextInLabel ? {} : { idHidden: true }),
  };
  if (entry.status === 'other-language' && note.doc.kind === 'symbol') {
    const from = t('mark_fromLanguage', languageName(note.doc.lang));
    return { ...mark, fromLang: note.doc.lang, title: from, label: `${label} (${from})` };
  }
  return mark;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1)}…`;
}
