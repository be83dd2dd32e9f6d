/**
 * The notes frame's port in the background's host (ADR 0024): served only once its peer is
 * vouched for (requests wait, a refusal disconnects unanswered), and the drafts it keeps there
 * are written when it closes first, on its own page's notes only.
 */
import { describe, expect, it } from 'vitest';
import type { NotesPortPeer } from '../../../lib/notes/notes-port-host';
import { newNote } from './note-factory';
import { notesPortHarness } from './notes-port-harness';

const RECORD = 'https://digitallibrary.un.org/record/3953797?ln=en';
const PRESS = 'https://press.un.org/en/2015/sc11974.doc.htm';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('a port whose peer is still being checked', () => {
  it('answers what it was asked meanwhile once the peer is vouched for', async () => {
    const { db, connect } = await notesPortHarness();
    const note = await db.create(newNote());
    let vouch: (peer: NotesPortPeer | null) => void = () => undefined;
    const frame = connect(new Promise((resolve) => (vouch = resolve)));
    const id = frame.send({ method: 'get', noteId: note.id });
    await settle();
    expect(frame.answers()).toEqual([]);
    vouch({ fromExtensionPage: false, pageUrl: RECORD });
    expect(await frame.answer(id)).toMatchObject({ ok: true, result: { id: note.id } });
  });

  it('answers nothing and disconnects when the peer is refused', async () => {
    const { db, connect } = await notesPortHarness();
    const note = await db.create(newNote());
    const frame = connect(Promise.resolve(null));
    frame.send({ method: 'get', noteId: note.id });
    frame.send({ method: 'update', noteId: note.id, changes: { text: 'planted' }, baseRevision: 1 });
    await settle();
    expect(frame.answers()).toEqual([]);
    expect(frame.port.disconnected).toBe(true);
    expect((await db.get(note.id))?.text).toBe(note.text);
  });
});

describe('drafts held for a port', () => {
  it('are written when the port closes before they were saved', async () => {
    const { db, connect } = await notesPortHarness();
    const note = await db.create(newNote());
    const frame = connect({ fromExtensionPage: false, pageUrl: RECORD });
    frame.send({ method: 'keepDraft', noteId: note.id, changes: { text: 'Our delegation will abstain' }, baseRevision: note.revision });
    frame.close();
    await settle();
    expect((await db.get(note.id))?.text).toBe('Our delegation will abstain');
  });

  it('are forgotten once dropped (the editor saved them)', async () => {
    const { db, connect } = await notesPortHarness();
    const note = await db.create(newNote());
    const frame = connect({ fromExtensionPage: false, pageUrl: RECORD });
    await frame.answer(frame.send({ method: 'keepDraft', noteId: note.id, changes: { text: 'typed' }, baseRevision: note.revision }));
    await frame.answer(frame.send({ method: 'dropDraft', noteId: note.id }));
    frame.close();
    await settle();
    expect(await db.get(note.id)).toEqual(note);
  });

  it('are never written on a note of another page', async () => {
    const { db, connect } = await notesPortHarness();
    const note = await db.create(newNote());
    const frame = connect({ fromExtensionPage: false, pageUrl: PRESS });
    frame.send({ method: 'keepDraft', noteId: note.id, changes: { text: 'planted' }, baseRevision: note.revision });
    frame.close();
    await settle();
    expect(await db.get(note.id)).toEqual(note);
  });
});
