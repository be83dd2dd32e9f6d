import { describe, expect, it } from 'vitest';
import {
  isOwnFrameAnswer,
  notesFrameHash,
  parseNotesFrameRequest,
  parseNotesFrameVerify,
  readNotesFrameHash,
  tokenOfFramePort,
} from '../../lib/notes-frame-messages';

const TOKEN = '0b8a5c3e-7d1f-4e2a-9c6b-5f4d3e2a1b0c';

describe('the notes frame channel', () => {
  it('reads back the views it writes, token last', () => {
    const card = { view: 'card' as const, docKey: 'symbol:A/RES/76/186', noteId: 'abc-123', token: TOKEN };
    const list = { view: 'list' as const, docKey: 'page:https://www.un.org/x?y=1&z', docName: 'this page', token: TOKEN };
    expect(notesFrameHash(card)).toMatch(/^#view=card&.*&token=0b8a5c3e-/);
    expect(readNotesFrameHash(notesFrameHash(card))).toEqual(card);
    expect(readNotesFrameHash(notesFrameHash(list))).toEqual(list);
  });

  it('shows nothing for an address without a well-formed token (a frame Resolute did not make)', () => {
    expect(readNotesFrameHash('#view=list&doc=page%3Ahttps%3A%2F%2Fwww.un.org%2Fx&name=x')).toBeNull();
    expect(readNotesFrameHash('#view=list&doc=page%3Ahttps%3A%2F%2Fwww.un.org%2Fx&name=x&token=guess')).toBeNull();
  });

  it('takes the token from a frame port name only', () => {
    expect(tokenOfFramePort(`notes-frame:${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfFramePort('notes')).toBeNull();
    expect(tokenOfFramePort('notes-frame:1234')).toBeNull();
  });

  it('parses the frame requests and the checks strictly', () => {
    expect(parseNotesFrameRequest({ type: 'notes-frame-close', token: TOKEN })).toEqual({ type: 'notes-frame-close', token: TOKEN });
    expect(parseNotesFrameRequest({ type: 'notes-frame-show-mark', token: TOKEN, noteId: 'abc' })).toEqual({
      type: 'notes-frame-show-mark',
      token: TOKEN,
      noteId: 'abc',
    });
    expect(parseNotesFrameRequest({ type: 'notes-frame-close' })).toBeNull();
    expect(parseNotesFrameRequest({ type: 'notes-frame-show-mark', token: TOKEN, noteId: '<img>' })).toBeNull();
    expect(parseNotesFrameRequest({ type: 'notes-frame-close', token: TOKEN, extra: 1 })).toBeNull();
    expect(parseNotesFrameVerify({ type: 'notes-frame-verify', token: TOKEN })).toEqual({ type: 'notes-frame-verify', token: TOKEN });
    expect(parseNotesFrameVerify({ type: 'notes-frame-verify', token: 'x' })).toBeNull();
    expect(isOwnFrameAnswer({ own: true })).toBe(true);
    expect(isOwnFrameAnswer({ own: 'yes' })).toBe(false);
    expect(isOwnFrameAnswer(undefined)).toBe(false);
  });
});
