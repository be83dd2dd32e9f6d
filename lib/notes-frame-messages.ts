/**
 * The notes frame's channel (ADR 0024). On a web page, the notes themselves show only inside
 * `notes-frame.html`, an extension page in an iframe the page cannot read; the content script
 * says what to show through the frame's address (`#view=card&doc=…&note=…`), and the frame asks to
 * be closed through the background, which passes it on to that tab's content script only.
 */
import { isRecord } from './messages/check';

export const NOTES_FRAME_PAGE = 'notes-frame.html';

export interface NotesFrameCloseMessage {
  type: 'notes-frame-close';
}

export function parseNotesFrameClose(x: unknown): NotesFrameCloseMessage | null {
  return isRecord(x) && x.type === 'notes-frame-close' && Object.keys(x).length === 1 ? { type: 'notes-frame-close' } : null;
}

export type NotesFrameView = { view: 'card'; docKey: string; noteId: string } | { view: 'list'; docKey: string; docName: string };

/** The fragment of the frame's address for `view`. */
export function notesFrameHash(view: NotesFrameView): string {
  const params = new URLSearchParams({ view: view.view, doc: view.docKey });
  if (view.view === 'card') params.set('note', view.noteId);
  else params.set('name', view.docName);
  return `#${params.toString()}`;
}

/** The view a frame address asks for, or null. */
export function readNotesFrameHash(hash: string): NotesFrameView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docKey = params.get('doc');
  if (docKey === null || docKey === '' || docKey.length > 5000) return null;
  const view = params.get('view');
  const noteId = params.get('note');
  if (view === 'card' && noteId !== null && /^[0-9a-f-]{1,64}$/i.test(noteId)) return { view, docKey, noteId };
  if (view === 'list') return { view, docKey, docName: (params.get('name') ?? '').slice(0, 300) };
  return null;
}
