/**
 * Edits one note: its text (plain text, line breaks kept), colour, tags; shows when it was made
 * and last changed. Saves as the reader types (notes-ui-autosave.ts) and tells them plainly when
 * another tab changed the note, when the disk is full, or when the note was deleted elsewhere,
 * keeping their text in every case. Delete offers undo.
 *
 * Note text is rendered by Preact as text (a textarea's value), never as HTML.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NOTE_COLOURS, type Note, type NoteColour, type NotesStore } from '../../lib/notes/types';
import { t, uiLocale, type MessageKey } from '../extension/i18n';
import { createNoteAutosave, type AutosaveState, type NoteDraftKeeper } from '../../lib/notes/notes-ui-autosave';
import { sharedDraftKeeper } from '../../lib/notes/notes-ui-drafts';
import { formatTags, formatWhen, parseTags } from '../../lib/notes/notes-ui-format';
import { UndoDelete } from './UndoDelete';
import './notes.css';

export interface NoteEditorProps {
  note: Note;
  store: NotesStore;
  onSaved?: (note: Note) => void;
  onDeleted?: (note: Note) => void;
  /** Called after an undo put the note back. */
  onRestored?: (note: Note) => void;
  autoFocus?: boolean;
  /**
   * Keeps unsaved text through a closed tab (the draft keeper, lib/notes/drafts.ts). Default: the page's own, over
   * localStorage; null: none.
   */
  drafts?: NoteDraftKeeper | null;
  /** Autosave pause, for tests. */
  delayMs?: number;
}

export const COLOUR_KEYS: Record<NoteColour, MessageKey> = {
  yellow: 'notes_colour_yellow',
  green: 'notes_colour_green',
  blue: 'notes_colour_blue',
  pink: 'notes_colour_pink',
  purple: 'notes_colour_purple',
};

export function NoteEditor({ note, store, onSaved, onDeleted, onRestored, autoFocus = false, drafts, delayMs }: NoteEditorProps) {
  const autosave = useMemo(
    () =>
      createNoteAutosave({
        note,
        store,
        drafts: drafts === undefined ? sharedDraftKeeper() : drafts,
        ...(delayMs !== undefined ? { delayMs } : {}),
        onSaved: (saved) => onSavedRef.current?.(saved),
      }),
    // One saver per note (not per revision): a newer revision of the same note is adopted below.
    [note.id, store],
  );
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [text, setText] = useState(note.text);
  const [colour, setColour] = useState<NoteColour>(note.colour);
  const [tags, setTags] = useState(formatTags(note.tags));
  const [state, setState] = useState<AutosaveState>(autosave.state());
  const [shown, setShown] = useState<Note>(note);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [deleteProblem, setDeleteProblem] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const showNote = (next: Note) => {
    setShown(next);
    setText(next.text);
    setColour(next.colour);
    setTags(formatTags(next.tags));
  };

  useLayoutEffect(() => {
    const unsubscribe = autosave.subscribe(() => {
      setState(autosave.state());
      setShown(autosave.note());
    });
    return () => {
      unsubscribe();
      // Leaving the editor writes what was typed now rather than after the pause.
      void autosave.flush();
      autosave.destroy();
    };
  }, [autosave]);

  // Another tab's version arrives through the parent: shown at once when nothing is being typed.
  useEffect(() => {
    if (autosave.adopt(note)) showNote(note);
  }, [autosave, note]);

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);

  if (deleted !== null) {
    return (
      <UndoDelete
        store={store}
        note={deleted}
        onRestored={(back) => {
          setDeleted(null);
          showNote(back);
          onRestored?.(back);
        }}
      />
    );
  }

  const remove = async () => {
    await autosave.flush();
    try {
      const gone = await store.remove(shown.id);
      if (gone !== undefined) {
        setDeleted(gone);
        onDeleted?.(gone);
      }
    } catch {
      setDeleteProblem(true);
    }
  };

  return (
    <div
      class="note-editor"
      data-resolute="note-editor"
      data-note-id={shown.id}
      data-save-state={state.kind}
      onKeyDown={(event) => {
        if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void autosave.flush();
        }
      }}
    >
      <label class="note-text-label" for={`${id}-text`}>
        {t('notes_textLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        class="note-text"
        rows={4}
        value={text}
        data-testid="note-text"
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          autosave.edit({ text: value });
        }}
        onBlur={() => void autosave.flush()}
      />
      <fieldset class="note-colours">
        <legend>{t('notes_colourLabel')}</legend>
        {NOTE_COLOURS.map((c) => (
          <label key={c} class="note-colour" data-colour={c}>
            <input
              type="radio"
              name={`${id}-colour`}
              value={c}
              checked={colour === c}
              data-testid={`note-colour-${c}`}
              onChange={() => {
                setColour(c);
                autosave.edit({ colour: c });
              }}
            />
            <span class="note-swatch" aria-hidden="true" />
            <span class="visually-hidden">{t(COLOUR_KEYS[c])}</span>
          </label>
        ))}
      </fieldset>
      <label class="note-tags-label" for={`${id}-tags`}>
        {t('notes_tagsLabel')}
      </label>
      <input
        id={`${id}-tags`}
        class="note-tags"
        type="text"
        value={tags}
        placeholder={t('notes_tagsPlaceholder')}
        data-testid="note-tags"
        onInput={(event) => {
          const value = event.currentTarget.value;
          setTags(value);
          autosave.edit({ tags: parseTags(value) });
        }}
        onBlur={() => void autosave.flush()}
      />
      <p class="note-times">
        {t('notes_created')} <time dateTime={shown.created}>{formatWhen(shown.created, uiLocale())}</time>
        {' · '}
        {t('notes_updated')} <time dateTime={shown.updated}>{formatWhen(shown.updated, uiLocale())}</time>
      </p>
      <SaveStatus
        state={state}
        onKeepMine={() => void autosave.keepMine()}
        onTakeTheirs={() => {
          const theirs = autosave.takeTheirs();
          if (theirs !== undefined) showNote(theirs);
        }}
        onRetry={() => void autosave.retry()}
      />
      {deleteProblem && (
        <p class="note-problem" role="alert">
          {t('notes_deleteFailed')}
        </p>
      )}
      <div class="note-actions">
        <button type="button" class="note-delete" data-testid="note-delete" onClick={() => void remove()}>
          {t('notes_delete')}
        </button>
      </div>
    </div>
  );
}

interface SaveStatusProps {
  state: AutosaveState;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onRetry: () => void;
}

function SaveStatus({ state, onKeepMine, onTakeTheirs, onRetry }: SaveStatusProps) {
  switch (state.kind) {
    case 'saved':
    case 'pending':
    case 'saving':
      return (
        <p class="note-save-state" role="status" aria-live="polite" data-testid="note-save-state">
          {state.kind === 'saved' ? t('notes_saved') : t('notes_saving')}
        </p>
      );
    case 'conflict':
      return (
        <div class="note-problem" role="alert" data-testid="note-conflict">
          <p>{t('notes_conflict')}</p>
          <p class="note-theirs">
            {t('notes_theirText')}{' '}
            <q>
              <bdi>{state.theirs.text}</bdi>
            </q>
          </p>
          <button type="button" data-testid="note-keep-mine" onClick={onKeepMine}>
            {t('notes_keepMine')}
          </button>{' '}
          <button type="button" data-testid="note-take-theirs" onClick={onTakeTheirs}>
            {t('notes_takeTheirs')}
          </button>
        </div>
      );
    case 'gone':
      return (
        <div class="note-problem" role="alert" data-testid="note-gone">
          <p>{t('notes_gone')}</p>
          <button type="button" onClick={onKeepMine}>
            {t('notes_keepDeleted')}
          </button>
        </div>
      );
    case 'quota':
    case 'failed':
      return (
        <div class="note-problem" role="alert" data-testid={`note-${state.kind}`}>
          <p>{state.kind === 'quota' ? t('notes_quota') : t('notes_saveFailed')}</p>
          <button type="button" onClick={onRetry}>
            {t('notes_retry')}
          </button>
        </div>
      );
  }
}
