/**
 * The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi (Firefox's own remote
 * protocol; playwright-core's Firefox needs a patched build). The UN hosts reach the fixture
 * server through a local CONNECT proxy, Firefox's equivalent of Chromium's host-resolver rules.
 * Node 20 has WebSocket behind `--experimental-websocket` (set in vitest.e2e.config.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureServer } from './fixture-server';

export const FIREFOX_PATH = process.env.RESOLUTE_FIREFOX ?? '/usr/bin/firefox-esr';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

interface TunnelProxy {
  port: number;
  /** Closes the proxy and every tunnel still open (a tunnel would otherwise hold `close` forever). */
  close(): Promise<void>;
}

/** Every HTTPS tunnel goes to the fixture server, whatever host the browser asked for. */
function startTunnelProxy(fixture: FixtureServer): Promise<TunnelProxy> {
  const proxy: Server = createServer();
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };
  proxy.on('connect', (_request, client: Socket, head) => {
    track(client);
    const upstream = connect(fixture.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((ready) =>
    proxy.listen(0, '127.0.0.1', () =>
      ready({
        port: (proxy.address() as { port: number }).port,
        close: async () => {
          for (const socket of open) socket.destroy();
          proxy.closeAllConnections();
          await new Promise((done) => proxy.close(done));
        },
      }),
    ),
  );
}

/** Ends Firefox: SIGTERM, then SIGKILL if it has not exited within `graceMs`. Never waits longer. */
async function endFirefox(firefox: ChildProcess, graceMs = 5_000): Promise<void> {
  if (firefox.exitCode !== null || firefox.signalCode !== null) return;
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));
  const within = (ms: number) =>
    Promise.race([exited.then(() => true), new Promise<boolean>((late) => setTimeout(() => late(false), ms).unref())]);
  firefox.kill('SIGTERM');
  if (await within(graceMs)) return;
  firefox.kill('SIGKILL');
  await within(graceMs);
}

function prefs(proxyPort: number): string {
  const values: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.http.http3.enable': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
  return Object.entries(values)
    .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
    .join('\n');
}

interface BidiAnswer {
  type: 'success' | 'error';
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export interface FirefoxWithExtension {
  /** A BiDi command; rejects on an error answer. */
  send(method: string, params: object): Promise<Record<string, unknown>>;
  /** A new tab's browsing context id. */
  newTab(): Promise<string>;
  /** Navigates and waits for `complete`; resolves to where the tab is then (redirects followed). */
  land(context: string, url: string): Promise<string>;
  /** Where the tab is now. */
  urlOf(context: string): Promise<string>;
  /** Evaluates `expression` (awaiting a promise) in the tab; resolves to its value as a string. */
  evaluate(context: string, expression: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds `.output/firefox-mv2` as a test build (`npm run build:firefox:test`: its hooks, ADR 0024); throws if the build fails. */
export function buildForFirefox(): void {
  const build = spawnSync('npm', ['run', '-s', 'build:firefox:test'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`npm run build:firefox:test failed:\n${build.stdout}${build.stderr}`);
}

/**
 * `display`: an X display (`:99`) to show Firefox's window on instead of running headless, for
 * tests that press keys through the X server, where Firefox's own shortcuts see them too.
 */
export async function launchFirefoxWithExtension(
  fixture: FixtureServer,
  options: { display?: string } = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('no Firefox build: run `npm run build:firefox:test`');
  const proxy = await startTunnelProxy(fixture);
  const profile = mkdtempSync(join(tmpdir(), 'resolute-firefox-'));
  writeFileSync(join(profile, 'user.js'), prefs(proxy.port));
  const headless = options.display === undefined ? ['--headless'] : [];
  const firefox: ChildProcess = spawn(FIREFOX_PATH, [...headless, '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(options.display === undefined ? {} : { env: { ...process.env, DISPLAY: options.display } }),
  });
  const cleanUp = async () => {
    await endFirefox(firefox);
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    // Firefox says where BiDi listens on stderr.
    const endpoint = await new Promise<string>((found, fail) => {
      let said = '';
      const timer = setTimeout(() => fail(new Error(`Firefox did not start BiDi:\n${said}`)), 30_000);
      firefox.stderr!.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(said);
        if (match) {
          clearTimeout(timer);
          found(match[1]!);
        }
      });
      firefox.once('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${said}`)));
    });
    const socket = new WebSocket(`${endpoint}/session`);
    await new Promise((open, fail) => {
      socket.onopen = open;
      socket.onerror = fail;
    });
    let nextId = 1;
    const waiting = new Map<number, (answer: BidiAnswer) => void>();
    socket.onmessage = (event) => {
      const answer = JSON.parse(String(event.data)) as BidiAnswer & { id?: number };
      if (answer.id !== undefined) waiting.get(answer.id)?.(answer);
    };
    const send = (method: string, params: object) =>
      new Promise<Record<string, unknown>>((done, fail) => {
        const id = nextId++;
        waiting.set(id, (answer) => {
          waiting.delete(id);
          if (answer.type === 'success') done(answer.result ?? {});
          else fail(new Error(`${method}: ${answer.error}: ${answer.message}`));
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    // The fixture server's certificate is self-signed.
    await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });

    const where = async (context: string) => {
      const tree = (await send('browsingContext.getTree', { root: context })) as { contexts: Array<{ url: string }> };
      return tree.contexts[0]!.url;
    };
    await readerRulesInForce(send, where);
    return {
      send,
      async newTab() {
        return ((await send('browsingContext.create', { type: 'tab' })) as { context: string }).context;
      },
      async land(context, url) {
        await send('browsingContext.navigate', { context, url, wait: 'complete' });
        return where(context);
      },
      urlOf: where,
      async evaluate(context, expression) {
        const result = (await send('script.evaluate', { target: { context }, expression, awaitPromise: true })) as {
          type: string;
          result?: { value?: unknown };
          exceptionDetails?: { text?: string };
        };
        if (result.type === 'exception') throw new Error(`evaluate: ${result.exceptionDetails?.text}`);
        return String(result.result?.value);
      },
      async close() {
        socket.close();
        await cleanUp();
      },
    };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}

/** A document address no fixture serves: with the rules in force it lands in the reader anyway. */
const RULES_PROBE = 'https://undocs.org/en/A/RES/1/1';
const RULES_TIMEOUT_MS = 30_000;

/**
 * The background writes the reader redirect rules a moment after install (ADR 0007); a test that
 * navigates before lands in Firefox's own viewer. Waits, in a tab of its own, until a document
 * address is redirected to the reader, so no test depends on running second.
 */
async function readerRulesInForce(
  send: (method: string, params: object) => Promise<Record<string, unknown>>,
  where: (context: string) => Promise<string>,
): Promise<void> {
  const { context } = (await send('browsingContext.create', { type: 'tab' })) as { context: string };
  const until = Date.now() + RULES_TIMEOUT_MS;
  try {
    while (Date.now() < until) {
      await send('browsingContext.navigate', { context, url: RULES_PROBE, wait: 'complete' }).catch(() => undefined);
      if ((await where(context)).startsWith('moz-extension://')) return;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error(`Firefox: the reader redirect rules were not in force within ${RULES_TIMEOUT_MS / 1000} s`);
  } finally {
    await send('browsingContext.close', { context }).catch(() => undefined);
  }
}
