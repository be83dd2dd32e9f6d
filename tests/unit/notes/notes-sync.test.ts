/**
 * Two extension pages (two tabs) on one database: each opens it through openSharedNotesStore and
 * hears changes through subscribeNotesChanges. Node's BroadcastChannel delivers between channel
 * objects in one process as the browser does between tabs of one origin.
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openSharedNotesStore, subscribeNotesChanges } from '../../../lib/notes/notes-sync';
import type { NotesChange } from '../../../lib/notes/types';
import { newNote } from './note-factory';

function nextChange(into: NotesChange[], count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () =>
      into.length >= count
        ? resolve()
        : Date.now() - started > 2000
          ? reject(new Error(`only ${into.length} changes`))
          : setTimeout(poll, 5);
    poll();
  });
}

describe('notes sync between extension pages', () => {
  it('a write in one tab reaches the other tab and the writer itself', async () => {
    const host = { indexedDB: new FakeIDBFactory(), BroadcastChannel };
    const tabA = await openSharedNotesStore(host);
    const tabB = await openSharedNotesStore(host);
    const heardByA: NotesChange[] = [];
    const heardByB: NotesChange[] = [];
    const stopA = new AbortController();
    const stopB = new AbortController();
    subscribeNotesChanges(host, (c) => heardByA.push(c), stopA.signal);
    subscribeNotesChanges(host, (c) => heardByB.push(c), stopB.signal);

    const note = await tabA.create(newNote());
    await nextChange(heardByB, 1);
    await nextChange(heardByA, 1);
    expect(heardByB[0]).toEqual({ written: [note.id], deleted: [], docKeys: ['symbol:A/RES/76/186'] });
    expect(await tabB.get(note.id)).toEqual(note);

    // B edits; A hears it, and A's stale edit is refused rather than overwriting B's.
    const edited = await tabB.update(note.id, { text: 'B was here' }, 1);
    expect(edited.ok).toBe(true);
    await nextChange(heardByA, 2);
    expect(await tabA.update(note.id, { text: 'A, stale' }, 1)).toMatchObject({ ok: false, reason: 'conflict' });

    stopA.abort();
    await tabB.remove(note.id);
    await nextChange(heardByB, 3);
    expect(heardByB[2]).toEqual({ written: [], deleted: [note.id], docKeys: ['symbol:A/RES/76/186'] });
    expect(heardByA).toHaveLength(2); // unsubscribed
    stopB.abort();
    tabA.close();
    tabB.close();
  });

  it('ignores a malformed message on the channel', async () => {
    const heard: NotesChange[] = [];
    const stop = new AbortController();
    subscribeNotesChanges({ BroadcastChannel }, (c) => heard.push(c), stop.signal);
    const rogue = new BroadcastChannel('resolute-notes');
    rogue.postMessage({ type: 'notes-changed', change: { written: 'all', deleted: [], docKeys: [] } });
    rogue.postMessage({ type: 'notes-changed', change: { written: ['x'], deleted: [], docKeys: ['symbol:A/1'] } });
    await nextChange(heard, 1);
    expect(heard).toEqual([{ written: ['x'], deleted: [], docKeys: ['symbol:A/1'] }]);
    rogue.close();
    stop.abort();
  });
});
