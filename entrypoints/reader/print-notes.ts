/**
 * "Print my notes": the notes on this document as a printable list, in document order, each with
 * its paragraph, page, the quoted text and the note. Built with DOM text nodes only (notes and
 * quotes are the reader's own text, but never markup).
 */
import type { PlacedNote } from '../../lib/marks/placed-notes';
import { clauseLabel, clauseOf, quoteOf } from '../../lib/notes/notes-ui-format';
import { t } from '../../components/extension/i18n';

export function renderNotesForPrint(target: HTMLElement, heading: string, notes: readonly PlacedNote[]): void {
  const doc = target.ownerDocument;
  const sheet = doc.createElement('article');
  sheet.className = 'print-notes';
  const title = doc.createElement('h1');
  title.textContent = t('reader_printNotesHeading', heading);
  sheet.append(title);
  if (notes.length === 0) {
    const none = doc.createElement('p');
    none.textContent = t('reader_printNotesNone');
    sheet.append(none);
  }
  const list = doc.createElement('ol');
  for (const { note, page } of notes) {
    const item = doc.createElement('li');
    item.className = `print-note resolute-mark-${note.colour}`;
    const where: string[] = [];
    const clause = clauseOf(note);
    if (clause !== undefined) where.push(t('reader_printNoteClause', clauseLabel(clause)));
    if (page !== undefined) where.push(t('reader_printNotePage', String(page)));
    if (where.length > 0) {
      const place = doc.createElement('p');
      place.className = 'print-note-place';
      place.textContent = where.join(' · ');
      item.append(place);
    }
    const quote = quoteOf(note)?.exact;
    if (quote !== undefined && quote !== '') {
      const block = doc.createElement('blockquote');
      block.textContent = quote;
      item.append(block);
    }
    if (note.text.trim() !== '') {
      const text = doc.createElement('p');
      text.className = 'print-note-text';
      text.textContent = note.text;
      item.append(text);
    }
    if (note.tags.length > 0) {
      const tags = doc.createElement('p');
      tags.className = 'print-note-tags';
      tags.textContent = note.tags.join(', ');
      item.append(tags);
    }
    list.append(item);
  }
  sheet.append(list);
  target.append(sheet);
}
