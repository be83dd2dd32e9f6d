/**
 * The notes frame's channel (ADR 0024). On a web page, the notes themselves show only inside
 * `notes-frame.html`, an extension page in an iframe the page cannot read; the content script
 * says what to show through the frame's address (`#view=card&doc=…&note=…&token=…`). The frame is
 * web-accessible, so any page could frame it (clickjacking): the content script gives its own
 * frame a random token, out of the page's reach (the address of an iframe in a closed shadow
 * root), and the background serves a frame's notes port, and passes its requests on to that
 * tab's content script, only once the content script has confirmed the token.
 */
import { isRecord } from './messages/check';

export const NOTES_FRAME_PAGE = 'notes-frame.html';

/** The frame's notes port is named `notes-frame:<token>`. */
export const NOTES_FRAME_PORT_PREFIX = 'notes-frame:';

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOTE_ID = /^[0-9a-f-]{1,64}$/i;

/** A frame token: a random UUID (`crypto.randomUUID()`). */
export const isFrameToken = (x: unknown): x is string => typeof x === 'string' && TOKEN.test(x);

/** The token in a frame port's name, or null when the name is not a frame port's. */
export function tokenOfFramePort(name: string): string | null {
  if (!name.startsWith(NOTES_FRAME_PORT_PREFIX)) return null;
  const token = name.slice(NOTES_FRAME_PORT_PREFIX.length);
  return isFrameToken(token) ? token : null;
}

/**
 * What the frame asks of its tab's content script, through the background: close it, or bring
 * a note's highlight into view ("show on this page"; the content script knows the mark already).
 */
export type NotesFrameRequest =
  { type: 'notes-frame-close'; token: string } | { type: 'notes-frame-show-mark'; token: string; noteId: string };

export function parseNotesFrameRequest(x: unknown): NotesFrameRequest | null {
  if (!isRecord(x) || !isFrameToken(x.token)) return null;
  if (x.type === 'notes-frame-close' && Object.keys(x).length === 2) return { type: x.type, token: x.token };
  if (x.type === 'notes-frame-show-mark' && Object.keys(x).length === 3 && typeof x.noteId === 'string' && NOTE_ID.test(x.noteId)) {
    return { type: x.type, token: x.token, noteId: x.noteId };
  }
  return null;
}

/** Whether a runtime message is one of the frame's (the background's generic handler leaves them alone). */
export function isNotesFrameMessage(x: unknown): boolean {
  return isRecord(x) && typeof x.type === 'string' && x.type.startsWith('notes-frame-');
}

/** The content script's answer to "show on this page": whether the highlight is on the page now. */
export function parseShowMarkAnswer(x: unknown): boolean | null {
  return isRecord(x) && typeof x.shown === 'boolean' && Object.keys(x).length === 1 ? x.shown : null;
}

/** The background asks the tab's content script whether a frame's token is its own frame's. */
export interface NotesFrameVerifyMessage {
  type: 'notes-frame-verify';
  token: string;
}

export function parseNotesFrameVerify(x: unknown): NotesFrameVerifyMessage | null {
  return isRecord(x) && x.type === 'notes-frame-verify' && isFrameToken(x.token) && Object.keys(x).length === 2
    ? { type: x.type, token: x.token }
    : null;
}

/** The content script's answer: true only for `{ own: true }`. */
export function isOwnFrameAnswer(x: unknown): boolean {
  return isRecord(x) && x.own === true && Object.keys(x).length === 1;
}

/** What the frame shows: a note's card, or the page's notes list. */
export type NotesFrameContent = { view: 'card'; docKey: string; noteId: string } | { view: 'list'; docKey: string; docName: string };

export type NotesFrameView = NotesFrameContent & { token: string };

/** The fragment of the frame's address for `view` (the view first, the token last). */
export function notesFrameHash(view: NotesFrameView): string {
  const params = new URLSearchParams({ view: view.view, doc: view.docKey });
  if (view.view === 'card') params.set('note', view.noteId);
  else params.set('name', view.docName);
  params.set('token', view.token);
  return `#${params.toString()}`;
}

/** The view a frame address asks for, or null (a frame without a well-formed token shows nothing). */
export function readNotesFrameHash(hash: string): NotesFrameView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docKey = params.get('doc');
  const token = params.get('token');
  if (docKey === null || docKey === '' || docKey.length > 5000 || !isFrameToken(token)) return null;
  const view = params.get('view');
  const noteId = params.get('note');
  if (view === 'card' && noteId !== null && NOTE_ID.test(noteId)) return { view, docKey, noteId, token };
  if (view === 'list') return { view, docKey, docName: (params.get('name') ?? '').slice(0, 300), token };
  return null;
}
