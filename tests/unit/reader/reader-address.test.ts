import { describe, expect, it } from 'vitest';
import { buildReaderAddress, parseReaderAddress } from '../../../lib/reader/reader-address';

const BASE = 'chrome-extension://jfplbljalmcbdlegkmpiahmidllbgnjn/reader.html';

describe('parseReaderAddress', () => {
  it('reads a symbol, its language, a page and a pinpoint', () => {
    expect(parseReaderAddress(`${BASE}?symbol=A/RES/76/186&lang=ru&page=3&pinpoint=annex%20III`)).toEqual({
      ok: true,
      address: { symbol: 'A/RES/76/186', lang: 'ru', page: 3, pinpoint: 'annex III' },
    });
  });

  it('reads the note to scroll to, before src too (the notes list writes it with URLSearchParams)', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseReaderAddress(`${BASE}?symbol=A%2FRES%2F76%2F186&lang=ru&note=${id}`)).toEqual({
      ok: true,
      address: { symbol: 'A/RES/76/186', lang: 'ru', note: id },
    });
    const src = 'https://documents.un.org/doc/undoc/x.pdf?note=not-this&a=b';
    expect(parseReaderAddress(`${BASE}?note=${id}&src=${src}`)).toEqual({ ok: true, address: { note: id, src } });
  });

  it('canonicalises the symbol (encoded slashes, lower case, spaces)', () => {
    expect(parseReaderAddress('?symbol=a%2Fres%2F76%2F186&lang=en')).toEqual({ ok: true, address: { symbol: 'A/RES/76/186', lang: 'en' } });
    expect(parseReaderAddress('?symbol=S/RES/2331%20(2016)')).toEqual({ ok: true, address: { symbol: 'S/RES/2331(2016)' } });
  });

  it('takes everything after src= as the URL, raw with its own ? & and #', () => {
    const src = 'https://documents.un.org/doc/undoc/gen/n21/400/00/pdf/n2140000.pdf?token=abc&fe=true#page=2';
    expect(parseReaderAddress(`${BASE}?lang=ru&src=${src}`)).toEqual({ ok: true, address: { lang: 'ru', src } });
    expect(parseReaderAddress(`${BASE}?src=${src}`)).toEqual({ ok: true, address: { src } });
  });

  it('accepts as src only the shapes the redirect rules produce: the documents.un.org API and its files', () => {
    for (const src of [
      'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf',
      'https://documents.un.org/doc/undoc/gen/n21/400/00/pdf/n2140000.pdf',
      'https://documents.un.org/doc/UNDOC/GEN/N21/400/00/PDF/N2140000.PDF?token=t&fe=true',
    ]) {
      expect(parseReaderAddress(`?src=${src}`)).toEqual({ ok: true, address: { src } });
    }
  });

  it.each([
    'https://www.un.org/hostile/any-page',
    'https://www.un.org/x.pdf',
    'https://digitallibrary.un.org/record/1/files/A_RES_76_186-RU.pdf',
    'https://docs.un.org/ru/A/RES/76/186',
    'https://documents.un.org/settings/account',
    'https://user:pass@documents.un.org/doc/undoc/x.pdf',
    'https://documents.un.org@evil.example/doc/undoc/x.pdf',
    'https://documents.un.org:8443/doc/undoc/x.pdf',
    'https://documents.un.org:443/doc/undoc/x.pdf',
    'https://documents.un.org.evil.example/doc/undoc/x.pdf',
    'https://documents.un.org/doc/undoc/../../account.pdf',
    'https%3A%2F%2Fuser%40documents.un.org%2Fdoc%2Fundoc%2Fx.pdf',
  ])('refuses src %s', (src) => {
    expect(parseReaderAddress(`?src=${src}`)).toEqual({ ok: false, problem: 'bad-src' });
  });

  it('a symbol given with src must be the one src names', () => {
    const api = 'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf';
    expect(parseReaderAddress(`?symbol=A/RES/76/186&lang=ru&src=${api}`)).toEqual({
      ok: true,
      address: { symbol: 'A/RES/76/186', lang: 'ru', src: api },
    });
    expect(parseReaderAddress(`?symbol=S/RES/2231(2015)&src=${api}`)).toEqual({ ok: false, problem: 'bad-src' });
    expect(parseReaderAddress(`?symbol=A/RES/76/186&lang=en&src=${api}`)).toEqual({ ok: false, problem: 'bad-src' });
    // A file address names no symbol: a symbol beside it could not be checked.
    expect(parseReaderAddress('?symbol=A/RES/76/186&src=https://documents.un.org/doc/undoc/x.pdf')).toEqual({
      ok: false,
      problem: 'bad-src',
    });
  });

  it('accepts an encoded src too', () => {
    const src = 'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf';
    expect(parseReaderAddress(`${BASE}?src=${encodeURIComponent(src)}`)).toEqual({ ok: true, address: { src } });
  });

  it('reads parameters before src only: a src URL with its own symbol= or lang= does not leak', () => {
    const src = 'https://documents.un.org/doc/undoc/a.pdf?symbol=X/1&lang=zz';
    expect(parseReaderAddress(`?page=2&src=${src}`)).toEqual({ ok: true, address: { page: 2, src } });
  });

  it.each([
    ['', 'no-document'],
    ['?lang=ru', 'no-document'],
    ['?symbol=not-a-symbol&lang=ru', 'bad-symbol'],
    ['?symbol=A/RES/76/186&lang=de', 'bad-lang'],
    ['?symbol=A/RES/76/186&page=0', 'bad-page'],
    ['?symbol=A/RES/76/186&page=2x', 'bad-page'],
    ['?symbol=A/RES/76/186&pinpoint=%20', 'bad-pinpoint'],
    ['?symbol=A/RES/76/186&note=', 'bad-note'],
    ['?symbol=A/RES/76/186&note=%3Cimg%3E', 'bad-note'],
    ['?src=javascript:alert(1)', 'bad-src'],
    ['?src=file:///etc/passwd', 'bad-src'],
    ['?src=chrome-extension://x/reader.html', 'bad-src'],
    ['?src=https://evil.example/x.pdf', 'bad-src'],
    ['?src=https://undocs.org.evil.example/A/RES/1', 'bad-src'],
    ['?src=http://documents.un.org/doc/undoc/x.pdf', 'bad-src'],
    ['?src=https%3A%2F%2F%E0%A4%A', 'bad-src'],
  ])('refuses %s (%s)', (query, problem) => {
    expect(parseReaderAddress(`${BASE}${query}`)).toEqual({ ok: false, problem });
  });
});

describe('buildReaderAddress', () => {
  it('writes the contract form, slashes readable', () => {
    expect(buildReaderAddress({ symbol: 'A/RES/76/186', lang: 'ru' })).toBe('reader.html?symbol=A/RES/76/186&lang=ru');
    expect(buildReaderAddress({ symbol: 'A/RES/55/25', lang: 'en', pinpoint: 'annex III' })).toBe(
      'reader.html?symbol=A/RES/55/25&lang=en&pinpoint=annex%20III',
    );
  });

  it('puts src last, encoded, and reads back what it wrote', () => {
    const address = { lang: 'fr' as const, page: 4, src: 'https://documents.un.org/doc/undoc/x.pdf?token=a&fe=true' };
    const built = buildReaderAddress(address);
    expect(built).toMatch(/^reader\.html\?lang=fr&page=4&src=https%3A/);
    expect(buildReaderAddress({ ...address, note: 'n-1' })).toMatch(/^reader\.html\?lang=fr&page=4&note=n-1&src=https%3A/);
    expect(parseReaderAddress(built)).toEqual({ ok: true, address });
    const symbolic = { symbol: 'E/RES/2022/14', lang: 'ar' as const, page: 2, pinpoint: 'para. 29', note: 'abc-123' };
    expect(parseReaderAddress(buildReaderAddress(symbolic))).toEqual({ ok: true, address: symbolic });
  });
});
