import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPageHead } from '../../wxt.config';

const page = (name: string) => readFileSync(new URL(`../../entrypoints/${name}/index.html`, import.meta.url), 'utf8');

describe("the extension pages' shared head", () => {
  it('gives a page without its own UTF-8 and the viewport, the charset first', () => {
    const tags = sharedPageHead(page('about'));
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { charset: 'utf-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    ]);
    expect(tags[0]!.injectTo).toBe('head-prepend');
  });

  it('adds nothing a page already has (no second charset)', () => {
    expect(sharedPageHead('<head><meta charset="utf-8" /><meta name="viewport" content="width=400" /></head>')).toEqual([]);
    expect(sharedPageHead('<head><meta charset="utf-8" /></head>').map((tag) => tag.attrs?.name)).toEqual(['viewport']);
  });

  it('is what every extension page relies on: none of them writes it again', () => {
    for (const name of ['about', 'help', 'notes', 'notes-frame', 'offscreen', 'options', 'popup', 'reader', 'sidepanel']) {
      expect(page(name), name).not.toMatch(/<meta\s+(charset|name="viewport")/);
      expect(sharedPageHead(page(name)), name).toHaveLength(2);
    }
  });
});
