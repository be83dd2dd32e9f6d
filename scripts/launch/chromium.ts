/**
 * Opens Chromium with the built extension in a throw-away profile (playwright-core drives it:
 * headless runs need it for the screenshot, headed ones to open the reader page at start-up).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumFlags } from '../../lib/start/chromium-flags';

export const CHROMIUM_PATH = process.env.RESOLUTE_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser (if still open) and deletes the profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headless: boolean;
  hostResolverRules: string;
  /** The browser's UI language, e.g. `en-US`; default the environment's. */
  lang?: string;
}

export async function launchChromium(options: LaunchOptions): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install -y chromium) or set RESOLUTE_CHROMIUM`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'resolute-start-'));
  const removeProfile = () => rm(profileDir, { recursive: true, force: true });
  const args = chromiumFlags({
    extensionDir: options.extensionDir,
    hostResolverRules: options.hostResolverRules,
    isRoot: process.getuid?.() === 0,
  });
  if (options.lang) args.push(`--lang=${options.lang}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless,
      // A person's window: no "controlled by automated software" bar, the window's own size.
      ignoreDefaultArgs: ['--enable-automation'],
      viewport: options.headless ? { width: 1280, height: 900 } : null,
      ...(options.lang ? { locale: options.lang } : {}),
      args,
    });
  } catch (err) {
    await removeProfile();
    throw err;
  }
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await context.close().catch(() => undefined);
    }
    await removeProfile();
  };
  try {
    const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (err) {
    await close();
    throw new Error(`the extension did not start in Chromium: ${err instanceof Error ? err.message : String(err)}`);
  }
}
