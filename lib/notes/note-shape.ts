/**
 * What a well-formed note is, checked field by field. Notes arrive from places we do not control
 * (an imported file, a content script's port message, a database written by an older version),
 * so every entry point runs `checkNote` and refuses with a message that names the field.
 */
import { UN_LANGS, type UnLang } from '../citations/types';
import { CLAUSE_FRAGMENT, PDF_FRAGMENT, type Selector } from '../anchoring/types';
import { NOTE_COLOURS, documentKeyOf, type DocumentRef, type Note, type NoteChanges, type NoteColour, type NewNote } from './types';
import { isRecord } from '../messages/check';

/** Longest note text, in UTF-16 code units: a long memo, far beyond what anyone types. */
export const MAX_NOTE_TEXT = 100_000;
/** Longest quote a selector may carry (a whole clause of a long resolution fits). */
export const MAX_QUOTE = 20_000;
export const MAX_SELECTORS = 16;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;
export const MAX_TITLE = 2_000;
export const MAX_URL = 4_000;
export const MAX_SYMBOL = 200;
/**
 * Revisions count writes and are compared, never added up: bounded far below 2^53 so that a note
 * brought in by an import and edited again still imports (an edit at the bound keeps it there).
 */
export const MAX_REVISION = 2_147_483_647;

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** ISO 8601 as `Date#toISOString` and the Web Annotation model write it (offset allowed). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isUuidLike(x: unknown): x is string {
  return typeof x === 'string' && UUID_LIKE.test(x);
}

export function isIsoDate(x: unknown): x is string {
  return typeof x === 'string' && ISO_DATE.test(x) && !Number.isNaN(Date.parse(x));
}

export function isColour(x: unknown): x is NoteColour {
  return NOTE_COLOURS.includes(x as NoteColour);
}

const fail = <T>(problem: string): Checked<T> => ({ ok: false, problem });

function isBoundedString(x: unknown, max: number): x is string {
  return typeof x === 'string' && x.length <= max;
}

export function checkDocumentRef(x: unknown): Checked<DocumentRef> {
  if (!isRecord(x)) return fail('doc is not an object');
  switch (x.kind) {
    case 'symbol':
      if (!isBoundedString(x.symbol, MAX_SYMBOL) || x.symbol.trim() === '') return fail('doc.symbol is not a document symbol');
      if (!UN_LANGS.includes(x.lang as UnLang)) return fail(`doc.lang is not one of ${UN_LANGS.join(' ')}`);
      return { ok: true, value: { kind: 'symbol', symbol: x.symbol, lang: x.lang as UnLang } };
    case 'pdf':
      if (!isBoundedString(x.fingerprint, 200) || x.fingerprint === '') return fail('doc.fingerprint is not a PDF fingerprint');
      if (!isHttpUrl(x.url)) return fail('doc.url is not an http(s) address');
      return { ok: true, value: { kind: 'pdf', fingerprint: x.fingerprint, url: x.url } };
    case 'page':
      if (!isHttpUrl(x.url)) return fail('doc.url is not an http(s) address');
      return { ok: true, value: { kind: 'page', url: x.url } };
    default:
      return fail('doc.kind is not symbol, pdf or page');
  }
}

function isHttpUrl(x: unknown): x is string {
  if (!isBoundedString(x, MAX_URL)) return false;
  try {
    const url = new URL(x);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** One selector, rebuilt from its checked fields only (unknown fields dropped). */
export function checkSelector(x: unknown): Checked<Selector> {
  if (!isRecord(x)) return fail('is not an object');
  switch (x.type) {
    case 'TextQuoteSelector':
      if (!isBoundedString(x.exact, MAX_QUOTE) || x.exact === '') return fail('TextQuoteSelector.exact is not a non-empty text');
      if (!isBoundedString(x.prefix, 1000) || !isBoundedString(x.suffix, 1000)) return fail('TextQuoteSelector prefix/suffix is not text');
      return { ok: true, value: { type: 'TextQuoteSelector', exact: x.exact, prefix: x.prefix, suffix: x.suffix } };
    case 'TextPositionSelector':
      if (!isOffset(x.start) || !isOffset(x.end) || x.end < x.start)
        return fail('TextPositionSelector start/end are not offsets with start ≤ end');
      return { ok: true, value: { type: 'TextPositionSelector', start: x.start, end: x.end } };
    case 'FragmentSelector':
      if (x.conformsTo === PDF_FRAGMENT) {
        if (typeof x.value !== 'string' || !/^page=[1-9]\d{0,5}$/.test(x.value)) return fail('PDF FragmentSelector value is not page=N');
        return { ok: true, value: { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: x.value } };
      }
      if (x.conformsTo === CLAUSE_FRAGMENT) {
        if (typeof x.value !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/i.test(x.value))
          return fail('clause FragmentSelector value is not a clause id');
        return { ok: true, value: { type: 'FragmentSelector', conformsTo: CLAUSE_FRAGMENT, value: x.value } };
      }
      return fail('FragmentSelector conformsTo is neither a PDF page nor a clause');
    default:
      return fail(`type ${JSON.stringify(x.type) ?? 'undefined'} is not a known selector`);
  }
}

export function checkSelectors(x: unknown): Checked<Selector[]> {
  if (!Array.isArray(x) || x.length === 0) return fail('selectors is not a non-empty list');
  if (x.length > MAX_SELECTORS) return fail(`selectors has more than ${MAX_SELECTORS} entries`);
  const out: Selector[] = [];
  for (const [i, raw] of x.entries()) {
    const checked = checkSelector(raw);
    if (!checked.ok) return fail(`selector ${i + 1}: ${checked.problem}`);
    out.push(checked.value);
  }
  if (!out.some((s) => s.type === 'TextQuoteSelector' || (s.type === 'FragmentSelector' && s.conformsTo === CLAUSE_FRAGMENT))) {
    return fail('selectors has neither a text quote nor a clause');
  }
  return { ok: true, value: out };
}

/** Trims, drops empties and case-insensitive duplicates (the first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function checkTags(x: unknown): Checked<string[]> {
  if (!Array.isArray(x)) return fail('tags is not a list');
  if (x.length > MAX_TAGS) return fail(`tags has more than ${MAX_TAGS} entries`);
  for (const tag of x) if (!isBoundedString(tag, MAX_TAG_LENGTH)) return fail(`a tag is not text of at most ${MAX_TAG_LENGTH} characters`);
  return { ok: true, value: normalizeTags(x as string[]) };
}

function checkText(x: unknown): Checked<string> {
  if (typeof x !== 'string') return fail('text is not text');
  if (x.length > MAX_NOTE_TEXT) return fail(`text has ${x.length} characters; the limit is ${MAX_NOTE_TEXT}`);
  return { ok: true, value: x };
}

/** The fields an edit may change, checked (what `update` and the port accept). */
export function checkNoteChanges(x: unknown): Checked<NoteChanges> {
  if (!isRecord(x)) return fail('changes is not an object');
  const extra = Object.keys(x).filter((k) => !['text', 'colour', 'tags', 'selectors'].includes(k));
  if (extra.length > 0) return fail(`changes has unexpected field(s) ${extra.join(', ')}`);
  const out: NoteChanges = {};
  if (x.text !== undefined) {
    const text = checkText(x.text);
    if (!text.ok) return text;
    out.text = text.value;
  }
  if (x.colour !== undefined) {
    if (!isColour(x.colour)) return fail(`colour is not one of ${NOTE_COLOURS.join(' ')}`);
    out.colour = x.colour;
  }
  if (x.tags !== undefined) {
    const tags = checkTags(x.tags);
    if (!tags.ok) return tags;
    out.tags = tags.value;
  }
  if (x.selectors !== undefined) {
    const selectors = checkSelectors(x.selectors);
    if (!selectors.ok) return selectors;
    out.selectors = selectors.value;
  }
  return { ok: true, value: out };
}

/** A new note as a caller gives it to `create`. */
export function checkNewNote(x: unknown): Checked<NewNote> {
  if (!isRecord(x)) return fail('the new note is not an object');
  const doc = checkDocumentRef(x.doc);
  if (!doc.ok) return doc;
  const rest = checkNoteChanges({ text: x.text, colour: x.colour, tags: x.tags, selectors: x.selectors });
  if (!rest.ok) return rest;
  const { text, colour, tags, selectors } = rest.value;
  if (text === undefined || colour === undefined || tags === undefined || selectors === undefined) {
    return fail('a new note needs text, colour, tags and selectors');
  }
  const draft: NewNote = { doc: doc.value, text, colour, tags, selectors };
  if (x.docTitle !== undefined) {
    if (!isBoundedString(x.docTitle, MAX_TITLE)) return fail('docTitle is not a title');
    draft.docTitle = x.docTitle;
  }
  return { ok: true, value: draft };
}

const NOTE_KEYS = ['id', 'doc', 'docKey', 'selectors', 'text', 'colour', 'tags', 'created', 'updated', 'revision', 'docTitle'];

/** A whole stored note, rebuilt from checked fields (unknown fields refused). */
export function checkNote(x: unknown): Checked<Note> {
  if (!isRecord(x)) return fail('is not an object');
  const extra = Object.keys(x).filter((k) => !NOTE_KEYS.includes(k));
  if (extra.length > 0) return fail(`has unexpected field(s) ${extra.join(', ')}`);
  if (!isUuidLike(x.id)) return fail('id is not a UUID');
  const draft = checkNewNote(x);
  if (!draft.ok) return draft;
  if (x.docKey !== documentKeyOf(draft.value.doc)) return fail('docKey does not match doc');
  if (!isIsoDate(x.created)) return fail('created is not a date');
  if (!isIsoDate(x.updated)) return fail('updated is not a date');
  if (!Number.isSafeInteger(x.revision) || (x.revision as number) < 1) return fail('revision is not a positive whole number');
  if ((x.revision as number) > MAX_REVISION) return fail(`revision is above ${MAX_REVISION}`);
  const note: Note = {
    id: x.id,
    doc: draft.value.doc,
    docKey: x.docKey,
    selectors: draft.value.selectors,
    text: draft.value.text,
    colour: draft.value.colour,
    tags: draft.value.tags,
    created: x.created,
    updated: x.updated,
    revision: x.revision as number,
  };
  if (draft.value.docTitle !== undefined) note.docTitle = draft.value.docTitle;
  return { ok: true, value: note };
}
