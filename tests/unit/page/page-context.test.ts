// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectChangedBlocks, type MutationRecordLike } from '../../../lib/page/mutation-batch';
import { blockLangOf, langOfUrl, pageLangOf, pageSymbolOf } from '../../../lib/page/page-context';
import { linkSymbol } from '../../../lib/page/document-links';

// From the project root: happy-dom's URL has no file: scheme.
const RECORD = readFileSync(join(process.cwd(), 'tests/fixtures/sites/digitallibrary.un.org/record/3953797/index.html'), 'utf8');

function load(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html'); // eslint-disable-line resolute/no-html-sinks -- test fixture markup
  return doc;
}

describe('page context', () => {
  it('reads a Digital Library record symbol from its Symbol field', () => {
    expect(pageSymbolOf(load(RECORD), 'https://digitallibrary.un.org/record/3953797?ln=en')).toBe('A/RES/76/186');
  });

  it('trusts a "Symbol" row only on the Digital Library\'s own host, over https', () => {
    for (const url of [
      'https://www.un.org/hostile',
      'https://press.un.org/en/2024/x.htm',
      'https://evil.example/record/1',
      'http://digitallibrary.un.org/record/3953797',
      'https://digitallibrary.un.org.evil.example/record/1',
    ]) {
      expect(pageSymbolOf(load(RECORD), url), url).toBeNull();
    }
    const forged = load('<div class="metadata-row"><span class="title">Symbol</span><span class="value">A/RES/76/186</span></div>');
    expect(pageSymbolOf(forged, 'https://www.un.org/hostile')).toBeNull();
  });

  it('reads the symbol from a document address before the page', () => {
    const doc = load('<p>x</p>');
    expect(pageSymbolOf(doc, 'https://undocs.org/ru/A/RES/64/293')).toBe('A/RES/64/293');
    expect(pageSymbolOf(doc, 'https://documents.un.org/api/symbol/access?s=S/RES/2231(2015)&l=en')).toBe('S/RES/2231(2015)');
    expect(pageSymbolOf(doc, 'https://www.un.org/en/')).toBeNull();
  });

  it('reads the language from lang attributes, then the address', () => {
    expect(langOfUrl('https://digitallibrary.un.org/record/1?ln=fr')).toBe('fr');
    expect(langOfUrl('https://www.un.org/ru/about')).toBe('ru');
    expect(langOfUrl('https://press.un.org/en/2015/sc11974.doc.htm')).toBe('en');
    expect(langOfUrl('https://news.example/2024/x')).toBeUndefined();
    const doc = load('<html lang="es-ES"><body><p id="a">x</p><div lang="ar"><p id="b">y</p></div><p id="c" lang="de">z</p></body></html>');
    expect(pageLangOf(doc, 'https://www.un.org/en/')).toBe('es');
    expect(blockLangOf(doc.getElementById('a')!, 'es')).toBe('es');
    expect(blockLangOf(doc.getElementById('b')!, 'es')).toBe('ar');
    // German text is not read as a UN language: the engine detects.
    expect(blockLangOf(doc.getElementById('c')!, 'es')).toBeUndefined();
  });

  it('reads the symbol of links to UN document sites only', () => {
    const doc = load('<a id="a" href="/en/A/RES/70/1">x</a><a id="b" href="https://undocs.org/A/RES/70/1">y</a>');
    expect(linkSymbol(doc.getElementById('a')!, 'https://undocs.org/en/home')).toBe('A/RES/70/1');
    expect(linkSymbol(doc.getElementById('a')!, 'https://www.un.org/')).toBeNull();
    expect(linkSymbol(doc.getElementById('b')!, 'https://www.un.org/')).toBe('A/RES/70/1');
  });
});

describe('changed blocks of a mutation batch', () => {
  const record = (type: string, target: Node, added: Node[] = [], removed: Node[] = []): MutationRecordLike => ({
    type,
    target,
    addedNodes: added,
    removedNodes: removed,
  });

  it('names the block of changed text, the added subtrees, and ignores skipped regions', () => {
    // eslint-disable-next-line resolute/no-html-sinks -- test fixture markup
    document.body.innerHTML =
      '<div id="d"><p id="p">a <em id="em">b</em></p><pre id="pre">x</pre><div data-resolute="host" id="host"></div></div>';
    const p = document.getElementById('p')!;
    const em = document.getElementById('em')!;
    const added = document.createElement('p');
    document.getElementById('d')!.append(added);
    const inline = document.createElement('span');
    p.append(inline);
    const changed = collectChangedBlocks([
      record('characterData', em.firstChild!),
      record('childList', document.getElementById('d')!, [added]),
      record('childList', p, [inline]),
      record('characterData', document.getElementById('pre')!.firstChild!),
      record('childList', document.getElementById('host')!, [document.createTextNode('ui')]),
    ]);
    expect([...changed.blocks].map((e) => e.id)).toEqual(['p']);
    expect([...changed.subtrees]).toEqual([added, inline]);
  });
});
