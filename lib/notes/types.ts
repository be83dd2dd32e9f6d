/**
 * A reader's note: a highlight on a stretch of a document, with optional text, a colour and tags.
 * A plain highlight is a note whose `text` is empty. Notes live in IndexedDB on the reader's
 * machine (lib/notes/ store) and are exported as W3C Web Annotations.
 */
import type { UnLang } from '../citations/types';
import type { Selector } from '../anchoring/types';

export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

/**
 * The document a note belongs to: a UN document by symbol, in the language version it was made
 * on; or a PDF known only by its address, identified by pdf.js's fingerprint.
 */
export type DocumentRef =
  | { kind: 'symbol'; symbol: string; lang: UnLang }
  | { kind: 'pdf'; fingerprint: string; url: string }
  /** An HTML page with no UN symbol (ADR 0017): its URL without fragment. */
  | { kind: 'page'; url: string };

/**
 * The index key of a document, language-free for UN documents (`symbol:A/RES/76/186`), so the
 * notes of every language version are found together; `pdf:<fingerprint>`; `page:<url>`.
 */
export function documentKeyOf(doc: DocumentRef): string {
  switch (doc.kind) {
    case 'symbol':
      return `symbol:${doc.symbol}`;
    case 'pdf':
      return `pdf:${doc.fingerprint}`;
    case 'page':
      return `page:${doc.url}`;
  }
}

export interface Note {
  /** A random UUID; also the Web Annotation id (`urn:uuid:<id>`). */
  id: string;
  doc: DocumentRef;
  /** documentKeyOf(doc), stored for the index. */
  docKey: string;
  /** Where the note is anchored; at least a TextQuoteSelector, or a ClauseSelector for a whole clause. */
  selectors: Selector[];
  /** Plain text with line breaks; rendered as text, never HTML. Empty for a plain highlight. */
  text: string;
  colour: NoteColour;
  /** Trimmed, case kept, no duplicates (compared case-insensitively). */
  tags: string[];
  /** ISO 8601 times. */
  created: string;
  updated: string;
  /** 1 on creation, +1 on every write: a write based on an older revision is a conflict. */
  revision: number;
  /** The document's title when the note was made, for lists across documents. */
  docTitle?: string;
}

/** What a caller gives to create a note; the store fills id, docKey, times and revision. */
export type NewNote = Pick<Note, 'doc' | 'selectors' | 'text' | 'colour' | 'tags'> & Partial<Pick<Note, 'docTitle'>>;

/** The fields an edit may change. */
export type NoteChanges = Partial<Pick<Note, 'text' | 'colour' | 'tags' | 'selectors'>>;

export type UpdateResult =
  | { ok: true; note: Note }
  /** Someone (another tab) wrote the note since `baseRevision`; nothing was written. */
  | { ok: false; reason: 'conflict'; current: Note }
  /** The note was deleted meanwhile; nothing was written. */
  | { ok: false; reason: 'gone' };

/** Why the store could not do what was asked; existing data is untouched in every case. */
export type NotesErrorCode = 'quota' | 'unavailable' | 'invalid';

export class NotesError extends Error {
  constructor(
    readonly code: NotesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NotesError';
  }
}

/** Told to every open view (all tabs) after a committed write. */
export interface NotesChange {
  /** Ids written (created, updated, restored) and deleted. */
  written: string[];
  deleted: string[];
  /** The documents touched, by docKey. */
  docKeys: string[];
}

export interface ImportResult {
  added: number;
  /** Existing notes replaced by a newer version from the file. */
  updated: number;
  /** Already present, same or newer here. */
  unchanged: number;
}

/** The notes database, whatever carries it (IndexedDB directly, or a port to the background). */
export interface NotesStore {
  get(id: string): Promise<Note | undefined>;
  /** Every note of a document (all its language versions, for a symbol). */
  forDocument(docKey: string): Promise<Note[]>;
  all(): Promise<Note[]>;
  create(draft: NewNote): Promise<Note>;
  update(id: string, changes: NoteChanges, baseRevision: number): Promise<UpdateResult>;
  /** Moves the note to the trash (kept for undo); resolves to what was deleted. */
  remove(id: string): Promise<Note | undefined>;
  /** Undo of `remove`: puts the note back as it was. */
  restore(id: string): Promise<Note | undefined>;
  /** Merges notes (from an import): new ids added, newer revisions/updated times replace, others left. All or nothing. */
  merge(notes: Note[]): Promise<ImportResult>;
  /** Deletes every note (tests, "wipe"); not undoable. */
  clear(): Promise<void>;
}
