/**
 * The notes frame (ADR 0024): on a web page, a note's card and the list of the page's notes show
 * here, in an extension page framed by the content script, so that no note text, tag or id is in
 * a DOM the page's scripts can reach, and what is typed here never passes through the page's
 * events. Its notes come over the background's port, held to the framing tab's document.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { NoteCard } from '../../components/marks/NoteCard';
import { connectNotesStore } from '../../lib/notes/notes-port-client';
import { NoteBody } from '../../components/notes/NoteSummary';
import { PAGE_NOTES_SHADOW_CSS } from '../../components/page/page-notes-style';
import { readNotesFrameHash, type NotesFrameCloseMessage, type NotesFrameView } from '../../lib/notes-frame-messages';
import type { Note } from '../../lib/notes/types';
import { buildReaderAddress } from '../../lib/reader/reader-address';
import '../../components/palette.css';

// The language of the messages shown (not the browser's, which may have no messages file).
applyInterfaceLanguage(document.documentElement);
const style = document.createElement('style');
style.textContent = `${PAGE_NOTES_SHADOW_CSS}\nbody { margin: 0; background: transparent; }\n.page-notes-list, .mark-card { position: static; max-height: none; }`;
document.head.append(style);

const store = connectNotesStore(browser.runtime);
const close = () => {
  const message: NotesFrameCloseMessage = { type: 'notes-frame-close' };
  void browser.runtime.sendMessage(message).catch(() => undefined);
};

function Card({ view }: { view: Extract<NotesFrameView, { view: 'card' }> }) {
  const [note, setNote] = useState<Note | null | undefined>(undefined);
  useEffect(() => {
    void store.get(view.noteId).then(
      (found) => setNote(found ?? null),
      () => setNote(null),
    );
  }, [view.noteId]);
  if (note === undefined) return null;
  if (note === null) return <p role="status">{t('pagenotes_frameGone')}</p>;
  return <NoteCard note={note} store={store} onClose={close} onChanged={() => undefined} />;
}

function List({ view }: { view: Extract<NotesFrameView, { view: 'list' }> }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const load = () => void store.forDocument(view.docKey).then(setNotes, () => setNotes([]));
    load();
    store.subscribe((change) => {
      if (change.docKeys.includes(view.docKey)) load();
    }, stop.signal);
    return () => stop.abort();
  }, [view.docKey]);
  if (notes === null) return null;
  const summary = t('pagenotes_summary', [view.docName, String(notes.length)]);
  return (
    <div class="page-notes" data-resolute="page-notes" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <button type="button" class="mark-card-close" aria-label={t('mark_close')} title={t('mark_close')} onClick={close}>
        ×
      </button>
      <ul class="page-notes-list" aria-label={summary}>
        {notes.map((note) => (
          <li key={note.id} data-note-id={note.id} data-colour={note.colour}>
            <NoteBody note={note} />
            {note.doc.kind === 'symbol' && (
              <p class="page-notes-actions">
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
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Frame() {
  const [view, setView] = useState(() => readNotesFrameHash(location.hash));
  useEffect(() => {
    const onHash = () => setView(readNotesFrameHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (view === null) return null;
  return view.view === 'card' ? <Card key={view.noteId} view={view} /> : <List view={view} />;
}

const app = document.getElementById('app');
if (app !== null) render(<Frame />, app);
