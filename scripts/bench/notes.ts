/**
 * The notes database at the scale of a heavy user: 10,000 notes over 200 documents in six
 * languages, in fake-indexeddb (a real IndexedDB implementation in node; a browser's is faster
 * or slower by a constant, the shape of the costs is the same). Measures opening the database
 * and reading every note (what the all-notes page does first), full-text search over all of them
 * (first search, which builds the folded-text cache, and searches after it), and importing a
 * 10,000-note file (into an empty database, and the same file again: all unchanged).
 * Figures only; nothing here passes or fails.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { NotesSearchIndex, queryNotes } from '../../lib/notes/query';
import { openNotesDatabase } from '../../lib/notes/store';
import { documentKeyOf, NOTE_COLOURS, type DocumentRef, type Note } from '../../lib/notes/types';
import type { UnLang } from '../../lib/citations/types';
import type { BenchRow, BenchSection } from './bench-section';

const COUNT = 10_000;
const RUNS = 5;

const WORDS: Record<UnLang, string[]> = {
  en: [
    'delegation',
    'supports',
    'paragraph',
    'concern',
    'development',
    'sustainable',
    'climate',
    'financing',
    'human',
    'rights',
    'reservation',
    'wording',
  ],
  fr: ['délégation', 'soutient', 'paragraphe', 'préoccupation', 'développement', 'durable', 'financement', 'réserve', 'libellé'],
  es: ['delegación', 'apoya', 'párrafo', 'preocupación', 'desarrollo', 'sostenible', 'financiación', 'reserva'],
  ru: ['делегация', 'поддерживаем', 'пункт', 'озабоченность', 'развитие', 'устойчивое', 'финансирование', 'оговорка', 'формулировка'],
  ar: ['الوفد', 'يؤيد', 'الفقرة', 'القلق', 'التنمية', 'المستدامة', 'التمويل', 'تحفظ'],
  zh: ['代表团', '支持', '段落', '关切', '发展', '可持续', '筹资', '保留'],
};
const LANGS = Object.keys(WORDS) as UnLang[];

/** A small deterministic generator: the same notes on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function generateNotes(count = COUNT): Note[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const doc: DocumentRef = { kind: 'symbol', symbol: `A/RES/${70 + (i % 10)}/${100 + (i % 200)}`, lang };
    const sep = lang === 'zh' ? '' : ' ';
    const words = Array.from({ length: 8 + Math.floor(next() * 40) }, () => pick(WORDS[lang]));
    // One note in 2,000 carries a rare word, to time a search with almost no hits.
    if (i % 2000 === 7) words.push('xylophone');
    const time = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    notes.push({
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      doc,
      docKey: documentKeyOf(doc),
      selectors: [
        { type: 'TextQuoteSelector', exact: words.slice(0, 5).join(sep), prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 40 },
      ],
      text: words.join(sep),
      colour: pick(NOTE_COLOURS),
      tags: next() < 0.3 ? [pick(['position', 'follow-up', 'позиция'])] : [],
      created: time,
      updated: time,
      revision: 1,
      docTitle: `Resolution ${70 + (i % 10)}/${100 + (i % 200)}`,
    });
  }
  return notes;
}

async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

function best<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work();
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = work();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, result };
}

function once<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

export const notesSection: BenchSection = {
  name: 'notes',
  async run() {
    const rows: BenchRow[] = [];
    const notes = generateNotes();
    const factory = new FakeIDBFactory();

    const seed = await openNotesDatabase(factory);
    const imported = await timeAsync(() => seed.merge(notes));
    rows.push({ measure: `import ${COUNT} notes into an empty database (one transaction)`, value: fmt(imported.ms) });
    const again = await timeAsync(() => seed.merge(notes));
    rows.push({
      measure: `import the same ${COUNT} again (all unchanged)`,
      value: `${fmt(again.ms)} (${again.result.unchanged} unchanged)`,
    });
    seed.close();

    const opened = await timeAsync(async () => {
      const db = await openNotesDatabase(factory);
      const all = await db.all();
      db.close();
      return all;
    });
    rows.push({ measure: `open the database + all() (${opened.result.length} notes)`, value: fmt(opened.ms) });

    const index = new NotesSearchIndex();
    const cold = once(() => queryNotes(opened.result, { text: 'delegation', sort: 'updated-desc' }, index));
    rows.push({ measure: 'first search (builds the folded-text cache)', value: `${fmt(cold.ms)} → ${cold.result.length} notes` });
    const searches: [string, string][] = [
      ['a common word', 'delegation'],
      ['a rare word', 'xylophone'],
      ['two words', 'sustainable financing'],
      ['Cyrillic, case folded', 'ПОДДЕРЖИВАЕМ'],
      ['Chinese substring', '可持续发展'],
    ];
    for (const [label, text] of searches) {
      const run = best(RUNS, () => queryNotes(opened.result, { text, sort: 'updated-desc' }, index));
      rows.push({ measure: `search ${label}: "${text}"`, value: `${fmt(run.ms)} → ${run.result.length} notes` });
    }
    const filtered = best(RUNS, () => queryNotes(opened.result, { docKey: 'symbol:A/RES/75/105', sort: 'document' }, index));
    rows.push({ measure: 'one document’s notes, in reading order', value: `${fmt(filtered.ms)} → ${filtered.result.length} notes` });
    return rows;
  },
};
