import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation, ScanContext } from '../../lib/citations/types';
import { MAX_PAGE_SYMBOL_LENGTH, MAX_SCAN_TEXT_LENGTH, parseMessage, parseResponse, validateMessage } from '../../lib/messages/runtime';
import { handleMessage, respondToMessage, type HandlerDeps, type SenderInfo } from '../../lib/messages/runtime-handler';

const citation: Citation = {
  start: 20,
  end: 36,
  text: 'резолюцию 64/293',
  symbol: 'A/RES/64/293',
  body: 'GA',
  kind: 'resolution',
};

/** Deps that must not be reached by the test at hand. */
const unused = () => Promise.reject(new Error('not expected in this test'));

/** Deps whose engine records what it was asked and answers `answer`; bypass requests are recorded too. */
function fakeDeps(answer: Citation[] = [citation]) {
  const calls: Array<{ text: string; context: ScanContext }> = [];
  const opened: Array<{ url: string; tabId: number }> = [];
  const deps: HandlerDeps = {
    version: '9.8.7',
    findCitations: (text, context) => {
      calls.push({ text, context });
      return answer;
    },
    openOriginal: (url, tabId) => {
      opened.push({ url, tabId });
      return Promise.resolve();
    },
  };
  return { deps, calls, opened };
}

/** The reader page in tab 7, as the background sees it. */
const READER_TAB: SenderInfo = { tabId: 7, fromExtensionPage: true };

describe('parseMessage', () => {
  it('accepts a ping', () => {
    expect(parseMessage({ type: 'ping' })).toEqual({ type: 'ping' });
  });

  it('accepts scan-text with and without its optional fields', () => {
    expect(parseMessage({ type: 'scan-text', text: 'abc' })).toEqual({ type: 'scan-text', text: 'abc' });
    expect(parseMessage({ type: 'scan-text', text: '', lang: 'ru', pageSymbol: 'A/RES/76/186' })).toEqual({
      type: 'scan-text',
      text: '',
      lang: 'ru',
      pageSymbol: 'A/RES/76/186',
    });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'ping'],
    ['a number', 42],
    ['an array', [{ type: 'ping' }]],
    ['an object without type', {}],
    ['an unknown type', { type: 'scan-html', text: 'x' }],
    ['a non-string type', { type: 7 }],
    ['a ping with an extra field', { type: 'ping', version: '1' }],
    ['scan-text without text', { type: 'scan-text' }],
    ['scan-text with a number for text', { type: 'scan-text', text: 5 }],
    ['scan-text with a language that is not a UN language', { type: 'scan-text', text: 'x', lang: 'de' }],
    ['scan-text with a non-string language', { type: 'scan-text', text: 'x', lang: 1 }],
    ['scan-text with an empty page symbol', { type: 'scan-text', text: 'x', pageSymbol: '  ' }],
    ['scan-text with a non-string page symbol', { type: 'scan-text', text: 'x', pageSymbol: ['A/RES/1'] }],
    ['scan-text with an over-long page symbol', { type: 'scan-text', text: 'x', pageSymbol: 'A/'.repeat(MAX_PAGE_SYMBOL_LENGTH) }],
    ['scan-text with an unknown field', { type: 'scan-text', text: 'x', html: '<b>' }],
    ['open-original without url', { type: 'open-original' }],
    ['open-original with a number for url', { type: 'open-original', url: 1 }],
    ['open-original to a site that is not a UN document host', { type: 'open-original', url: 'https://evil.example/a.pdf' }],
    ['open-original to http', { type: 'open-original', url: 'http://undocs.org/ru/A/RES/76/186' }],
    ['open-original to a javascript: URL', { type: 'open-original', url: 'javascript:alert(1)' }],
    ['open-original to an extension page', { type: 'open-original', url: 'chrome-extension://abc/reader.html' }],
    ['open-original with an unknown field', { type: 'open-original', url: 'https://undocs.org/ru/A/RES/76/186', tabId: 3 }],
  ])('rejects %s', (_name, value) => {
    expect(parseMessage(value)).toBeNull();
    const result = validateMessage(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.error.code).toBe('bad-message');
  });

  it('accepts open-original to undocs.org, docs.un.org and documents.un.org over https', () => {
    for (const url of [
      'https://undocs.org/ru/A/RES/76/186',
      'https://docs.un.org/en/S/RES/2331(2016)',
      'https://documents.un.org/doc/undoc/gen/n21/402/38/pdf/n2140238.pdf?token=x&fe=true',
    ]) {
      expect(parseMessage({ type: 'open-original', url })).toEqual({ type: 'open-original', url });
    }
  });

  it('drops nothing it checked and adds nothing it did not', () => {
    const parsed = parseMessage({ type: 'scan-text', text: 't', lang: undefined });
    expect(parsed).toEqual({ type: 'scan-text', text: 't' });
    expect(parsed && Object.keys(parsed)).toEqual(['type', 'text']);
  });

  it('accepts text at the size limit and rejects it one character over, saying why', () => {
    const atLimit = 'a'.repeat(MAX_SCAN_TEXT_LENGTH);
    expect(parseMessage({ type: 'scan-text', text: atLimit })).not.toBeNull();
    const result = validateMessage({ type: 'scan-text', text: atLimit + 'a' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.error.code).toBe('too-large');
      expect(result.error.error.message).toContain(String(MAX_SCAN_TEXT_LENGTH));
    }
  });

  it('never throws, and whatever it accepts validates again to the same message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              type: fc.constantFrom('ping', 'scan-text', 'open-original', 'other'),
              url: fc.oneof(fc.webUrl(), fc.constant('https://undocs.org/ru/A/RES/76/186'), fc.string()),
              text: fc.oneof(fc.string(), fc.integer()),
              lang: fc.constantFrom('ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 3),
              pageSymbol: fc.oneof(fc.string(), fc.constant(null)),
            },
            { requiredKeys: ['type'] },
          ),
        ),
        (value) => {
          const parsed = parseMessage(value);
          if (parsed !== null) expect(parseMessage(structuredClone(parsed))).toEqual(parsed);
        },
      ),
    );
  });
});

describe('handleMessage', () => {
  it('answers a ping with the version', async () => {
    const { deps } = fakeDeps();
    await expect(handleMessage({ type: 'ping' }, deps)).resolves.toEqual({ ok: true, version: '9.8.7' });
  });

  it('passes the text, language and page symbol to the engine and returns its citations', async () => {
    const { deps, calls } = fakeDeps();
    const text = 'ссылаясь на свою резолюцию 64/293';
    const response = await handleMessage({ type: 'scan-text', text, lang: 'ru', pageSymbol: 'A/RES/76/186' }, deps);
    expect(response).toEqual({ ok: true, citations: [citation] });
    expect(calls).toEqual([{ text, context: { lang: 'ru', pageSymbol: 'A/RES/76/186' } }]);
  });

  it('gives the engine an empty context when the sender knows neither language nor symbol', async () => {
    const { deps, calls } = fakeDeps([]);
    await expect(handleMessage({ type: 'scan-text', text: 'x' }, deps)).resolves.toEqual({ ok: true, citations: [] });
    expect(calls[0]?.context).toEqual({});
  });

  it('waits for an asynchronous engine', async () => {
    const deps: HandlerDeps = { version: '1', findCitations: () => Promise.resolve([citation]), openOriginal: unused };
    await expect(handleMessage({ type: 'scan-text', text: 'x' }, deps)).resolves.toEqual({
      ok: true,
      citations: [citation],
    });
  });
});

describe('open-original', () => {
  const url = 'https://undocs.org/ru/A/RES/76/186';

  it('asks the background to take the sender’s tab to the original', async () => {
    const { deps, opened } = fakeDeps();
    await expect(handleMessage({ type: 'open-original', url }, deps, READER_TAB)).resolves.toEqual({ ok: true });
    expect(opened).toEqual([{ url, tabId: 7 }]);
  });

  it.each([
    ['a content script on a UN page', { tabId: 7, fromExtensionPage: false }],
    ['an extension page outside a tab (the popup)', { fromExtensionPage: true }],
    ['a sender it knows nothing about', undefined],
  ])('refuses %s', async (_name, sender) => {
    const { deps, opened } = fakeDeps();
    const response = await respondToMessage({ type: 'open-original', url }, deps, sender);
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(opened).toEqual([]);
  });

  it('reports a failed navigation instead of staying silent', async () => {
    const deps: HandlerDeps = { ...fakeDeps().deps, openOriginal: () => Promise.reject(new Error('No tab with id: 7')) };
    await expect(respondToMessage({ type: 'open-original', url }, deps, READER_TAB)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'open-original failed: No tab with id: 7' },
    });
  });
});

describe('respondToMessage', () => {
  it('answers a malformed message with an error instead of calling the engine', async () => {
    const { deps, calls } = fakeDeps();
    const response = await respondToMessage({ type: 'scan-text', text: 12 }, deps);
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(calls).toHaveLength(0);
  });

  it('turns an engine failure into an internal error response', async () => {
    const deps: HandlerDeps = {
      version: '1',
      findCitations: () => {
        throw new Error('engine exploded');
      },
      openOriginal: unused,
    };
    await expect(respondToMessage({ type: 'scan-text', text: 'x' }, deps)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'scan-text failed: engine exploded' },
    });
  });

  it('answers a valid message like handleMessage does', async () => {
    const { deps } = fakeDeps();
    await expect(respondToMessage({ type: 'ping' }, deps)).resolves.toEqual({ ok: true, version: '9.8.7' });
  });
});

describe('parseResponse', () => {
  it('accepts well-formed answers and error responses', () => {
    expect(parseResponse('ping', { ok: true, version: '1.0.0' })).toEqual({ ok: true, version: '1.0.0' });
    expect(parseResponse('scan-text', { ok: true, citations: [citation, { ...citation, symbol: null }] })).not.toBeNull();
    const error = { ok: false, error: { code: 'bad-message', message: 'no' } };
    expect(parseResponse('scan-text', error)).toEqual(error);
    expect(parseResponse('open-original', { ok: true })).toEqual({ ok: true });
  });

  it.each([
    ['no answer', 'ping', undefined],
    ['a ping answer without version', 'ping', { ok: true }],
    ['a scan answer for a ping', 'ping', { ok: true, citations: [] }],
    ['citations that are not an array', 'scan-text', { ok: true, citations: {} }],
    ['a citation with a string offset', 'scan-text', { ok: true, citations: [{ ...citation, start: '20' }] }],
    ['a citation without a symbol field', 'scan-text', { ok: true, citations: [{ ...citation, symbol: undefined }] }],
    ['an error without a message', 'ping', { ok: false, error: { code: 'internal' } }],
  ] as const)('rejects %s', (_name, type, value) => {
    expect(parseResponse(type, value)).toBeNull();
  });
});
