/**
 * The reader's names for the shared notes state (components/marks/placed-notes.ts), kept for the
 * views written against them (the panel's Notes tab).
 */
export type { PlacedNote, PlacedNoteStatus } from '../../marks/placed-notes';
export type { DocumentNotesState as ReaderNotesState, DocumentNotes as ReaderNotes } from '../../marks/placed-notes';
