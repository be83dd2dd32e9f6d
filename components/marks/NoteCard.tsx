/**
 * A note's editor floating beside its mark (in the reader or on a web page): NoteEditor in a small dialog. Escape or the
 * close button closes it and gives the focus back to where it came from.
 */
import type { NoteDraftKeeper } from '../../lib/notes/notes-ui-autosave';
import type { Note, NotesStore } from '../../lib/notes/types';
import { NoteEditor } from '../notes/NoteEditor';
import { t } from '../extension/i18n';

export interface NoteCardProps {
  note: Note;
  store: NotesStore;
  onClose: () => void;
  onChanged: () => void;
  /**
   * Where unsaved text is kept as it is typed (the editor's default: this page's localStorage).
   * Null on web pages: the page can read its own localStorage, and notes are not its to read.
   */
  drafts?: NoteDraftKeeper | null;
}

export function NoteCard({ note, store, onClose, onChanged, drafts }: NoteCardProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      class="mark-card"
      role="dialog"
      aria-label={t('mark_editorTitle')}
      data-resolute="note-card"
      data-note-id={note.id}
      onKeyDown={onKeyDown}
    >
      <button type="button" class="mark-card-close" aria-label={t('mark_close')} title={t('mark_close')} onClick={onClose}>
        ×
      </button>
      <NoteEditor
        key={note.id}
        note={note}
        store={store}
        autoFocus
        onSaved={onChanged}
        onDeleted={onChanged}
        onRestored={onChanged}
        {...(drafts !== undefined ? { drafts } : {})}
      />
    </div>
  );
}
