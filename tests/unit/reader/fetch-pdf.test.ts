import { describe, expect, it } from 'vitest';
import { fetchPdf, type PdfFetch, type PdfResponse } from '../../../lib/reader/fetch-pdf';

const URL_ = 'https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=ru&t=pdf';
const FINAL = 'https://documents.un.org/doc/undoc/gen/n21/400/00/pdf/n2140000.pdf?token=t&fe=true';
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');

function answer(status: number, body: string | Uint8Array, headers: Record<string, string> = {}, url = FINAL): PdfFetch {
  return () => {
    const response = new Response(typeof body === 'string' ? body : new Uint8Array(body), { status, headers });
    // A constructed Response has no URL; the browser's has the final one after redirects.
    const fake: PdfResponse = {
      url,
      status: response.status,
      ok: response.ok,
      headers: response.headers,
      arrayBuffer: () => response.arrayBuffer(),
    };
    return Promise.resolve(fake);
  };
}

/** A server that never answers: the fetch waits until it is aborted. */
const hanging: PdfFetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    const fail = () => reject(new DOMException('aborted', 'AbortError'));
    if (init.signal.aborted) fail();
    init.signal.addEventListener('abort', fail);
  });

describe('fetchPdf', () => {
  it('returns the bytes of a PDF and the URL it came from after redirects', async () => {
    const result = await fetchPdf(URL_, { fetch: answer(200, PDF, { 'content-type': 'application/pdf' }) });
    expect(result).toEqual({ kind: 'ok', bytes: PDF, url: FINAL });
  });

  it('accepts a PDF with junk before %PDF- (readers tolerate up to 1 KB)', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('\r\n\r\n'), ...PDF]);
    expect((await fetchPdf(URL_, { fetch: answer(200, bytes) })).kind).toBe('ok');
  });

  it('says not-found for a 404 (and a 410)', async () => {
    expect(await fetchPdf(URL_, { fetch: answer(404, 'no such document', {}, URL_) })).toEqual({
      kind: 'not-found',
      status: 404,
      url: URL_,
    });
    expect((await fetchPdf(URL_, { fetch: answer(410, '') })).kind).toBe('not-found');
  });

  it('says not-published for a 200 with an empty body, as the API answers for an unpublished symbol', async () => {
    expect(await fetchPdf(URL_, { fetch: answer(200, '', { 'content-length': '0' }, URL_) })).toEqual({ kind: 'not-published', url: URL_ });
  });

  it('says not-a-pdf for an HTML page, and recognises a bot challenge', async () => {
    const page = await fetchPdf(URL_, { fetch: answer(200, '<!doctype html><title>Documents</title>', { 'content-type': 'text/html' }) });
    expect(page).toEqual({ kind: 'not-a-pdf', url: FINAL, contentType: 'text/html', challenge: false });
    const challenge = await fetchPdf(URL_, {
      fetch: answer(200, '<html><title>Just a moment...</title><div id="cf-chl-widget">', { 'content-type': 'text/html' }),
    });
    expect(challenge).toMatchObject({ kind: 'not-a-pdf', challenge: true });
    const accepted = await fetchPdf(URL_, { fetch: answer(202, '<html>verify you are human</html>', { 'content-type': 'text/html' }) });
    expect(accepted).toMatchObject({ kind: 'not-a-pdf', challenge: true });
  });

  it('says http-error with the status for other failures', async () => {
    expect(await fetchPdf(URL_, { fetch: answer(503, 'busy') })).toEqual({ kind: 'http-error', status: 503, url: FINAL });
    expect((await fetchPdf(URL_, { fetch: answer(403, 'forbidden') })).kind).toBe('http-error');
  });

  it('says timeout when the server does not answer in time', async () => {
    const started = Date.now();
    expect(await fetchPdf(URL_, { fetch: hanging, timeoutMs: 50 })).toEqual({ kind: 'timeout', url: URL_ });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('says timeout when the body stops coming', async () => {
    const slowBody: PdfFetch = (_url, init) =>
      Promise.resolve({
        url: FINAL,
        status: 200,
        ok: true,
        headers: new Headers({ 'content-type': 'application/pdf' }),
        arrayBuffer: () =>
          new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      });
    expect(await fetchPdf(URL_, { fetch: slowBody, timeoutMs: 50, bodyTimeoutMs: 50 })).toEqual({ kind: 'timeout', url: URL_ });
  });

  it('says network when the fetch itself fails (offline, refused, blocked)', async () => {
    const offline: PdfFetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchPdf(URL_, { fetch: offline })).toEqual({ kind: 'network', url: URL_, detail: 'Failed to fetch' });
  });

  it('says aborted, not timeout or network, when the caller gives up', async () => {
    const controller = new AbortController();
    const pending = fetchPdf(URL_, { fetch: hanging, signal: controller.signal, timeoutMs: 10_000 });
    controller.abort();
    expect(await pending).toEqual({ kind: 'aborted', url: URL_ });
    const already = new AbortController();
    already.abort();
    expect((await fetchPdf(URL_, { fetch: hanging, signal: already.signal })).kind).toBe('aborted');
  });

  it('passes an abort signal and follows redirects', async () => {
    let seen: { signal: AbortSignal; redirect: string } | undefined;
    await fetchPdf(URL_, {
      fetch: (url, init) => {
        seen = init;
        expect(url).toBe(URL_);
        return answer(200, PDF)(url, init);
      },
    });
    expect(seen?.redirect).toBe('follow');
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('fetchPdf reads UN documents only, as an anonymous visitor', () => {
  it('sends no cookies or credentials', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const spy: PdfFetch = (url, init) => {
      seen.push({ ...init });
      return answer(200, PDF, { 'content-type': 'application/pdf' })(url, init);
    };
    await fetchPdf(URL_, { fetch: spy });
    expect(seen[0]?.credentials).toBe('omit');
  });

  it.each([
    'https://evil.example/fake.pdf',
    'http://documents.un.org/doc/undoc/x.pdf',
    'https://documents.un.org:8443/doc/undoc/x.pdf',
    'https://www.un.org/hostile/forged.pdf',
  ])('a redirect that ends at %s is refused, the bytes unread', async (final) => {
    let read = false;
    const fetcher: PdfFetch = () =>
      Promise.resolve({
        url: final,
        status: 200,
        ok: true,
        headers: new Headers({ 'content-type': 'application/pdf' }),
        arrayBuffer: () => ((read = true), Promise.resolve(PDF.buffer)),
      });
    expect(await fetchPdf(URL_, { fetch: fetcher })).toEqual({ kind: 'off-site', url: final });
    expect(read).toBe(false);
  });

  it('a start address off the UN document hosts is not fetched at all', async () => {
    let called = false;
    const fetcher: PdfFetch = (url, init) => ((called = true), answer(200, PDF)(url, init));
    expect(await fetchPdf('https://evil.example/x.pdf', { fetch: fetcher })).toEqual({
      kind: 'off-site',
      url: 'https://evil.example/x.pdf',
    });
    expect(called).toBe(false);
  });

  it('a caller may allow its own bundled copies', async () => {
    const bundled = 'chrome-extension://id/samples/a-res-76-186.ru.pdf';
    const result = await fetchPdf(bundled, { fetch: answer(200, PDF, {}, bundled), allowed: (url) => url === bundled });
    expect(result.kind).toBe('ok');
  });
});
