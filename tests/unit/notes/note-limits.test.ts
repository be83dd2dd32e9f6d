import { describe, expect, it } from 'vitest';
import { titleFromFirstPage } from '../../../lib/reader/first-page';
import { MAX_QUOTE, MAX_TITLE, checkNewNote } from '../../../lib/notes/note-shape';
import { noteTitle, selectionFits } from '../../../lib/notes/note-limits';
import { cleanTitleText } from '../../../lib/text/title-text';
import { newNote } from './note-factory';

describe('what a page gives, fitted to a note', () => {
  it('a page title over the bound is clipped, and the note can be saved', () => {
    const long = `Résolution ${'très longue '.repeat(400)}`;
    expect(checkNewNote(newNote({ docTitle: long })).ok).toBe(false);
    const title = noteTitle(long)!;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title.endsWith('…')).toBe(true);
    expect(checkNewNote(newNote({ docTitle: title })).ok).toBe(true);
  });

  it('clipping never leaves half of a surrogate pair', () => {
    const title = noteTitle('🌍'.repeat(MAX_TITLE))!;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(title)).toBe(false);
  });

  it('bidi and other control characters never reach a title', () => {
    const spoof = 'A/RES/76/186 \u202Eabc\u202C \u2067x\u2069 \u200F\u061C\u0007 title';
    expect(cleanTitleText(spoof)).toBe('A/RES/76/186 abc x title');
    expect(noteTitle(spoof)).toBe('A/RES/76/186 abc x title');
    expect(noteTitle('\u202E \u200F')).toBeUndefined();
  });

  it("bidi controls on a PDF's first page do not reach the title read from it", () => {
    const page = 'United Nations A/RES/76/186\nGeneral Assembly\n76/186. \u202EImproving\u202C the coordination of efforts\n';
    expect(titleFromFirstPage(page, 'A/RES/76/186')).toBe('Improving the coordination of efforts');
  });

  it('a selection over the quote bound is refused before a note is made', () => {
    expect(selectionFits(0, MAX_QUOTE)).toBe(true);
    expect(selectionFits(10, MAX_QUOTE + 11)).toBe(false);
  });
});
