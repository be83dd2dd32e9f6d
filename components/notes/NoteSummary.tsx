/**
 * What a note says, for the lists (reader panel, notes page): its colour, what it marks (the quote,
 * or the paragraph for a whole-clause mark), its text with line breaks, and its tags. All as text.
 */
import type { Note } from '../../lib/notes/types';
import { t } from '../extension/i18n';
import { COLOUR_KEYS } from './NoteEditor';
import { clauseLabel, clauseOf, excerpt, isPreambular, quoteOf } from '../../lib/notes/notes-ui-format';

/**
 * Longest quote shown in a list: a whole-clause mark quotes its clause, which may run to a page.
 * The quote is flattened too: PDF text keeps the layout's line breaks, which mean nothing here.
 */
const QUOTE_SHOWN = 280;

export function NoteMarked({ note }: { note: Note }) {
  const quote = quoteOf(note);
  const clause = clauseOf(note);
  const lang = note.doc.kind === 'symbol' ? note.doc.lang : undefined;
  if (quote !== undefined) {
    return (
      <blockquote class="note-quote" data-part="quote" lang={lang} title={quote.exact.length > QUOTE_SHOWN ? quote.exact : undefined}>
        {excerpt(quote.exact, QUOTE_SHOWN)}
      </blockquote>
    );
  }
  if (clause !== undefined) {
    return (
      <p class="note-clause" data-part="clause">
        {isPreambular(clause) ? t('notes_preambular', clauseLabel(clause)) : t('notes_paragraph', clauseLabel(clause))}
      </p>
    );
  }
  return null;
}

export function NoteBody({ note }: { note: Note }) {
  return (
    <>
      <span class="note-swatch" data-colour={note.colour} role="img" aria-label={t(COLOUR_KEYS[note.colour])} />
      <NoteMarked note={note} />
      {note.text.trim() === '' ? (
        <p class="note-body note-body-empty" data-part="text">
          {t('notes_highlightOnly')}
        </p>
      ) : (
        <p class="note-body" data-part="text">
          {note.text}
        </p>
      )}
      {note.tags.length > 0 && (
        <ul class="note-tag-list" data-part="tags" aria-label={t('notes_filterTag')}>
          {note.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </>
  );
}
