/**
 * The notes frame (ADR 0024): on a web page, a note's card and the list of the page's notes show
 * here, in an extension page framed by the content script, so that no note text, tag or id is in
 * a DOM the page's scripts can reach, and what is typed here never passes through the page's
 * events. Its notes come over the background's port, held to the framing tab's document, and only
 * once that tab's content script has vouched for the token in this frame's address: a page that
 * frames notes-frame.html itself (to trick clicks on it) gets an empty frame that does nothing.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NoteCard } from '../../components/marks/NoteCard';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { connectNotesStore, type NotesPortClient } from '../../lib/notes/notes-port-client';
import { PAGE_NOTES_SHADOW_CSS } from '../../components/page/page-notes-style';
import { NOTES_FRAME_PORT_PREFIX, readNotesFrameHash, type NotesFrameRequest, type NotesFrameView } from '../../lib/notes-frame-messages';
import type { Note } from '../../lib/notes/types';
import { FrameList } from './frame-list';
import '../../components/palette.css';

// The language of the messages shown (not the browser's, which may have no messages file).
applyInterfaceLanguage(document.documentElement);
const style = document.createElement('style');
style.textContent = `${PAGE_NOTES_SHADOW_CSS}\nbody { margin: 0; background: transparent; }\n.page-notes-list, .mark-card { position: static; max-height: none; }`;
document.head.append(style);

function Card({ view, store, close }: { view: Extract<NotesFrameView, { view: 'card' }>; store: NotesPortClient; close: () => void }) {
  const [note, setNote] = useState<Note | null | undefined>(undefined);
  useEffect(() => {
    void store.get(view.noteId).then(
      (found) => setNote(found ?? null),
      // Refused (a frame Resolute did not make) or unreachable: nothing is shown.
      () => setNote(undefined),
    );
  }, [view.noteId]);
  if (note === undefined) return null;
  if (note === null) return <p role="status">{t('pagenotes_frameGone')}</p>;
  // Drafts go to the background as they are typed: this frame has no storage of its own in a
  // web page's tab, and a tab closed right after typing must lose nothing.
  return <NoteCard note={note} store={store} drafts={store.drafts} onClose={close} onChanged={() => undefined} />;
}

function Frame({ first, store, close }: { first: NotesFrameView; store: NotesPortClient; close: () => void }) {
  const [view, setView] = useState(first);
  useEffect(() => {
    // The content script shows another view by changing the address; a view without this
    // frame's token (someone else navigating it) is not taken.
    const onHash = () => {
      const next = readNotesFrameHash(location.hash);
      if (next !== null && next.token === first.token) setView(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view.view === 'card' ? (
    <Card key={view.noteId} view={view} store={store} close={close} />
  ) : (
    <FrameList view={view} store={store} close={close} />
  );
}

const first = readNotesFrameHash(location.hash);
const app = document.getElementById('app');
// Without a token this frame was not made by Resolute's content script: it connects to nothing.
if (first !== null && app !== null) {
  const store = connectNotesStore(browser.runtime, `${NOTES_FRAME_PORT_PREFIX}${first.token}`);
  const close = () => {
    const request: NotesFrameRequest = { type: 'notes-frame-close', token: first.token };
    void browser.runtime.sendMessage(request).catch(() => undefined);
  };
  render(<Frame first={first} store={store} close={close} />, app);
}
