/**
 * What is left of a deleted note: "Note deleted" and an Undo button that puts it back
 * (store.restore). Used by the editor and by the lists, which keep it in place of the note.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, NotesStore } from '../../lib/notes/types';
import { t } from '../extension/i18n';
import { excerpt } from '../../lib/notes/notes-ui-format';

export interface UndoDeleteProps {
  store: NotesStore;
  note: Note;
  onRestored?: (note: Note) => void;
  /** Focus the Undo button when shown (the Delete button the focus was on is gone). */
  autoFocus?: boolean;
}

export function UndoDelete({ store, note, onRestored, autoFocus = true }: UndoDeleteProps) {
  const [problem, setProblem] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) undoRef.current?.focus();
  }, [autoFocus]);
  const undo = async () => {
    try {
      const back = await store.restore(note.id);
      if (back === undefined) setProblem(true);
      else onRestored?.(back);
    } catch {
      setProblem(true);
    }
  };
  return (
    <div class="note-deleted" role="status" data-resolute="note-deleted" data-note-id={note.id}>
      <span>{note.text.trim() === '' ? t('notes_deletedHighlight') : t('notes_deleted', excerpt(note.text, 60))}</span>{' '}
      <button type="button" ref={undoRef} data-testid="note-undo" onClick={() => void undo()}>
        {t('notes_undo')}
      </button>
      {problem && <span class="note-problem"> {t('notes_undoFailed')}</span>}
    </div>
  );
}
