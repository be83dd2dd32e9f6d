/**
 * The optional host permissions behind "all sites" and single non-default sites, as origin
 * patterns, and whether what the browser granted covers a site. Pure: the granted list comes from
 * `permissions.getAll()`.
 */

/** What "all sites" asks for: every http and https origin (the manifest's optional permission). */
export const ALL_SITES_ORIGIN = '*://*/*';

/** What switching on one site asks for: that host only, http and https. */
export function originPatternFor(site: string): string {
  return `*://${site}/*`;
}

interface ParsedPattern {
  scheme: string;
  host: string;
}

function parsePattern(pattern: string): ParsedPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*' };
  const match = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(pattern);
  return match ? { scheme: match[1]!, host: match[2]!.toLowerCase() } : null;
}

/** Whether one granted origin pattern lets Resolute run on https pages of `site`. */
function patternCovers(pattern: string, site: string): boolean {
  const parsed = parsePattern(pattern);
  if (parsed === null || parsed.scheme === 'http') return false;
  if (parsed.host === '*') return true;
  if (parsed.host.startsWith('*.')) {
    const domain = parsed.host.slice(2);
    return site === domain || site.endsWith(`.${domain}`);
  }
  return parsed.host === site;
}

/** Whether the granted origins reach `site`. */
export function grantsSite(granted: readonly string[], site: string): boolean {
  return granted.some((pattern) => patternCovers(pattern, site));
}

/** Whether the granted origins reach every site (what "all sites" needs). */
export function grantsAllSites(granted: readonly string[]): boolean {
  return granted.some((pattern) => {
    const parsed = parsePattern(pattern);
    return parsed !== null && parsed.host === '*' && parsed.scheme !== 'http';
  });
}
