/**
 * The sites where Resolute runs without being asked: the UN's own. One list feeds the manifest
 * (static content script and host permissions, wxt.config.ts and entrypoints/content/index.ts), the
 * dynamic registration (which leaves these to the static script) and `isSiteEnabled`.
 */

export interface DefaultSite {
  /** A registrable domain, lower case. */
  domain: string;
  /** Whether every subdomain is included too (`press.un.org` for `un.org`). */
  withSubdomains: boolean;
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  // digitallibrary, documents, docs, press, research, www, news… and un.org itself.
  { domain: 'un.org', withSubdomains: true },
  { domain: 'undocs.org', withSubdomains: false },
  { domain: 'ohchr.org', withSubdomains: true },
  { domain: 'unodc.org', withSubdomains: true },
  { domain: 'undp.org', withSubdomains: true },
  { domain: 'unesco.org', withSubdomains: true },
];

/**
 * The default sites as match patterns, https only: on a plain-http page anyone on the network path
 * writes the page's scripts, so Resolute does not run there (ADR 0024). `*.un.org` also matches
 * `un.org` itself, as match patterns define it.
 */
export const DEFAULT_SITE_MATCHES: readonly string[] = DEFAULT_SITES.map(
  ({ domain, withSubdomains }) => `https://${withSubdomains ? '*.' : ''}${domain}/*`,
);

/** Whether `hostname` (lower case, as `siteOf` gives it) is one of the default sites. */
export function isDefaultSite(hostname: string): boolean {
  return DEFAULT_SITES.some(({ domain, withSubdomains }) => hostname === domain || (withSubdomains && hostname.endsWith(`.${domain}`)));
}
