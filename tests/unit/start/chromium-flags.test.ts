import { describe, expect, it } from 'vitest';
import { chromiumFlags, displayProblem, offlineUnHostRules } from '../../../lib/start/chromium-flags';
import { BUILD_INPUTS, needsBuild } from '../../../lib/start/build-freshness';

describe('Chromium flags for start and demo', () => {
  it('make every UN host unreachable, other sites untouched', () => {
    const rules = offlineUnHostRules();
    for (const host of ['undocs.org', 'docs.un.org', 'documents.un.org', 'digitallibrary.un.org', '*.un.org']) {
      expect(rules).toContain(`MAP ${host} ~NOTFOUND`);
    }
    expect(rules).not.toMatch(/MAP \* /);
  });

  it('load only the built extension, and turn the sandbox off only for root', () => {
    const flags = chromiumFlags({ extensionDir: '/p/.output/chrome-mv3', hostResolverRules: 'MAP a ~NOTFOUND', isRoot: false });
    expect(flags).toContain('--load-extension=/p/.output/chrome-mv3');
    expect(flags).toContain('--disable-extensions-except=/p/.output/chrome-mv3');
    expect(flags).toContain('--host-resolver-rules=MAP a ~NOTFOUND');
    expect(flags).not.toContain('--no-sandbox');
    expect(chromiumFlags({ extensionDir: '/x', hostResolverRules: '', isRoot: true })).toContain('--no-sandbox');
  });
});

describe('displayProblem', () => {
  it('says there is no display on Linux without DISPLAY or WAYLAND_DISPLAY', () => {
    expect(displayProblem('linux', {})).toMatch(/no display/);
    expect(displayProblem('linux', { DISPLAY: '' })).toMatch(/no display/);
  });

  it('finds none on Linux with X or Wayland, or on macOS and Windows', () => {
    expect(displayProblem('linux', { DISPLAY: ':99' })).toBeNull();
    expect(displayProblem('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(displayProblem('darwin', {})).toBeNull();
    expect(displayProblem('win32', {})).toBeNull();
  });
});

describe('needsBuild', () => {
  it('builds when there is no build or a source is newer, not otherwise', () => {
    expect(needsBuild(null, 0)).toBe(true);
    expect(needsBuild(1000, 2000)).toBe(true);
    expect(needsBuild(2000, 1000)).toBe(false);
    expect(needsBuild(2000, 2000)).toBe(false);
  });

  it('watches everything the extension is built from', () => {
    for (const input of ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package-lock.json']) {
      expect(BUILD_INPUTS).toContain(input);
    }
  });
});
