import { readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitignoreToGlobs } from '../../wxt.config';

const gitignore = readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8');
const globs = gitignoreToGlobs(gitignore);
/** Whether WXT would leave `path` out of the Firefox sources zip (node's glob matcher here). */
const excluded = (path: string) => globs.some((glob) => matchesGlob(path, glob));

describe('Firefox sources zip exclusions (from .gitignore)', () => {
  it.each([
    'stray.pem',
    'keys/resolute.pem',
    'deep/dir/private.key',
    'resolute.crx',
    '.env',
    '.env.local',
    'node_modules/wxt/package.json',
    '.output/chrome-mv3/manifest.json',
    'coverage/index.html',
    'debug.log',
  ])('leaves out %s', (path) => {
    expect(excluded(path)).toBe(true);
  });

  it.each(['lib/messages.ts', 'wxt.config.ts', 'public/_locales/en/messages.json', 'lib/tmp/file.ts'])('keeps %s', (path) => {
    expect(excluded(path)).toBe(false);
  });

  it('anchors /dir/ patterns at the root and refuses negations', () => {
    expect(gitignoreToGlobs('/tmp/\n# comment\n\n*.pem')).toEqual(['tmp', 'tmp/**', '**/*.pem', '**/*.pem/**']);
    expect(() => gitignoreToGlobs('!keep.pem')).toThrow(/negation/);
  });
});
