import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childElements, parseXml, textContent, type XmlElement } from '../../../lib/metadata/xml-reader';

function root(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(result.error);
  return result.root;
}

describe('parseXml', () => {
  it('reads elements, attributes and text, dropping namespace prefixes and declarations', () => {
    const doc = root(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Search-Engine-Total-Number-Of-Results: 1 -->\n' +
        '<ns0:collection xmlns:ns0="http://www.loc.gov/MARC21/slim"><ns0:record><ns0:datafield tag="191" ind1=\' \' ind2=" ">' +
        '<ns0:subfield code="a">A/RES/76/186</ns0:subfield></ns0:datafield></ns0:record></ns0:collection>',
    );
    expect(doc.name).toBe('collection');
    expect(doc.attributes).toEqual({});
    const field = childElements(childElements(doc, 'record')[0] as XmlElement, 'datafield')[0] as XmlElement;
    expect(field.attributes).toEqual({ tag: '191', ind1: ' ', ind2: ' ' });
    expect(textContent(field)).toBe('A/RES/76/186');
  });

  it('knows only its own entities and attributes, never JavaScript internals', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf']) {
      const result = parseXml(`<a>&${name};</a>`);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error).toContain(`unknown entity &${name};`);
    }
    const doc = root('<a constructor="c" __proto__="p" toString="t"/>');
    expect(Object.keys(doc.attributes)).toEqual(['constructor', '__proto__', 'toString']);
    expect(doc.attributes.constructor).toBe('c');
    expect(doc.attributes.__proto__).toBe('p');
  });

  it('decodes the predefined entities, decimal and hexadecimal references, and CDATA as it is', () => {
    const doc = root('<a t="&quot;x&quot; &amp; &apos;y&apos;">&lt;b&gt; &#1056;&#x443;&#x441; &#x1F30D;<![CDATA[<not & markup>]]></a>');
    expect(doc.attributes.t).toBe('"x" & \'y\'');
    expect(textContent(doc)).toBe('<b> Рус 🌍<not & markup>');
  });

  it('keeps self-closing elements and text around children in order', () => {
    const doc = root('<a>one<b/>two<c x="1">three</c></a>');
    expect(doc.children).toEqual([
      'one',
      { name: 'b', attributes: {}, children: [] },
      'two',
      { name: 'c', attributes: { x: '1' }, children: ['three'] },
    ]);
  });

  it('refuses a DOCTYPE, so no entity can be declared or fetched', () => {
    const billionLaughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(parseXml(billionLaughs)).toEqual({ ok: false, error: expect.stringContaining('<!DOCTYPE') as unknown });
    const external = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expect(parseXml(external).ok).toBe(false);
  });

  it.each([
    ['unknown entity', '<a>&nbsp;</a>', 'unknown entity'],
    ['bare ampersand', '<a>fish & chips</a>', 'bare "&"'],
    ['reference to a non-character', '<a>&#0;</a>', 'not an XML character'],
    ['surrogate reference', '<a>&#xD800;</a>', 'not an XML character'],
    ['mismatched end tag', '<a><b></a></b>', 'does not close'],
    ['unclosed element', '<a><b></b>', 'never closed'],
    ['two roots', '<a/><b/>', 'second root'],
    ['text outside the root', '<a/>junk', 'outside the root'],
    ['no root', '<!-- nothing -->', 'no root'],
    ['unquoted attribute', '<a x=1/>', 'unquoted'],
    ['attribute without value', '<a x/>', 'without a value'],
    ['"<" in an attribute', '<a x="<"/>', 'inside attribute'],
    ['unterminated comment', '<a><!-- oops</a>', 'unterminated comment'],
    ['unterminated CDATA', '<a><![CDATA[x</a>', 'unterminated CDATA'],
    ['stray end tag', '</a>', 'does not close'],
  ])('says what is wrong with %s', (_name, xml, message) => {
    const result = parseXml(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('enforces its size, depth and element limits', () => {
    expect(parseXml('<a/>', { maxLength: 3, maxDepth: 10, maxElements: 10 })).toMatchObject({ ok: false });
    const deep = '<a>'.repeat(70) + '</a>'.repeat(70);
    expect(parseXml(deep)).toEqual({ ok: false, error: 'nesting deeper than 64' });
    expect(parseXml(`<r>${'<i/>'.repeat(20)}</r>`, { maxLength: 1e6, maxDepth: 10, maxElements: 10 })).toEqual({
      ok: false,
      error: 'more than 10 elements',
    });
  });

  it('strips a byte-order mark', () => {
    expect(root('\uFEFF<a>x</a>').name).toBe('a');
  });

  it('never throws, whatever it is given', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '/',
      '&',
      ';',
      '"',
      "'",
      '=',
      '!',
      '?',
      '[',
      ']',
      '-',
      'a',
      ' ',
      '#',
      'x',
      '1',
      '<a>',
      '</a>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const result = parseXml(parts.join(''));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a megabyte of records in linear time', () => {
    const record = '<record><datafield tag="245"><subfield code="a">Title &amp; more</subfield></datafield></record>';
    const xml = `<collection>${record.repeat(10_000)}</collection>`;
    const started = performance.now();
    const result = parseXml(xml);
    expect(result.ok && result.root.children.length).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
