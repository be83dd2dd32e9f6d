/**
 * The notes port: content scripts ↔ the background's notes database (ADR 0012).
 *
 * A content script cannot open the extension's IndexedDB, so it reaches the notes through a
 * runtime Port named `notes`: each NotesStore call is a request with an id, answered once; the
 * background also pushes `notes-changed` whenever any context commits a write. Extension pages
 * open the database themselves and hear changes on the BroadcastChannel `resolute-notes`,
 * whose one message is the same `notes-changed`. Notes are checked field by field
 * (lib/notes/note-shape.ts) in both directions.
 */
import { checkNewNote, checkNote, checkNoteChanges } from '../notes/note-shape';
import type { ImportResult, NewNote, Note, NoteChanges, NotesChange, NotesErrorCode, UpdateResult } from '../notes/types';
import { extraKeys, isPortId, isRecord } from './check';

export const NOTES_PORT_NAME = 'notes';
export const NOTES_CHANNEL_NAME = 'resolute-notes';
/** Most notes one message may carry (an import of the largest file accepted). */
export const MAX_NOTES_PER_MESSAGE = 100_000;
/** Most ids/docKeys one change event may name. */
const MAX_CHANGE_ENTRIES = 100_000;
const MAX_DOC_KEY = 4_100;

export type NotesCall =
  | { method: 'get'; noteId: string }
  | { method: 'forDocument'; docKey: string }
  | { method: 'all' }
  | { method: 'create'; draft: NewNote }
  | { method: 'update'; noteId: string; changes: NoteChanges; baseRevision: number }
  | { method: 'remove'; noteId: string }
  | { method: 'restore'; noteId: string }
  | { method: 'merge'; notes: Note[] }
  | { method: 'clear' }
  // The notes frame's drafts (it has no storage of its own in a web page's tab): the background
  // holds the latest unsaved changes of each note and writes them if the port closes first.
  | { method: 'keepDraft'; noteId: string; changes: NoteChanges; baseRevision: number }
  | { method: 'dropDraft'; noteId: string };
export type NotesMethod = NotesCall['method'];

export type NotesRequestMessage = { type: 'notes-request'; id: string } & NotesCall;

/** What each method answers (`null` stands for "no such note": a port carries no undefined). */
export interface NotesResultMap {
  get: Note | null;
  forDocument: Note[];
  all: Note[];
  create: Note;
  update: UpdateResult;
  remove: Note | null;
  restore: Note | null;
  merge: ImportResult;
  clear: null;
  keepDraft: null;
  dropDraft: null;
}

export type NotesResponseMessage =
  | { type: 'notes-response'; id: string; ok: true; result: unknown }
  | { type: 'notes-response'; id: string; ok: false; error: { code: NotesErrorCode; message: string } };

export interface NotesChangedMessage {
  type: 'notes-changed';
  change: NotesChange;
}

const NOTES_ERROR_CODES: readonly NotesErrorCode[] = ['quota', 'unavailable', 'invalid'];

const isNoteId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64;

function checkNoteList(x: unknown): Note[] | null {
  if (!Array.isArray(x) || x.length > MAX_NOTES_PER_MESSAGE) return null;
  const notes: Note[] = [];
  for (const raw of x) {
    const checked = checkNote(raw);
    if (!checked.ok) return null;
    notes.push(checked.value);
  }
  return notes;
}

/** What the background runs on each message from a notes port; null when malformed. */
export function parseNotesRequest(x: unknown): NotesRequestMessage | null {
  if (!isRecord(x) || x.type !== 'notes-request' || !isPortId(x.id)) return null;
  const id = x.id;
  const only = (...keys: string[]) => extraKeys(x, ['type', 'id', 'method', ...keys]).length === 0;
  switch (x.method) {
    case 'all':
    case 'clear':
      return only() ? { type: 'notes-request', id, method: x.method } : null;
    case 'get':
    case 'remove':
    case 'restore':
    case 'dropDraft':
      return only('noteId') && isNoteId(x.noteId) ? { type: 'notes-request', id, method: x.method, noteId: x.noteId } : null;
    case 'forDocument':
      return only('docKey') && typeof x.docKey === 'string' && x.docKey.length <= MAX_DOC_KEY
        ? { type: 'notes-request', id, method: 'forDocument', docKey: x.docKey }
        : null;
    case 'create': {
      const draft = checkNewNote(x.draft);
      return only('draft') && draft.ok ? { type: 'notes-request', id, method: 'create', draft: draft.value } : null;
    }
    case 'update':
    case 'keepDraft': {
      const changes = checkNoteChanges(x.changes);
      if (!only('noteId', 'changes', 'baseRevision') || !isNoteId(x.noteId) || !changes.ok) return null;
      if (!Number.isSafeInteger(x.baseRevision) || (x.baseRevision as number) < 1) return null;
      return {
        type: 'notes-request',
        id,
        method: x.method,
        noteId: x.noteId,
        changes: changes.value,
        baseRevision: x.baseRevision as number,
      };
    }
    case 'merge': {
      const notes = only('notes') ? checkNoteList(x.notes) : null;
      return notes === null ? null : { type: 'notes-request', id, method: 'merge', notes };
    }
    default:
      return null;
  }
}

function checkOptionalNote(x: unknown): { ok: true; note: Note | null } | null {
  if (x === null) return { ok: true, note: null };
  const checked = checkNote(x);
  return checked.ok ? { ok: true, note: checked.value } : null;
}

const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** The result of `method`, checked; null when `x` is not one. */
export function parseNotesResult<M extends NotesMethod>(method: M, x: unknown): { value: NotesResultMap[M] } | null {
  const wrap = (value: unknown) => ({ value: value as NotesResultMap[M] });
  switch (method) {
    case 'get':
    case 'remove':
    case 'restore': {
      const checked = checkOptionalNote(x);
      return checked === null ? null : wrap(checked.note);
    }
    case 'create': {
      const checked = checkNote(x);
      return checked.ok ? wrap(checked.value) : null;
    }
    case 'all':
    case 'forDocument': {
      const notes = checkNoteList(x);
      return notes === null ? null : wrap(notes);
    }
    case 'update': {
      if (!isRecord(x)) return null;
      if (x.ok === true) {
        const note = checkNote(x.note);
        return note.ok ? wrap({ ok: true, note: note.value }) : null;
      }
      if (x.ok === false && x.reason === 'gone') return wrap({ ok: false, reason: 'gone' });
      if (x.ok === false && x.reason === 'conflict') {
        const current = checkNote(x.current);
        return current.ok ? wrap({ ok: false, reason: 'conflict', current: current.value }) : null;
      }
      return null;
    }
    case 'merge':
      if (!isRecord(x) || !isCount(x.added) || !isCount(x.updated) || !isCount(x.unchanged)) return null;
      return wrap({ added: x.added, updated: x.updated, unchanged: x.unchanged });
    case 'clear':
    case 'keepDraft':
    case 'dropDraft':
      return x === null ? wrap(null) : null;
    default:
      return null;
  }
}

/** A change event, checked (from the BroadcastChannel or a notes port); null when malformed. */
export function parseNotesChanged(x: unknown): NotesChangedMessage | null {
  if (!isRecord(x) || x.type !== 'notes-changed' || !isRecord(x.change)) return null;
  const { written, deleted, docKeys } = x.change;
  const list = (v: unknown, max: number): v is string[] =>
    Array.isArray(v) && v.length <= MAX_CHANGE_ENTRIES && v.every((s) => typeof s === 'string' && s.length <= max);
  if (!list(written, 64) || !list(deleted, 64) || !list(docKeys, MAX_DOC_KEY)) return null;
  return { type: 'notes-changed', change: { written: [...written], deleted: [...deleted], docKeys: [...docKeys] } };
}

/**
 * What a page runs on each message from its notes port: a change event, or the answer to one
 * of its requests with its result still unchecked (the page knows which method it asked).
 */
export function parseNotesPortMessage(x: unknown): NotesChangedMessage | NotesResponseMessage | null {
  if (!isRecord(x)) return null;
  if (x.type === 'notes-changed') return parseNotesChanged(x);
  if (x.type !== 'notes-response' || !isPortId(x.id)) return null;
  if (x.ok === true) return { type: 'notes-response', id: x.id, ok: true, result: x.result };
  if (x.ok !== false || !isRecord(x.error)) return null;
  const { code, message } = x.error;
  if (!NOTES_ERROR_CODES.includes(code as NotesErrorCode) || typeof message !== 'string') return null;
  return { type: 'notes-response', id: x.id, ok: false, error: { code: code as NotesErrorCode, message: message.slice(0, 1000) } };
}
