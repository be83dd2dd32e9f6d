/**
 * The small control on a web page that lists the reader's notes on the page's document, placed
 * or not ("Your notes on A/RES/76/186: 3"). A note that cannot be placed on this page (made in
 * the PDF, while a Digital Library record shows the record, not the resolution) is not lost: it
 * is listed with its quote and text, and a link opens it in the reader at its place. Shown only
 * when there are notes; a button, keyboard-reachable, Escape closes the list.
 */
import { useState } from 'preact/hooks';
import { NoteBody } from '../notes/NoteSummary';
import type { DocumentNotesState, PlacedNote } from '../../lib/marks/placed-notes';
import { t } from '../extension/i18n';

export interface PageNotesListProps {
  state: DocumentNotesState;
  /** The document's name for people: its symbol, or "this page". */
  docName: string;
  /** The reader's address for a note (absolute), or null when the document has no reader view. */
  readerHref: (entry: PlacedNote) => string | null;
  onShow: (noteId: string) => void;
  /** A notice (a highlight could not be saved), or null. */
  status: string | null;
}

const LIST_ID = 'resolute-page-notes-list';

export function PageNotesList({ state, docName, readerHref, onShow, status }: PageNotesListProps) {
  const [open, setOpen] = useState(false);
  const count = state.notes.length;
  const summary = t('pagenotes_summary', [docName, String(count)]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <div class="page-notes" data-resolute="page-notes" onKeyDown={onKeyDown}>
      {status !== null && (
        <p class="page-notes-status" role="status">
          {t('pagenotes_status', status)}
        </p>
      )}
      {open && count > 0 && (
        <ul id={LIST_ID} class="page-notes-list" aria-label={summary}>
          {state.notes.map((entry) => {
            const href = readerHref(entry);
            const placed = entry.anchor !== undefined;
            return (
              <li key={entry.note.id} data-note-id={entry.note.id} data-status={entry.status} data-colour={entry.note.colour}>
                <NoteBody note={entry.note} />
                {!placed && <p class="page-notes-where">{t('pagenotes_notOnPage')}</p>}
                <p class="page-notes-actions">
                  {placed && (
                    <button type="button" data-action="show" onClick={() => onShow(entry.note.id)}>
                      {t('pagenotes_show')}
                    </button>
                  )}
                  {href !== null && (
                    <a href={href} target="_blank" rel="noopener" data-action="open-in-reader">
                      {t('notes_open')}
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {count > 0 && (
        <button type="button" class="page-notes-toggle" aria-expanded={open} aria-controls={LIST_ID} data-action="page-notes" onClick={() => setOpen(!open)}>
          {summary}
        </button>
      )}
    </div>
  );
}
