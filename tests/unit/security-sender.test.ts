import { describe, expect, it } from 'vitest';
import { isExtensionContext } from '../../lib/security/sender';

const ID = 'jfplbljalmcbdlegkmpiahmidllbgnjn';
const BASE = `chrome-extension://${ID}/`;

describe('isExtensionContext', () => {
  it("trusts the service worker and the extension's pages", () => {
    expect(isExtensionContext({ id: ID, url: `${BASE}background.js` }, ID, BASE)).toBe(true);
    expect(
      isExtensionContext(
        { id: ID, url: `${BASE}reader.html?symbol=A/RES/1`, tab: { id: 3, url: `${BASE}reader.html?symbol=A/RES/1` } },
        ID,
        BASE,
      ),
    ).toBe(true);
  });

  it('never trusts a content script, another extension or a missing sender', () => {
    expect(
      isExtensionContext(
        { id: ID, url: 'https://www.un.org/hostile', tab: { id: 7, url: 'https://www.un.org/hostile' }, frameId: 0 },
        ID,
        BASE,
      ),
    ).toBe(false);
    // A content script in a frame of an extension page is still a content script of a web page.
    expect(isExtensionContext({ id: ID, url: 'https://evil.example/', tab: { id: 7, url: `${BASE}reader.html` } }, ID, BASE)).toBe(false);
    expect(isExtensionContext({ id: 'other', url: `chrome-extension://other/x.html` }, ID, BASE)).toBe(false);
    expect(isExtensionContext({ id: ID }, ID, BASE)).toBe(false);
    expect(isExtensionContext(undefined, ID, BASE)).toBe(false);
  });
});

describe('the offscreen document', () => {
  it('reads a document for the service worker only, never for a content script', async () => {
    const { readDocumentListener } = await import('../../entrypoints/offscreen/read-document-listener');
    const asked: string[] = [];
    const listener = readDocumentListener(
      (symbol) => {
        asked.push(symbol);
        return Promise.resolve({ kind: 'text', text: 'x' });
      },
      ID,
      BASE,
    );
    const message = { type: 'offscreen-read-document', symbol: 'A/RES/76/186', lang: 'en' };
    const answers: unknown[] = [];
    expect(
      listener(message, { id: ID, url: 'https://www.un.org/hostile', tab: { id: 9, url: 'https://www.un.org/hostile' } }, (r) =>
        answers.push(r),
      ),
    ).toBeUndefined();
    expect(asked).toEqual([]);
    expect(listener(message, { id: ID, url: `${BASE}background.js` }, (r) => answers.push(r))).toBe(true);
    await Promise.resolve();
    expect(asked).toEqual(['A/RES/76/186']);
  });
});
