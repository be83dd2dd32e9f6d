import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, notesToMarkdown } from '../../../lib/notes/markdown';
import { storedNote } from './note-factory';

describe('notes as Markdown', () => {
  it('groups by document, quotes as blockquotes, text, tags and dates', () => {
    const a = storedNote({ text: 'First line\nsecond line', tags: ['climate', 'позиция'] });
    const b = storedNote({
      doc: { kind: 'symbol', symbol: 'E/RES/2022/14', lang: 'en' },
      docTitle: 'Ocean',
      text: '',
      colour: 'blue',
      tags: [],
    });
    const c = storedNote({ text: 'Another on the first document' });
    const md = notesToMarkdown([a, b, c]);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## A/RES/76/186', '## E/RES/2022/14 — Ocean']);
    expect(md).toContain('> призывает все государства');
    expect(md).toContain('First line\\\nsecond line');
    expect(md).toContain('Tags: `climate`, `позиция`');
    expect(md).toContain('Created 2025-03-01T10:00:00.000Z · updated 2025-03-01T10:00:00.000Z · <https://undocs.org/ru/A/RES/76/186>');
    // Both notes of the first document sit under its heading, before the second document.
    expect(md.indexOf('Another on the first document')).toBeLessThan(md.indexOf('## E/RES/2022/14'));
  });

  it('note text cannot make headings, lists, quotes, links or HTML', () => {
    const evil = storedNote({ text: '# Heading\n- item\n1. item\n> quote\n[link](https://x)\n<script>alert(1)</script>\n---\n```\n&amp;' });
    const md = notesToMarkdown([evil]);
    const lines = md.split('\n');
    const start = lines.findIndex((l) => l.includes('Heading'));
    expect(lines.slice(start, start + 9)).toEqual([
      '\\# Heading\\',
      '\\- item\\',
      '1\\. item\\',
      '\\> quote\\',
      '\\[link\\]\\(https://x\\)\\',
      '\\<script\\>alert\\(1\\)\\</script\\>\\',
      '\\---\\',
      '\\`\\`\\`\\',
      '\\&amp;',
    ]);
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Resolute notes',
      '## A/RES/76/186',
      '### ru · clause op-1 · yellow',
    ]);
  });

  it('escapes a line so that it reads back as the same text', () => {
    expect(escapeMarkdownLine('a*b_c')).toBe('a\\*b\\_c');
    expect(escapeMarkdownLine('   - indented')).toBe('   \\- indented');
  });
});
