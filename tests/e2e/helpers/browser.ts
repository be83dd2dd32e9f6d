/**
 * Launches Debian's Chromium with the built extension loaded, the UN hosts mapped to the
 * fixture server, and a fresh profile that is deleted on close.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS, type FixtureServer } from './fixture-server';
import { readerRulesReady } from './reader-rules';
import { CONTENT_SCRIPT_FILE, testHooksIn } from '../../../lib/start/build-flavour';

export const CHROMIUM_PATH = process.env.RESOLUTE_CHROMIUM ?? '/usr/bin/chromium';
/** The built extension; `RESOLUTE_EXTENSION_DIR` points at another copy (e.g. one not being rebuilt). */
export const EXTENSION_DIR = process.env.RESOLUTE_EXTENSION_DIR ?? fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
/** Fixed by the manifest `key` in wxt.config.ts. */
export const EXPECTED_EXTENSION_ID = 'jfplbljalmcbdlegkmpiahmidllbgnjn';

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens `path` (e.g. `about.html`) of the extension in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens the reader with `query` (e.g. `?symbol=A/RES/80/173&lang=en`) in a new tab of `viewport` size (default 1200×900). */
  openReader(query: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, which picks the extension's locale. Default `en-US`. */
  lang?: string;
  /** A touch screen (taps send touch pointer events), and the colour scheme pages see. */
  hasTouch?: boolean;
  colorScheme?: 'light' | 'dark';
  /** A profile directory to use and keep (closing leaves it for a relaunch); default a fresh one, deleted on close. */
  userDataDir?: string;
  /** Offline: every UN host refuses connections, as with no network (the fixture server is not reached). */
  offline?: boolean;
  /** Another copy of the built extension (default EXTENSION_DIR). */
  extensionDir?: string;
  /** The copy is a production build, without test hooks (default: a test build is required). */
  productionBuild?: boolean;
}

/** A UN-shaped host whose connections are always refused (a closed local port). */
export const REFUSING_HOST = 'refused.un.org';

function hostResolverRules(port: number, offline = false): string {
  const rules = FIXTURE_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${offline ? 1 : port}`);
  rules.push(`MAP ${REFUSING_HOST}:443 127.0.0.1:1`);
  return rules.join(', ');
}

export async function launchWithExtension(server: FixtureServer, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:test\` first.`);
  }
  // The tests wait for the test build's hooks (ADR 0024); a production build would time out on each.
  if (options.productionBuild !== true && testHooksIn(readFileSync(join(extensionDir, CONTENT_SCRIPT_FILE), 'utf8')).length === 0) {
    throw new Error(`${extensionDir} is a production build (no test hooks): run \`npm run build:test\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: \`apt-get install -y chromium\` (Debian).`);
  }
  const lang = options.lang ?? 'en-US';
  const keepProfile = options.userDataDir !== undefined;
  const profileDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'resolute-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    locale: lang,
    hasTouch: options.hasTouch ?? false,
    colorScheme: options.colorScheme ?? 'light',
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from the environment.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      '--disable-quic', // the fixture server speaks TCP only
      // `ignoreHTTPSErrors` covers pages only: the service worker's fetches (the metadata
      // service's Library requests) must accept the fixture server's self-signed certificate too.
      '--ignore-certificate-errors',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostResolverRules(server.port, options.offline)}`,
    ],
  });
  try {
    const serviceWorker = await findServiceWorker(context);
    await readerRulesReady(serviceWorker);
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      serviceWorker,
      extensionId,
      async openExtensionPage(path: string) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
      async openReader(query: string, viewport = { width: 1200, height: 900 }) {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(`chrome-extension://${extensionId}/reader.html${query}`);
        return page;
      },
      async close() {
        await context.close();
        if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context.close();
    if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
}

/**
 * Sends `message` with `chrome.runtime.sendMessage` from an extension page (as the extension's
 * own UI will) and returns the background's answer.
 */
export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((msg) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    return chrome.runtime.sendMessage(msg);
  }, message);
}
