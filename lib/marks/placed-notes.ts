/**
 * What a reading surface (the reader's PDF, a web page) knows about the notes of its document,
 * for the views that list them (the reader panel's Notes tab, a page's notes list): which
 * document, and where each note was put back on this visit. The marks controller
 * (document-marks.ts) owns the state; views only read it and ask for jumps.
 */
import type { Anchor } from '../anchoring/types';
import type { UnLang } from '../citations/types';
import type { DocumentRef, Note } from '../notes/types';

/**
 * - `placed`: re-attached at its text (exact position, quote or fuzzy quote);
 * - `clause`: the text was not found, the whole clause it was made on is marked instead;
 * - `other-language`: made on another language version, shown on the same clause here;
 * - `not-found`: cannot be placed in this version; kept, listed with its quote and note;
 * - `pending`: the document is still being read (anchoring happens after the scan).
 */
export type PlacedNoteStatus = 'placed' | 'clause' | 'other-language' | 'not-found' | 'pending';

export interface PlacedNote {
  note: Note;
  status: PlacedNoteStatus;
  /** Where the note is in this document's text (DocumentText offsets); absent when not placed. */
  anchor?: Anchor;
  /** The 1-based PDF page the note starts on, when placed on a surface with pages. */
  page?: number;
}

export interface DocumentNotesState {
  /** The open document as notes name it; null until it is known (or when it failed to load). */
  doc: DocumentRef | null;
  /** documentKeyOf(doc). */
  docKey: string | null;
  /** The language of the open document (null for a PDF whose language is unknown). */
  lang: UnLang | null;
  /** The document's notes, in document order where placed, the unplaced ones last. */
  notes: PlacedNote[];
}

export interface DocumentNotes {
  get(): DocumentNotesState;
  /** Called with the new state after every change; returns the unsubscribe function. */
  subscribe(listener: (state: DocumentNotesState) => void): () => void;
  /** Scrolls to the note's mark (rendering its page first); false if it has no place. */
  scrollToNote(id: string): Promise<boolean>;
  /** Opens the note's editor card beside its mark (or centred when the note is not placed). */
  openEditor(id: string): void;
}
