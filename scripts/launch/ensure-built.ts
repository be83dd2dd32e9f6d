/**
 * Builds the Chrome extension (`npm run build`) unless `.output/chrome-mv3` is newer than every
 * source it is made from (lib/start/build-freshness.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS, needsBuild } from '../../lib/start/build-freshness';

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

/** Resolves to the build folder; throws when a needed build fails. `log` tells what happens. */
export function ensureBuilt(log: (line: string) => void): string {
  const manifest = join(CHROME_BUILD_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : null;
  const newest = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(PROJECT_ROOT, input))));
  if (!needsBuild(builtAt, newest)) {
    log('The extension is built and up to date (.output/chrome-mv3).');
    return CHROME_BUILD_DIR;
  }
  log(builtAt === null ? 'Building the extension…' : 'Sources changed since the last build: rebuilding the extension…');
  // WXT lists every file it writes (hundreds, with pdf.js's character maps): shown only on failure.
  const result = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('the build failed (npm run build); its output is above');
  }
  log('Built .output/chrome-mv3.');
  return CHROME_BUILD_DIR;
}
