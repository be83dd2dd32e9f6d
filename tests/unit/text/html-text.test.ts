import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/scan/linkedom-html';
import { DEFAULT_SKIPPED_ELEMENTS, extractHtmlText, type HtmlTextOptions } from '../../../lib/text/html-text';

function extract(html: string, options?: HtmlTextOptions) {
  return extractHtmlText(parseHtmlDocument(html), options);
}

describe('extractHtmlText: runs of text', () => {
  it('puts each block in its own run, separated by a blank line', () => {
    const html =
      '<h1>Title</h1><p>First.</p><ul><li>one</li><li>two</li></ul>' +
      '<table><caption>Cap</caption><tr><th>h</th><td>cell</td></tr></table>' +
      '<dl><dt>term</dt><dd>meaning</dd></dl><blockquote>quoted</blockquote>' +
      '<figure><figcaption>fig</figcaption></figure><h6>small</h6>';
    expect(extract(html).text).toBe('Title\n\nFirst.\n\none\n\ntwo\n\nCap\n\nh\n\ncell\n\nterm\n\nmeaning\n\nquoted\n\nfig\n\nsmall');
  });

  it('joins inline elements without separators, so a reference across a link stays one run', () => {
    expect(extract('<p>резолюции <a href="#x">70/125</a> и <b>7</b><i>0</i>/1</p>').text).toBe('резолюции 70/125 и 70/1');
  });

  it('reads Arabic presentation forms as their letters (a page converted from an old PDF)', () => {
    // ﺍﻟﺴﻼﻡ ﻭﺍﻟﻘﺮﺍﺭ <a>76/186</a>: a lam-alef (U+FEFC) inside the first word, then "والقرار".
    const { text } = extract('<p>\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1 \uFEED\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAE <a href="#x">76/186</a></p>');
    expect(text).toBe('السلام والقرار 76/186');
  });

  it('treats a div of inline content as one block and splits a div around nested blocks', () => {
    expect(extract('<div>see <em>resolution</em> 1/2</div><div>before<p>inside</p>after</div>').text).toBe(
      'see resolution 1/2\n\nbefore\n\ninside\n\nafter',
    );
  });

  it('collapses HTML white space but keeps no-break spaces', () => {
    expect(extract('<p>\n  resolution \t\n 64/293\u00a0(2010)  </p>').text).toBe('resolution 64/293\u00a0(2010)');
  });

  it('makes <br> a line break inside the run, never at its edges', () => {
    expect(extract('<p><br>a <br> b<br><br>c<br></p><p>d</p>').text).toBe('a\nb\n\nc\n\nd');
  });

  it('skips script, style, noscript and template by default, and comments always', () => {
    const html =
      '<p>a<script>var r = "resolution 1/1";</script>b<style>p{}</style>c' +
      '<noscript>no</noscript><template><p>t</p></template><!-- resolution 2/2 -->d</p>';
    expect(extract(html).text).toBe('abcd');
    expect([...DEFAULT_SKIPPED_ELEMENTS].sort()).toEqual(['noscript', 'script', 'style', 'template']);
  });

  it('keeps pre and code text as it is by default, and skips them when asked', () => {
    const html = '<p>x <code>A/RES/1/1</code></p><pre>line 1\n  line 2</pre><p>y</p>';
    expect(extract(html).text).toBe('x A/RES/1/1\n\nline 1\n  line 2\n\ny');
    const skip = new Set([...DEFAULT_SKIPPED_ELEMENTS, 'pre', 'code']);
    expect(extract(html, { skip }).text).toBe('x\n\ny');
  });

  it('reads only the body, not the title', () => {
    expect(extract('<html><head><title>Title 1/1</title></head><body><p>body</p></body></html>').text).toBe('body');
  });

  it('survives nesting deeper than the call stack', () => {
    const depth = 20_000;
    const html = '<span>'.repeat(depth) + 'deep' + '</span>'.repeat(depth);
    expect(extract(`<p>${html}</p>`).text).toBe('deep');
  });
});

describe('extractHtmlText: page language', () => {
  it.each([
    ['<html lang="ru"><body><p>x</p></body></html>', 'ru'],
    ['<html lang="en-GB"><body><p>x</p></body></html>', 'en'],
    ['<html lang="ZH_cn"><body><p>x</p></body></html>', 'zh'],
    ['<html><body><p>x</p></body></html>', null],
  ])('%s → %s', (html, lang) => {
    expect(extract(html).lang).toBe(lang);
  });
});

describe('extractHtmlText: links to UN documents', () => {
  it('returns each undocs.org / docs.un.org link with its symbol and its place in the text', () => {
    const html =
      '<p>Recalling resolution <a href="https://undocs.org/ru/A/RES/64/293">64/293</a>.</p>' +
      '<p>See <a href="https://docs.un.org/en/S/RES/2331(2016)">the Council\'s <b>resolution</b></a> ' +
      'and <a href="https://example.org/A/RES/1/1">elsewhere</a>.</p>';
    const { text, links } = extract(html);
    expect(links.map(({ symbol, text: linkText }) => [symbol, linkText])).toEqual([
      ['A/RES/64/293', '64/293'],
      ['S/RES/2331(2016)', "the Council's resolution"],
    ]);
    for (const link of links) expect(text.slice(link.start, link.end)).toBe(link.text);
    expect(links[0]?.href).toBe('https://undocs.org/ru/A/RES/64/293');
  });

  it('does not count the white space around the link text', () => {
    const { text, links } = extract('<p>a<a href="https://undocs.org/A/RES/1/1">  b c  </a>  d</p>');
    expect(text).toBe('a b c d');
    expect(links[0]).toMatchObject({ start: 2, end: 5, text: 'b c' });
  });

  it('gives a link without text an empty place where it stands', () => {
    const { text, links } = extract('<p>before <a href="https://undocs.org/en/A/76/1"><img alt=""></a>after</p>');
    expect(text).toBe('before after');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ start: 6, end: 6, text: '', symbol: 'A/76/1' });
  });

  it('resolves relative links only against a given page address', () => {
    const html = '<p><a href="/en/A/RES/70/1">70/1</a></p>';
    expect(extract(html).links).toEqual([]);
    expect(extract(html, { baseUrl: 'https://undocs.org/en/A/RES/76/186' }).links[0]?.symbol).toBe('A/RES/70/1');
  });
});
