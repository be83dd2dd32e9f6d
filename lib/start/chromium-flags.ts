/**
 * The command line of the Chromium that `npm start` and `npm run demo` open: the built extension
 * loaded, and the UN hosts resolved nowhere, so the demo shows only what ships in the extension.
 */

/** The UN hosts a reader might reach: documents, metadata, and the rest of un.org. */
export const UN_HOSTS = ['undocs.org', 'docs.un.org', 'documents.un.org', 'digitallibrary.un.org', 'un.org', '*.un.org'];

/**
 * `--host-resolver-rules` that make every UN host unreachable (name not found), so a demo proves
 * the bundled copy needs no network; other sites are left alone.
 */
export function offlineUnHostRules(hosts: readonly string[] = UN_HOSTS): string {
  return hosts.map((host) => `MAP ${host} ~NOTFOUND`).join(', ');
}

export interface ChromiumFlagsInput {
  /** Absolute path of the built extension (`.output/chrome-mv3`). */
  extensionDir: string;
  hostResolverRules: string;
  /** Running as root (CI, containers) needs Chromium's sandbox off. */
  isRoot: boolean;
}

export function chromiumFlags({ extensionDir, hostResolverRules, isRoot }: ChromiumFlagsInput): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules}`,
  ];
}

/**
 * Why a window cannot be opened here, or null when it can. On Linux a window needs an X or
 * Wayland display; macOS and Windows always have one.
 */
export function displayProblem(platform: string, env: Record<string, string | undefined>): string | null {
  if (platform !== 'linux') return null;
  if ((env.DISPLAY ?? '') !== '' || (env.WAYLAND_DISPLAY ?? '') !== '') return null;
  return 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
}
