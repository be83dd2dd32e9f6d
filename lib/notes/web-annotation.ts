/**
 * Export and import of notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * one JSON-LD AnnotationCollection whose first page holds every note. Standard fields carry what
 * other tools understand (id, times, motivation, the text and tags as bodies, the document's
 * address and the selectors as target); what only Resolute needs (colour, revision, the document
 * reference, its title) sits under one namespaced property, so export → import is lossless.
 *
 * Reading trusts nothing: every field of every annotation is checked, and the first problem
 * refuses the whole file with a message that says where (`annotation 17: created is not a date`).
 */
import { symbolUrl } from '../citations/symbols';
import { isRecord } from '../messages/check';
import { MAX_NOTE_TEXT, MAX_TAGS, checkNote, isUuidLike } from './note-shape';
import type { DocumentRef, Note } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Resolute's extension property: a full IRI, so JSON-LD needs no extra context for it. */
export const RESOLUTE_NOTE_KEY = 'https://resolute.invalid/ns/note';
export const MAX_IMPORT_NOTES = 100_000;

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface ResoluteNoteExtension {
  colour: Note['colour'];
  revision: number;
  docKey: string;
  doc: DocumentRef;
  docTitle?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  body?: TextualBody[];
  target: { source: string; selector: Note['selectors'] };
  [RESOLUTE_NOTE_KEY]: ResoluteNoteExtension;
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The address a reader would open for the document. */
export function documentSource(doc: DocumentRef): string {
  return doc.kind === 'symbol' ? symbolUrl(doc.symbol, doc.lang) : doc.url;
}

function toAnnotation(note: Note): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.text !== '') body.push({ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const extension: ResoluteNoteExtension = { colour: note.colour, revision: note.revision, docKey: note.docKey, doc: note.doc };
  if (note.docTitle !== undefined) extension.docTitle = note.docTitle;
  const annotation: WebAnnotation = {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    created: note.created,
    modified: note.updated,
    motivation: note.text === '' ? 'highlighting' : 'commenting',
    target: { source: documentSource(note.doc), selector: note.selectors },
    [RESOLUTE_NOTE_KEY]: extension,
  };
  if (body.length > 0) annotation.body = body;
  return annotation;
}

/**
 * Why an export of `notes` would not import again, naming the first note at fault (its document
 * and id), or null. Checked before any file is written: a backup that cannot be restored is worse
 * than none, since the reader trusts it.
 */
export function exportProblem(notes: readonly Note[]): string | null {
  for (const note of notes) {
    const checked = checkNote(note);
    if (!checked.ok) return `the note ${note.id} on ${documentLabel(note)}: ${checked.problem}`;
  }
  return null;
}

function documentLabel(note: Note): string {
  // The note failed its check: its document may be malformed too.
  const doc = note.doc as DocumentRef | undefined;
  const label = doc?.kind === 'symbol' ? doc.symbol : doc?.url;
  return typeof label === 'string' ? label : note.docKey;
}

export function toAnnotationCollection(notes: readonly Note[]): AnnotationCollection {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Resolute notes',
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toAnnotation) },
  };
}

export type ReadResult = { ok: true; notes: Note[] } | { ok: false; problem: string };

const ANNOTATION_KEYS = ['@context', 'id', 'type', 'created', 'modified', 'motivation', 'body', 'target', RESOLUTE_NOTE_KEY];

/** One annotation back into a note, or the reason it is not one. */
function readAnnotation(x: unknown): { ok: true; note: Note } | { ok: false; problem: string } {
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isRecord(x)) return fail('is not an object');
  const extra = Object.keys(x).filter((k) => !ANNOTATION_KEYS.includes(k));
  if (extra.length > 0) return fail(`has unexpected field(s) ${extra.slice(0, 5).join(', ')}`);
  if (x.type !== 'Annotation') return fail('type is not Annotation');
  if (typeof x.id !== 'string' || !x.id.startsWith('urn:uuid:') || !isUuidLike(x.id.slice(9))) return fail('id is not urn:uuid:<uuid>');
  // UUIDs are case-insensitive (RFC 9562) and Resolute writes them lower-case: `…ABC` and `…abc` are one note.
  const id = x.id.slice(9).toLowerCase();
  if (x.motivation !== 'highlighting' && x.motivation !== 'commenting') return fail('motivation is neither highlighting nor commenting');
  const bodies = x.body === undefined ? [] : Array.isArray(x.body) ? x.body : [x.body];
  if (bodies.length > MAX_TAGS + 1) return fail('has too many bodies');
  let text: string | undefined;
  const tags: string[] = [];
  for (const [i, body] of bodies.entries()) {
    const where = `body ${i + 1}`;
    if (!isRecord(body) || body.type !== 'TextualBody') return fail(`${where} is not a TextualBody`);
    if (typeof body.value !== 'string') return fail(`${where} has no text value`);
    if (body.format !== undefined && body.format !== 'text/plain') return fail(`${where} is not text/plain`);
    if (body.purpose === 'tagging') tags.push(body.value);
    else if (body.purpose === 'commenting' || body.purpose === undefined) {
      if (text !== undefined) return fail(`${where} is a second note text`);
      if (body.value.length > MAX_NOTE_TEXT) return fail(`${where} has ${body.value.length} characters; the limit is ${MAX_NOTE_TEXT}`);
      text = body.value;
    } else return fail(`${where} has an unknown purpose`);
  }
  if (!isRecord(x.target)) return fail('target is not an object');
  if (typeof x.target.source !== 'string') return fail('target.source is not an address');
  const ext = x[RESOLUTE_NOTE_KEY];
  if (!isRecord(ext)) return fail(`was not made by Resolute (no ${RESOLUTE_NOTE_KEY})`);
  const candidate: Record<string, unknown> = {
    id,
    doc: ext.doc,
    docKey: ext.docKey,
    selectors: x.target.selector,
    text: text ?? '',
    colour: ext.colour,
    tags,
    created: x.created,
    updated: x.modified,
    revision: ext.revision,
  };
  if (ext.docTitle !== undefined) candidate.docTitle = ext.docTitle;
  const checked = checkNote(candidate);
  if (!checked.ok) return fail(checked.problem.replace(/^updated /, 'modified ').replace(/^text /, 'the note text '));
  if (x.target.source !== documentSource(checked.value.doc)) return fail('target.source does not match the document');
  return { ok: true, note: checked.value };
}

/** Checks a whole file; any problem refuses all of it (nothing half-imported). */
export function readAnnotationCollection(json: unknown): ReadResult {
  const fail = (problem: string): ReadResult => ({ ok: false, problem });
  if (!isRecord(json)) return fail('the file is not a JSON object');
  const context = json['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  if (!contexts.includes(ANNO_CONTEXT)) return fail(`the file is not a Web Annotation collection (@context is not ${ANNO_CONTEXT})`);
  if (json.type !== 'AnnotationCollection') return fail('the file is not an AnnotationCollection');
  const page = json.first;
  if (!isRecord(page) || page.type !== 'AnnotationPage' || !Array.isArray(page.items))
    return fail('the collection has no first page of items');
  if (page.items.length > MAX_IMPORT_NOTES) return fail(`the file has ${page.items.length} annotations; the limit is ${MAX_IMPORT_NOTES}`);
  if (json.total !== undefined && json.total !== page.items.length)
    return fail(`total says ${JSON.stringify(json.total)} but the page has ${page.items.length} annotations`);
  if (json.next !== undefined) return fail('the collection has more pages; only single-page files are read');
  const notes: Note[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of page.items.entries()) {
    const read = readAnnotation(raw);
    if (!read.ok) return fail(`annotation ${i + 1}: ${read.problem}`);
    const earlier = seen.get(read.note.id);
    if (earlier !== undefined) return fail(`annotation ${i + 1}: the same id as annotation ${earlier}`);
    seen.set(read.note.id, i + 1);
    notes.push(read.note);
  }
  return { ok: true, notes };
}
