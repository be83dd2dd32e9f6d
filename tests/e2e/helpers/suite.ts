/**
 * The set-up every browser test file shares: the HTTPS fixture server and Chromium with the
 * built extension, started before the file's first test and closed after its last (also when
 * the start failed halfway, so a failed file leaves no browser running).
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { FixtureServer } from './fixture-server';

export interface ExtensionSuite {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * Registers the file's `beforeAll` and `afterAll`. `onStart` receives the server and the browser
 * once both run, for the file's own bindings:
 * `useExtensionBrowser((started) => ({ server, browser } = started));`
 * Hooks the file registers after this call run after the start (and their `afterAll` before the close).
 */
export function useExtensionBrowser(onStart: (suite: ExtensionSuite) => void, options: LaunchOptions = {}): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await FixtureServer.start();
    browser = await launchWithExtension(server, options);
    onStart({ server, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
