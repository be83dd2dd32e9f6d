/**
 * The Notes tab of the reader's panel: the open document's notes in document order (as the
 * reader's marks controller placed them), each with what it marks, its text and tags, where it
 * stands in this version (from another language, not found), a button that takes the pages to it,
 * and its editor. Notes that cannot be placed stay listed with their quote and text.
 */
import { useState } from 'preact/hooks';
import type { NotesStore, Note } from '../../lib/notes/types';
import { t } from '../extension/i18n';
import type { DocumentNotes as ReaderNotes, PlacedNote } from '../../lib/marks/placed-notes';
import { NoteEditor } from './NoteEditor';
import { NoteBody } from './NoteSummary';
import type { NoteDraftKeeper } from '../../lib/notes/notes-ui-autosave';
import { sharedDraftKeeper } from '../../lib/notes/notes-ui-drafts';
import { UndoDelete } from './UndoDelete';
import { useStoreState } from '../use-store-state';

export interface ReaderNotesListProps {
  readerNotes: ReaderNotes;
  store: NotesStore;
  drafts?: NoteDraftKeeper | null;
  /** Where "All your notes" leads (the extension's notes.html). */
  allNotesHref?: string;
}

export function ReaderNotesList({ readerNotes, store, drafts = sharedDraftKeeper(), allNotesHref }: ReaderNotesListProps) {
  const state = useStoreState(readerNotes);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note[]>([]);
  const forget = (id: string) => setDeleted((list) => list.filter((n) => n.id !== id));

  return (
    <section class="reader-notes" data-resolute="reader-notes" aria-labelledby="reader-notes-heading">
      <div class="panel-top">
        <h2 id="reader-notes-heading">{t('notes_panelHeading')}</h2>
        {allNotesHref !== undefined && (
          <a href={allNotesHref} target="_blank" rel="noopener" data-testid="notes-all-link">
            {t('notes_allNotes')}
          </a>
        )}
      </div>
      {deleted.map((note) => (
        <UndoDelete key={note.id} store={store} note={note} onRestored={() => forget(note.id)} />
      ))}
      {state.notes.length === 0 ? (
        <p class="panel-empty" data-testid="reader-notes-empty">
          {t('notes_panelEmpty')}
        </p>
      ) : (
        <ol class="reader-notes-list" data-testid="reader-notes-list">
          {state.notes.map((placed) => (
            <PlacedNoteItem
              key={placed.note.id}
              placed={placed}
              editing={editing === placed.note.id}
              onEdit={(open) => setEditing(open ? placed.note.id : null)}
              jump={() => void readerNotes.scrollToNote(placed.note.id)}
              store={store}
              drafts={drafts}
              onDeleted={(note) => {
                setEditing(null);
                setDeleted((list) => [note, ...list.filter((n) => n.id !== note.id)]);
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface PlacedNoteItemProps {
  placed: PlacedNote;
  editing: boolean;
  onEdit: (open: boolean) => void;
  jump: () => void;
  store: NotesStore;
  drafts: NoteDraftKeeper | null;
  onDeleted: (note: Note) => void;
}

function PlacedNoteItem({ placed, editing, onEdit, jump, store, drafts, onDeleted }: PlacedNoteItemProps) {
  const { note, status } = placed;
  const canJump = status === 'placed' || status === 'clause' || status === 'other-language';
  return (
    <li class="reader-note" data-note-id={note.id} data-status={status} data-colour={note.colour}>
      <NoteBody note={note} />
      <p class="note-status" data-part="status">
        <StatusText placed={placed} />
      </p>
      <div class="note-actions">
        {canJump && (
          <button type="button" data-testid="reader-note-jump" onClick={jump}>
            {t('notes_jump')}
          </button>
        )}
        <button type="button" aria-expanded={editing} data-testid="reader-note-edit" onClick={() => onEdit(!editing)}>
          {editing ? t('notes_closeEditor') : t('notes_edit')}
        </button>
      </div>
      {editing && <NoteEditor note={note} store={store} drafts={drafts} autoFocus onDeleted={onDeleted} />}
    </li>
  );
}

function StatusText({ placed }: { placed: PlacedNote }) {
  const page = placed.page !== undefined ? t('notes_page', String(placed.page)) : '';
  switch (placed.status) {
    case 'placed':
    case 'clause':
      return <>{page}</>;
    case 'other-language': {
      const lang = placed.note.doc.kind === 'symbol' ? placed.note.doc.lang : null;
      return (
        <>
          {lang !== null ? t('notes_status_otherLanguage', t(`reader_lang_${lang}`)) : ''}
          {page !== '' ? ` · ${page}` : ''}
        </>
      );
    }
    case 'not-found':
      return <strong class="note-not-found">{t('notes_status_notFound')}</strong>;
    case 'pending':
      return <>{t('notes_status_pending')}</>;
  }
}
