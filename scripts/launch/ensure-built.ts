/**
 * Builds the Chrome extension unless `.output/chrome-mv3` is newer than every source it is made
 * from (lib/start/build-freshness.ts) and of the flavour needed: the bench waits for the test
 * build's hooks (`npm run build:test`, ADR 0024); `npm start` takes either and builds production.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS, needsBuild } from '../../lib/start/build-freshness';
import { CONTENT_SCRIPT_FILE, testHooksIn } from '../../lib/start/build-flavour';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_BUILD_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file shows as a newer folder
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function hasTestHooks(): boolean {
  const script = join(CHROME_BUILD_DIR, CONTENT_SCRIPT_FILE);
  return existsSync(script) && testHooksIn(readFileSync(script, 'utf8')).length > 0;
}

/**
 * Resolves to the build folder; throws when a needed build fails. `log` tells what happens.
 * `testHooks` (default true): the build must be a test build (what the bench waits for).
 */
export function ensureBuilt(log: (line: string) => void, { testHooks = true }: { testHooks?: boolean } = {}): string {
  const manifest = join(CHROME_BUILD_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : null;
  const newest = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(PROJECT_ROOT, input))));
  const wrongFlavour = builtAt !== null && testHooks && !hasTestHooks();
  if (!needsBuild(builtAt, newest) && !wrongFlavour) {
    log('The extension is built and up to date (.output/chrome-mv3).');
    return CHROME_BUILD_DIR;
  }
  log(
    builtAt === null
      ? 'Building the extension…'
      : wrongFlavour
        ? 'The build has no test hooks: rebuilding the extension as a test build…'
        : 'Sources changed since the last build: rebuilding the extension…',
  );
  const script = testHooks ? 'build:test' : 'build';
  // WXT lists every file it writes (hundreds, with pdf.js's character maps): shown only on failure.
  const result = spawnSync('npm', ['run', '-s', script], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`the build failed (npm run ${script}); its output is above`);
  }
  log('Built .output/chrome-mv3.');
  return CHROME_BUILD_DIR;
}
