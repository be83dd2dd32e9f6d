/**
 * The page's notes list inside the notes frame (ADR 0024): each note of the page's document, with
 * "Show on this page" (the content script, which drew the highlight, scrolls to it and focuses it;
 * only the note id leaves the frame, to the background and that tab's content script) and, for a
 * UN document, the way to it in the reader.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/extension/i18n';
import { NoteBody } from '../../components/notes/NoteSummary';
import type { NotesPortClient } from '../../lib/notes/notes-port-client';
import { parseShowMarkAnswer, type NotesFrameRequest, type NotesFrameView } from '../../lib/notes-frame-messages';
import type { Note } from '../../lib/notes/types';
import { buildReaderAddress } from '../../lib/reader/reader-address';

interface FrameListProps {
  view: Extract<NotesFrameView, { view: 'list' }>;
  store: NotesPortClient;
  close: () => void;
}

/** Asks the tab's content script to show the note's highlight; resolves to whether it is on the page. */
async function showOnPage(token: string, noteId: string): Promise<boolean> {
  const request: NotesFrameRequest = { type: 'notes-frame-show-mark', token, noteId };
  return browser.runtime.sendMessage(request).then(
    (answer: unknown) => parseShowMarkAnswer(answer) === true,
    () => false,
  );
}

export function FrameList({ view, store, close }: FrameListProps) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  /** Notes whose highlight "Show on this page" did not find. */
  const [absent, setAbsent] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const stop = new AbortController();
    // Refused (a frame Resolute did not make): nothing is shown.
    const load = () => void store.forDocument(view.docKey).then(setNotes, () => setNotes(null));
    load();
    store.subscribe((change) => {
      if (change.docKeys.includes(view.docKey)) load();
    }, stop.signal);
    return () => stop.abort();
  }, [view.docKey]);
  if (notes === null) return null;
  const summary = t('pagenotes_summary', [view.docName, String(notes.length)]);
  const show = (noteId: string) =>
    void showOnPage(view.token, noteId).then((shown) =>
      setAbsent((before) => {
        const next = new Set(before);
        if (shown) next.delete(noteId);
        else next.add(noteId);
        return next;
      }),
    );
  return (
    <div class="page-notes" data-resolute="page-notes" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <button type="button" class="mark-card-close" aria-label={t('mark_close')} title={t('mark_close')} onClick={close}>
        ×
      </button>
      <ul class="page-notes-list" aria-label={summary}>
        {notes.map((note) => (
          <li key={note.id} data-note-id={note.id} data-colour={note.colour}>
            <NoteBody note={note} />
            <p class="page-notes-actions">
              <button type="button" data-action="show-on-page" onClick={() => show(note.id)}>
                {t('pagenotes_show')}
              </button>
              <span role="status">{absent.has(note.id) ? t('pagenotes_notOnPage') : ''}</span>
              {note.doc.kind === 'symbol' && (
                <a
                  href={
                    new URL(
                      buildReaderAddress({ symbol: note.doc.symbol, lang: note.doc.lang, note: note.id }),
                      browser.runtime.getURL('/'),
                    ).href
                  }
                  target="_blank"
                  rel="noopener"
                  data-action="open-in-reader"
                >
                  {t('notes_open')}
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
