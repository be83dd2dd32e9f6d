/**
 * A content script's notes port reaches only its own tab's document (ADR 0024): the background
 * decides which from the port's sender, and refuses every other read, write and change push.
 */
import { describe, expect, it } from 'vitest';
import { documentKeyOf, type Note } from '../../../lib/notes/types';
import { pageDocumentsOf } from '../../../lib/security/page-documents';
import { newNote } from './note-factory';
import { notesPortHarness } from './notes-port-harness';

const PRESS = 'https://press.un.org/en/2015/sc11974.doc.htm';
const RECORD = 'https://digitallibrary.un.org/record/3953797?ln=en';
const HOSTILE = 'https://www.un.org/hostile';

describe('pageDocumentsOf', () => {
  it('allows the page itself, the symbol its address names, and symbols on Digital Library records', () => {
    expect(pageDocumentsOf(`${PRESS}#top`).allows(`page:${PRESS}`)).toBe(true);
    expect(pageDocumentsOf(PRESS).allows('symbol:A/RES/76/186')).toBe(false);
    expect(pageDocumentsOf('https://undocs.org/en/S/RES/2231(2015)').allows('symbol:S/RES/2231(2015)')).toBe(true);
    expect(pageDocumentsOf('https://undocs.org/en/S/RES/2231(2015)').allows('symbol:A/RES/76/186')).toBe(false);
    expect(pageDocumentsOf(RECORD).allows('symbol:A/RES/76/186')).toBe(true);
    expect(pageDocumentsOf(HOSTILE).allows('symbol:A/RES/76/186')).toBe(false);
    expect(pageDocumentsOf(HOSTILE).allows(`page:${PRESS}`)).toBe(false);
    expect(pageDocumentsOf(undefined).allows(`page:${PRESS}`)).toBe(false);
    expect(pageDocumentsOf('http://digitallibrary.un.org/record/1').allows('symbol:A/RES/76/186')).toBe(false);
  });
});

describe('a content script’s port', () => {
  it('reads and changes nothing outside its tab’s document, and hears nothing of other documents', async () => {
    const { db, connect } = await notesPortHarness();
    const secret = await db.create(newNote({ text: 'our delegation will abstain on operative paragraph 1' }));
    const hostile = connect({ fromExtensionPage: false, pageUrl: HOSTILE });
    for (const request of [
      { method: 'all' },
      { method: 'get', noteId: secret.id },
      { method: 'forDocument', docKey: secret.docKey },
      { method: 'update', noteId: secret.id, changes: { text: 'changed' }, baseRevision: 1 },
      { method: 'remove', noteId: secret.id },
      { method: 'restore', noteId: secret.id },
      { method: 'create', draft: newNote({ text: 'planted' }) },
    ]) {
      const answer = await hostile.call(request);
      // A note of another document is answered as missing; everything else is refused.
      if (request.method === 'get') expect(answer).toMatchObject({ ok: true, result: null });
      else expect(answer.ok, request.method).toBe(false);
      expect(JSON.stringify(answer)).not.toContain('abstain');
    }
    // A write elsewhere is not announced to it: its document, ids and address stay unknown.
    await db.update(secret.id, { colour: 'pink' }, 1);
    expect(hostile.sent.filter((m) => m.type === 'notes-changed')).toEqual([]);
    expect(await db.all()).toEqual([{ ...secret, colour: 'pink', revision: 2, updated: expect.any(String) as unknown }]);
  });

  it('works on its own document as before', async () => {
    const { db, connect } = await notesPortHarness();
    const record = connect({ fromExtensionPage: false, pageUrl: RECORD });
    const created = await record.call({ method: 'create', draft: newNote() });
    expect(created.ok).toBe(true);
    const note = (created as { result: Note }).result;
    expect((await record.call({ method: 'forDocument', docKey: documentKeyOf(note.doc) })).ok).toBe(true);
    expect((await record.call({ method: 'update', noteId: note.id, changes: { text: 'x' }, baseRevision: 1 })).ok).toBe(true);
    expect((await record.call({ method: 'remove', noteId: note.id })).ok).toBe(true);
    expect((await record.call({ method: 'restore', noteId: note.id })).ok).toBe(true);
    expect(record.sent.some((m) => m.type === 'notes-changed' && m.change.docKeys.includes(note.docKey))).toBe(true);
    expect(await db.all()).toHaveLength(1);
  });
});
