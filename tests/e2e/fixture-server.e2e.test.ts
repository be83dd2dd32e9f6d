/**
 * The fixture server itself, spoken to over real HTTPS from node: host routing, files, routes
 * and the UN redirect chain that browser tests rely on.
 */
import { request } from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './helpers/fixture-server';
import { serveUnDocument } from './helpers/un-sites';

interface Reply {
  status: number;
  location: string | undefined;
  contentType: string | undefined;
  body: string;
}

let server: FixtureServer;

/** GET `url` from the fixture server as if DNS pointed its host there (what Chromium's rule does). */
function get(url: string): Promise<Reply> {
  const { hostname, pathname, search } = new URL(url);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname + search,
        servername: hostname,
        headers: { host: hostname },
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            contentType: res.headers['content-type'],
            body: Buffer.concat(chunks).toString('latin1'),
          }),
        );
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** Follows redirects like a browser, returning every URL visited and the last reply. */
async function follow(url: string): Promise<{ chain: string[]; last: Reply }> {
  const chain = [url];
  let reply = await get(url);
  while (reply.status >= 300 && reply.status < 400 && reply.location) {
    const next = new URL(reply.location, chain.at(-1)).href;
    chain.push(next);
    reply = await get(next);
  }
  return { chain, last: reply };
}

beforeAll(async () => {
  server = await FixtureServer.start();
});
afterEach(() => server.reset());
afterAll(() => server.close());

describe('fixture server', () => {
  it('serves each host its own files, with a content type', async () => {
    const undocs = await get('https://undocs.org/');
    expect(undocs.status).toBe(200);
    expect(undocs.contentType).toContain('text/html');
    expect(undocs.body).toContain('Fixture home page of undocs.org');
    expect((await get('https://www.un.org/')).body).toContain('Fixture home page of www.un.org');
  });

  it('answers 404 for a missing file and refuses paths that climb out of the host folder', async () => {
    expect((await get('https://undocs.org/no/such/page')).status).toBe(404);
    expect((await get('https://undocs.org/..%2Fwww.un.org%2Findex.html')).status).toBe(403);
  });

  it('lets a route answer before the files, and logs what it answered', async () => {
    server.route('undocs.org', '/', () => ({ status: 418, body: 'teapot' }));
    expect(await get('https://undocs.org/')).toMatchObject({ status: 418, body: 'teapot' });
    expect(server.requests).toEqual([{ method: 'GET', url: 'https://undocs.org/', status: 418 }]);
  });

  it('reset() forgets routes', async () => {
    server.route('undocs.org', '/', () => ({ status: 418 }));
    server.reset();
    expect((await get('https://undocs.org/')).status).toBe(200);
  });

  it('plays the real chain from undocs.org to the PDF on documents.un.org', async () => {
    const pdf = Buffer.from('%PDF-1.4 fixture');
    const { pdfUrl } = serveUnDocument(server, { symbol: 'A/RES/76/186', lang: 'ru', pdf, jobNumber: 'N2141234' });
    const { chain, last } = await follow('https://undocs.org/ru/A/RES/76/186');
    expect(chain).toEqual([
      'https://undocs.org/ru/A/RES/76/186',
      'https://documents.un.org/api/symbol/access?s=A%2FRES%2F76%2F186&l=ru&t=pdf',
      `${pdfUrl}?token=fixture&fe=true`,
    ]);
    expect(pdfUrl).toBe('https://documents.un.org/doc/undoc/gen/n21/412/34/pdf/n2141234.pdf');
    expect(last).toMatchObject({ status: 200, contentType: 'application/pdf', body: '%PDF-1.4 fixture' });
    // docs.un.org takes the same path; other languages are not served.
    expect((await follow('https://docs.un.org/ru/A/RES/76/186')).last.status).toBe(200);
    expect((await follow('https://undocs.org/en/A/RES/76/186')).last.status).toBe(404);
  });

  it('answers an unpublished symbol with 200 and an empty body, like documents.un.org', async () => {
    serveUnDocument(server, { symbol: 'A/RES/99/1', lang: 'en' });
    const { chain, last } = await follow('https://undocs.org/en/A/RES/99/1');
    expect(chain).toHaveLength(2);
    expect(last).toMatchObject({ status: 200, body: '' });
  });
});
