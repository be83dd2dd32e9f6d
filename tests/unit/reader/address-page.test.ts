import { describe, expect, it } from 'vitest';
import { addressWithPage, sameReaderAddress } from '../../../lib/reader/address-page';
import { parseReaderAddress } from '../../../lib/reader/reader-address';

const base = 'chrome-extension://x/reader.html';

describe('addressWithPage', () => {
  it('adds the page and keeps the symbol readable', () => {
    expect(addressWithPage(`${base}?symbol=A/RES/79/1&lang=en`, 40)).toBe(`${base}?symbol=A/RES/79/1&lang=en&page=40`);
  });

  it('replaces a page already there and drops it for page 1', () => {
    expect(addressWithPage(`${base}?symbol=A/RES/79/1&page=3&lang=en`, 7)).toBe(`${base}?symbol=A/RES/79/1&lang=en&page=7`);
    expect(addressWithPage(`${base}?symbol=A/RES/79/1&lang=en&page=7`, 1)).toBe(`${base}?symbol=A/RES/79/1&lang=en`);
  });

  it('keeps a raw src URL, with its own & and #, last and whole', () => {
    const src = 'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf?token=a&fe=true#page=2';
    const out = addressWithPage(`${base}?lang=en&src=${src}`, 5);
    expect(out).toBe(`${base}?lang=en&page=5&src=${src}`);
    const parsed = parseReaderAddress(out);
    expect(parsed.ok && parsed.address).toMatchObject({ page: 5, src });
  });

  it('keeps a fragment of an address without src', () => {
    expect(addressWithPage(`${base}?symbol=A/RES/79/1#x`, 2)).toBe(`${base}?symbol=A/RES/79/1&page=2#x`);
  });
});

describe('sameReaderAddress', () => {
  it('is the same entry whatever page each address was left at', () => {
    expect(sameReaderAddress('reader.html?symbol=A/RES/79/1&lang=en', 'reader.html?symbol=A/RES/79/1&lang=en&page=4')).toBe(true);
    expect(sameReaderAddress('reader.html?symbol=A/RES/79/1&page=2&lang=en', 'reader.html?symbol=A/RES/79/1&lang=en&page=4')).toBe(true);
    expect(sameReaderAddress('reader.html?symbol=A/RES/79/1&lang=en', 'reader.html?symbol=A/RES/79/10&lang=en')).toBe(false);
    expect(sameReaderAddress('reader.html?symbol=A/RES/79/1&lang=en', 'reader.html?symbol=A/RES/79/1&lang=fr&page=4')).toBe(false);
  });
});
