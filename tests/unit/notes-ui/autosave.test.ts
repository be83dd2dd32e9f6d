/**
 * Saving as the reader types: debounced writes, one at a time, drafts kept until committed, and
 * nothing lost on a conflict, a full disk or a deleted note.
 */
import { describe, expect, it } from 'vitest';
import { createNoteAutosave, type NoteDraftKeeper } from '../../../lib/notes/notes-ui-autosave';
import type { NoteChanges } from '../../../lib/notes/types';
import { memoryNotesStore, quotaError, sampleNote } from './memory-notes-store';

function manualTimers() {
  const due: (() => void)[] = [];
  return {
    setTimer: (callback: () => void) => {
      due.push(callback);
      return callback;
    },
    clearTimer: (handle: unknown) => {
      const i = due.indexOf(handle as () => void);
      if (i >= 0) due.splice(i, 1);
    },
    pending: () => due.length,
    fire: () => due.splice(0).forEach((f) => f()),
  };
}

function draftMap(): NoteDraftKeeper & { kept: Map<string, { changes: NoteChanges; base: number }> } {
  const kept = new Map<string, { changes: NoteChanges; base: number }>();
  return { kept, keep: (id, changes, base) => kept.set(id, { changes, base }), drop: (id) => kept.delete(id) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A saved note in a memory store and its autosave on manual timers, keeping drafts unless told not to. */
function autosaveOf({ keepDrafts = true } = {}) {
  const note = sampleNote();
  const store = memoryNotesStore([note]);
  const timers = manualTimers();
  const drafts = draftMap();
  const saver = createNoteAutosave({ note, store, ...(keepDrafts ? { drafts } : {}), ...timers });
  return { note, store, timers, drafts, saver };
}

/** An autosave whose write of "mine" met a newer revision ("theirs") written elsewhere. */
async function inConflict() {
  const started = autosaveOf();
  started.store.writeElsewhere(started.note.id, { text: 'theirs' });
  started.saver.edit({ text: 'mine' });
  await started.saver.flush();
  return started;
}

describe('note autosave', () => {
  it('keeps a draft at once, writes once after the pause, then drops the draft', async () => {
    const { note, store, timers, drafts, saver } = autosaveOf();
    saver.edit({ text: 'fi' });
    saver.edit({ text: 'final' });
    expect(drafts.kept.get(note.id)).toEqual({ changes: { text: 'final' }, base: 1 });
    expect(saver.state().kind).toBe('pending');
    expect(store.writes).toBe(0);
    timers.fire();
    await settle();
    expect(store.writes).toBe(1);
    expect((await store.get(note.id))!.text).toBe('final');
    expect(saver.note().revision).toBe(2);
    expect(saver.state().kind).toBe('saved');
    expect(drafts.kept.has(note.id)).toBe(false);
  });

  it('coalesces edits made while a write is in flight into one next write on the new revision', async () => {
    const { note, store, timers, saver } = autosaveOf({ keepDrafts: false });
    saver.edit({ text: 'one' });
    const first = saver.flush();
    saver.edit({ text: 'one two' });
    saver.edit({ colour: 'green' });
    timers.fire();
    await first;
    await settle();
    await saver.flush();
    const saved = (await store.get(note.id))!;
    expect(saved).toMatchObject({ text: 'one two', colour: 'green', revision: 3 });
    expect(store.writes).toBe(2);
    expect(saver.state().kind).toBe('saved');
  });

  it('writes nothing when the text is back to what is saved', async () => {
    const { store, saver } = autosaveOf({ keepDrafts: false });
    saver.edit({ text: 'firstx' });
    saver.edit({ text: 'first' });
    await saver.flush();
    expect(store.writes).toBe(0);
    expect(saver.state().kind).toBe('saved');
  });

  it('on a conflict keeps the reader’s text; "keep mine" writes it over the current revision', async () => {
    const { note, store, drafts, saver } = await inConflict();
    const state = saver.state();
    expect(state.kind).toBe('conflict');
    if (state.kind === 'conflict') expect(state.theirs.text).toBe('theirs');
    expect(saver.unsaved()).toEqual({ text: 'mine' });
    expect(drafts.kept.get(note.id)?.changes).toEqual({ text: 'mine' });
    // Edits during a conflict wait for the reader's choice.
    saver.edit({ text: 'mine, more' });
    await saver.flush();
    expect((await store.get(note.id))!.text).toBe('theirs');
    await saver.keepMine();
    expect(await store.get(note.id)).toMatchObject({ text: 'mine, more', revision: 3 });
    expect(saver.state().kind).toBe('saved');
  });

  it('"take theirs" drops the reader’s changes and their draft', async () => {
    const { drafts, saver } = await inConflict();
    expect(saver.takeTheirs()?.text).toBe('theirs');
    expect(saver.state().kind).toBe('saved');
    expect(drafts.kept.size).toBe(0);
    expect(saver.unsaved()).toEqual({});
  });

  it('on a full disk keeps the text pending and the draft, and saves on the next edit', async () => {
    const { note, store, timers, drafts, saver } = autosaveOf();
    store.failNext(quotaError());
    saver.edit({ text: 'typed' });
    await saver.flush();
    expect(saver.state().kind).toBe('quota');
    expect((await store.get(note.id))!.text).toBe('first');
    expect(drafts.kept.get(note.id)?.changes).toEqual({ text: 'typed' });
    saver.edit({ text: 'typed on' });
    timers.fire();
    await settle();
    await saver.flush();
    expect((await store.get(note.id))!.text).toBe('typed on');
    expect(saver.state().kind).toBe('saved');
  });

  it('when the note was deleted elsewhere, "keep mine" restores it and writes the text', async () => {
    const { note, store, saver } = autosaveOf({ keepDrafts: false });
    await store.remove(note.id);
    saver.edit({ text: 'still here' });
    await saver.flush();
    expect(saver.state().kind).toBe('gone');
    await saver.keepMine();
    expect((await store.get(note.id))!.text).toBe('still here');
  });

  it('adopts another tab’s newer version only when nothing is typed', () => {
    const { note, saver } = autosaveOf({ keepDrafts: false });
    expect(saver.adopt({ ...note, text: 'newer', revision: 2 })).toBe(true);
    expect(saver.note().text).toBe('newer');
    saver.edit({ text: 'typing' });
    expect(saver.adopt({ ...note, text: 'newest', revision: 3 })).toBe(false);
  });
});
