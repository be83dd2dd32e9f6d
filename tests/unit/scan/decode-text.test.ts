import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeUtf8Text, NotTextError } from '../../../lib/scan/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8Text', () => {
  it('decodes a seed text exactly as fs.readFileSync(path, "utf8") does', () => {
    const url = new URL('../../fixtures/a-res-76-186.ru.txt', import.meta.url);
    expect(decodeUtf8Text(new Uint8Array(readFileSync(url)))).toBe(readFileSync(url, 'utf8'));
  });

  it('keeps a byte-order mark, as readFileSync does, so offsets agree', () => {
    expect(decodeUtf8Text(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('\ufeffa');
  });

  it('refuses a binary file, naming the first NUL byte', () => {
    expect(() => decodeUtf8Text(bytes(0x61, 0x62, 0x00, 0x63))).toThrow(new NotTextError('binary file (NUL byte at offset 2)'));
  });

  it.each([
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['a truncated sequence', [0x61, 0x62, 0xd0], 2],
    ['an overlong form', [0xc0, 0xaf], 0],
    ['a latin-1 byte', [0x61, 0x62, 0x63, 0xe9, 0x64], 3],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
  ])('refuses invalid UTF-8 (%s), naming the offset', (_what, values, offset) => {
    expect(() => decodeUtf8Text(bytes(...values))).toThrow(`not valid UTF-8 text (first bad byte at offset ${offset})`);
  });
});

describe('decodeHtml', () => {
  it('decodes UTF-8 by default', () => {
    expect(decodeHtml(utf8('<p>резолюция</p>'))).toBe('<p>резолюция</p>');
  });

  it('follows <meta charset> for a legacy encoding', () => {
    const head = utf8('<meta charset="windows-1251"><p>');
    const cyrillic = bytes(0xf0, 0xe5, 0xe7); // "рез" in windows-1251
    expect(decodeHtml(new Uint8Array([...head, ...cyrillic]))).toBe('<meta charset="windows-1251"><p>рез');
  });

  it('follows the http-equiv form of the declaration', () => {
    const html = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 0xd2]);
    expect(decodeHtml(html).endsWith('р')).toBe(true);
  });

  it('reads a UTF-16 file by its byte-order mark', () => {
    expect(decodeHtml(bytes(0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00))).toBe('<p>');
  });

  it('refuses binary junk, invalid UTF-8 and an unknown encoding', () => {
    expect(() => decodeHtml(bytes(0x3c, 0x00))).toThrow('binary file');
    expect(() => decodeHtml(bytes(0x3c, 0xff))).toThrow('not valid utf-8 text');
    expect(() => decodeHtml(utf8('<meta charset="no-such-charset">'))).toThrow('unknown character encoding "no-such-charset"');
  });
});
