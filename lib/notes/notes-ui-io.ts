/**
 * Moving notes in and out of the notes page: an export is a file the browser downloads (a blob
 * URL on an `<a download>`), an import reads a chosen file, checks all of it
 * (readAnnotationCollection in web-annotation.ts) and merges it in one transaction, so a bad file changes nothing.
 */
import { notesToMarkdown } from './markdown';
import { NotesError, type ImportResult, type Note, type NotesStore } from './types';
import { exportProblem, readAnnotationCollection, toAnnotationCollection } from './web-annotation';
import { downloadBlob } from '../dom/download';

/**
 * The largest file an import reads (checked on `File.size`, before reading it): 100,000 notes of
 * a few hundred characters each fit many times over; a bigger file is a mistake or an attack,
 * and reading it whole would freeze the page first.
 */
export const MAX_IMPORT_BYTES = 200_000_000;

export type ImportOutcome =
  | { kind: 'imported'; result: ImportResult }
  /** The file is not JSON, or not a valid annotation collection: nothing written. */
  | { kind: 'refused'; problem: string | null }
  | { kind: 'quota' }
  | { kind: 'failed'; message: string };

export async function importAnnotationText(text: string, store: NotesStore): Promise<ImportOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'refused', problem: null };
  }
  const read = readAnnotationCollection(json);
  if (!read.ok) return { kind: 'refused', problem: read.problem };
  try {
    return { kind: 'imported', result: await store.merge(read.notes) };
  } catch (error) {
    if (error instanceof NotesError && error.code === 'quota') return { kind: 'quota' };
    if (error instanceof NotesError && error.code === 'invalid') return { kind: 'refused', problem: error.message };
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export function annotationExport(notes: readonly Note[]): string {
  return JSON.stringify(toAnnotationCollection([...notes]), null, 2);
}

/** The JSON-LD text, or the note that would make the file fail to import again (named, nothing written). */
export function checkedAnnotationExport(notes: readonly Note[]): { ok: true; text: string } | { ok: false; problem: string } {
  const problem = exportProblem(notes);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, text: annotationExport(notes) };
}

export function markdownExport(notes: readonly Note[]): string {
  return notesToMarkdown([...notes]);
}

/** Hands `text` to the browser as a downloaded file named `fileName`. */
export function downloadText(win: Window & typeof globalThis, text: string, type: string, fileName: string): void {
  downloadBlob(win, win.URL, new win.Blob([text], { type }), fileName);
}
