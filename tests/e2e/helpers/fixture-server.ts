/**
 * A local HTTPS server that plays the UN sites for the browser tests. Chromium reaches it through
 * `--host-resolver-rules` (see browser.ts), so pages, extension pages and the service worker all
 * fetch the real `https://undocs.org/...` URLs, redirects included.
 *
 * Requests are answered by, in order: programmable routes (`route`, `redirect`), then files under
 * `tests/fixtures/sites/<host>/<path>` (`index.html` for a folder), then 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSelfSignedCertificate } from './certificate';

/** The hosts the server answers for; browser.ts maps each to it. */
export const FIXTURE_HOSTS = [
  'undocs.org',
  'docs.un.org',
  'documents.un.org',
  'digitallibrary.un.org',
  'www.un.org',
  // Another default site: a choice on www.un.org must leave it alone (tests/e2e/sites.e2e.test.ts).
  'press.un.org',
  // HTML pages with citations (tests/e2e/page-citations.e2e.test.ts).
  'research.un.org',
  'news.un.org',
  'www.ohchr.org',
  // Not a UN site: a news article full of undocs.org links (on when "all sites" is granted).
  'news.example',
  // Not a UN site: the control where the content script must not run.
  'not-un.example',
] as const;

export type FixtureHost = (typeof FIXTURE_HOSTS)[number];

export const SITES_DIR = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

export interface FixtureRequest {
  method: string;
  host: string;
  /** The full URL as the browser asked for it, e.g. `https://undocs.org/en/A/RES/76/186`. */
  url: URL;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Drop the connection without an answer (a network failure as the browser sees one). */
  reset?: boolean;
}

/** Answers a request, or returns undefined to let the next route or the files answer. */
export type RouteHandler = (request: FixtureRequest) => FixtureResponse | undefined | Promise<FixtureResponse | undefined>;

/** Which requests a route takes: an exact path (query ignored), a regexp on path+query, or a test. */
export type RouteMatcher = string | RegExp | ((url: URL) => boolean);

export interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  /** The Cookie header sent, if any. */
  cookie?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // press.un.org's pages end in `.doc.htm`.
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

function matches(matcher: RouteMatcher, url: URL): boolean {
  if (typeof matcher === 'string') return url.pathname === matcher;
  if (matcher instanceof RegExp) return matcher.test(url.pathname + url.search);
  return matcher(url);
}

export class FixtureServer {
  /** Every request answered, in order: lets a test check which redirect chain was followed. */
  readonly requests: LoggedRequest[] = [];
  private routes: Array<{ host: string; matcher: RouteMatcher; handler: RouteHandler }> = [];

  private readonly server: Server;

  private constructor(certificate: { key: Buffer; cert: Buffer }) {
    this.server = createServer(certificate, (req, res) => {
      void this.answer(req.method ?? 'GET', req.url ?? '/', req.headers).then((response) => {
        if (response.reset === true) {
          req.socket.destroy();
          return;
        }
        res.writeHead(response.status ?? 200, response.headers);
        res.end(req.method === 'HEAD' ? undefined : response.body);
      });
    });
  }

  /** Starts a server on 127.0.0.1 (a free port) with a fresh self-signed certificate. */
  static async start(): Promise<FixtureServer> {
    const fixture = new FixtureServer(makeSelfSignedCertificate(FIXTURE_HOSTS));
    await new Promise<void>((ready, fail) => {
      fixture.server.once('error', fail);
      fixture.server.listen(0, '127.0.0.1', () => ready());
    });
    return fixture;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Adds a programmable route for `host`; routes added later are tried first. */
  route(host: FixtureHost, matcher: RouteMatcher, handler: RouteHandler): void {
    this.routes.unshift({ host, matcher, handler });
  }

  /** Answers `host` + `matcher` with a redirect to `location` (absolute or relative). */
  redirect(host: FixtureHost, matcher: RouteMatcher, location: string, status: 301 | 302 | 303 | 307 | 308 = 302): void {
    this.route(host, matcher, () => ({ status, headers: { location } }));
  }

  /** Forgets the programmable routes and the request log (call between tests). */
  reset(): void {
    this.routes = [];
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  /** Never rejects: a throwing route becomes a 500 the test can see in the log. */
  private async answer(method: string, path: string, headers: FixtureRequest['headers']): Promise<FixtureResponse> {
    // The browser asked for https://<Host header><path>; the resolver rule hid the real host.
    const host = String(headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(path, `https://${host}`);
    let response: FixtureResponse | undefined;
    try {
      for (const route of this.routes) {
        if (route.host !== host || !matches(route.matcher, url)) continue;
        response = await route.handler({ method, host, url, headers });
        if (response) break;
      }
      response ??= await this.serveFile(host, url);
    } catch (err) {
      response = { status: 500, body: `fixture server error: ${String(err)}` };
    }
    const cookie = typeof headers.cookie === 'string' ? headers.cookie : undefined;
    this.requests.push({ method, url: url.href, status: response.status ?? 200, ...(cookie !== undefined ? { cookie } : {}) });
    return response;
  }

  private async serveFile(host: string, url: URL): Promise<FixtureResponse> {
    const siteDir = resolve(SITES_DIR, host);
    let path = resolve(siteDir, '.' + decodeURIComponent(url.pathname));
    // Never serve outside the host's folder (`..` in a crafted path).
    if (path !== siteDir && !path.startsWith(siteDir + sep)) return { status: 403, body: 'forbidden' };
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path).catch(() => null);
    if (body === null) return { status: 404, headers: { 'content-type': 'text/plain' }, body: `no fixture for ${url.href}` };
    return { status: 200, headers: { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }, body };
  }
}
