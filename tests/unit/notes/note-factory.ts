/** Notes and drafts for the notes tests: realistic, in several languages and documents. */
import type { NewNote, Note } from '../../../lib/notes/types';
import { documentKeyOf } from '../../../lib/notes/types';

export function newNote(overrides: Partial<NewNote> = {}): NewNote {
  return {
    doc: { kind: 'symbol', symbol: 'A/RES/76/186', lang: 'ru' },
    selectors: [
      { type: 'TextQuoteSelector', exact: 'призывает все государства', prefix: '1. ', suffix: ' принять' },
      { type: 'TextPositionSelector', start: 120, end: 145 },
      { type: 'FragmentSelector', conformsTo: 'https://resolute.invalid/ns/clause', value: 'op-1' },
    ],
    text: 'Наша делегация поддерживает.',
    colour: 'yellow',
    tags: ['climate'],
    ...overrides,
  };
}

let counter = 0;
/** A stored note with a fresh uuid-like id. */
export function storedNote(overrides: Partial<Note> = {}): Note {
  counter++;
  const draft = newNote();
  const doc = overrides.doc ?? draft.doc;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    ...draft,
    doc,
    docKey: documentKeyOf(doc),
    created: '2025-03-01T10:00:00.000Z',
    updated: '2025-03-01T10:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}

/** A clock that moves one second per reading, from a fixed start. */
export function tickingClock(start = Date.parse('2025-05-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
