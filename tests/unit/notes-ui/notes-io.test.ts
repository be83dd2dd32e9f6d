/**
 * Notes in and out of the notes page (lib/notes/notes-ui-io.ts): an import checks the whole file
 * before it writes anything, an export reads back as the same notes, a download hands the file to
 * the browser and lets its address go later.
 */
import { describe, expect, it } from 'vitest';
import { annotationExport, downloadText, importAnnotationText, markdownExport } from '../../../lib/notes/notes-ui-io';
import { pageDraftKeeper } from '../../../lib/notes/notes-ui-drafts';
import { NotesError } from '../../../lib/notes/types';
import { memoryNotesStore, quotaError, sampleNote } from './memory-notes-store';

describe('importing an annotation file', () => {
  it('merges a file exported before, and reports what it added', async () => {
    const note = sampleNote();
    const store = memoryNotesStore();
    const outcome = await importAnnotationText(annotationExport([note]), store);
    expect(outcome).toEqual({ kind: 'imported', result: { added: 1, updated: 0, unchanged: 0 } });
    expect((await store.all()).map((n) => n.text)).toEqual(['first']);
  });

  it('refuses what is not JSON, or not an annotation collection, and writes nothing', async () => {
    const store = memoryNotesStore();
    expect(await importAnnotationText('{ not json', store)).toEqual({ kind: 'refused', problem: null });
    const refused = await importAnnotationText(JSON.stringify({ type: 'Something else' }), store);
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' && refused.problem).toEqual(expect.any(String));
    expect(store.writes).toBe(0);
  });

  it('says when storage is full, and passes any other failure on as a message', async () => {
    const store = memoryNotesStore();
    store.failNext(quotaError());
    expect(await importAnnotationText(annotationExport([sampleNote()]), store)).toEqual({ kind: 'quota' });
    store.failNext(new NotesError('invalid', 'a note is not valid'));
    expect(await importAnnotationText(annotationExport([sampleNote()]), store)).toEqual({
      kind: 'refused',
      problem: 'a note is not valid',
    });
    store.failNext(new Error('disk on fire'));
    expect(await importAnnotationText(annotationExport([sampleNote()]), store)).toEqual({ kind: 'failed', message: 'disk on fire' });
  });
});

describe('exporting', () => {
  it('writes Markdown that quotes the note and its text', () => {
    const markdown = markdownExport([sampleNote({ text: 'Check paragraph 3' })]);
    expect(markdown).toContain('Reaffirming its resolution');
    expect(markdown).toContain('Check paragraph 3');
  });

  it('downloads through a hidden link, and revokes the blob address only later', () => {
    const events: string[] = [];
    const timers: Array<{ run: () => void; ms: number }> = [];
    const link = {
      href: '',
      download: '',
      hidden: false,
      click: () => events.push(`click ${link.download} ${link.href}`),
      remove: () => events.push('remove'),
    };
    const win = {
      Blob: class {
        constructor(
          readonly parts: string[],
          readonly options: { type: string },
        ) {
          events.push(`blob ${options.type} ${parts.join('')}`);
        }
      },
      URL: { createObjectURL: () => 'blob:1', revokeObjectURL: (url: string) => events.push(`revoke ${url}`) },
      document: { createElement: () => link, body: { append: () => events.push('append') } },
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    };
    downloadText(win as unknown as Window & typeof globalThis, 'text', 'text/markdown', 'notes.md');
    expect(link.hidden).toBe(true);
    expect(events).toEqual(['blob text/markdown text', 'append', 'click notes.md blob:1', 'remove']);
    expect(timers.map((t) => t.ms)).toEqual([10_000]);
    timers[0]!.run();
    expect(events.at(-1)).toBe('revoke blob:1');
  });
});

describe('the page draft keeper', () => {
  it('is null where localStorage is missing or refused', () => {
    expect(pageDraftKeeper({})).toBeNull();
    const refusing = {
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
    };
    expect(pageDraftKeeper(refusing)).toBeNull();
  });
});
