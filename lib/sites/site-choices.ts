/**
 * Where Resolute runs on HTML pages, decided from the stored choices: a site is a hostname; the
 * reader's choice for that exact hostname wins, then the default sites, then "all sites". Pure:
 * the settings and the URL come in as arguments.
 */
import { isDefaultSite } from './default-sites';

/** The reader's on/off choices, by hostname (lower case, no trailing dot). */
export type SiteChoices = Readonly<Record<string, boolean>>;

export interface SiteSettings {
  /** Run on every http(s) site not switched off (needs the optional all-sites permission). */
  allSites: boolean;
  siteChoices: SiteChoices;
}

/** More than anyone sets by hand; a bigger stored map is corrupt, not a preference. */
const MAX_CHOICES = 10_000;

/** A hostname as `URL` writes it (letters, digits, `-`, `.`, IDNs as punycode), or an IPv6 literal. */
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/**
 * The site of `url`: its hostname, lower case, for http and https pages; `null` for every other
 * page (browser pages, extension pages, files, data: and blob: URLs) and for what is not a URL.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/\.$/, '');
  return isValidHostname(host) ? host : null;
}

export function isValidHostname(host: string): boolean {
  return host.length > 0 && host.length <= 253 && HOSTNAME.test(host);
}

/** Whether Resolute should run on the page at `url` with these settings. */
export function isSiteEnabled(settings: SiteSettings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && isSiteOn(settings, site);
}

/** Whether Resolute runs on `site` (a hostname from `siteOf`), and why. */
export function siteState(settings: SiteSettings, site: string): { on: boolean; source: 'choice' | 'default' | 'all-sites' | 'off' } {
  const choice = Object.hasOwn(settings.siteChoices, site) ? settings.siteChoices[site] : undefined;
  if (choice !== undefined) return { on: choice, source: 'choice' };
  if (isDefaultSite(site)) return { on: true, source: 'default' };
  return settings.allSites ? { on: true, source: 'all-sites' } : { on: false, source: 'off' };
}

export function isSiteOn(settings: SiteSettings, site: string): boolean {
  return siteState(settings, site).on;
}

/**
 * The choices in what storage held: a plain object of hostname → boolean. Entries with another
 * key or value are dropped one by one (the rest still count); anything else reads as no choices.
 */
export function readSiteChoices(stored: unknown): SiteChoices {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const entries = Object.entries(stored as Record<string, unknown>);
  if (entries.length > MAX_CHOICES) return {};
  const choices: Record<string, boolean> = {};
  for (const [host, on] of entries) {
    if (typeof on === 'boolean' && isValidHostname(host)) choices[host] = on;
  }
  return choices;
}

/** `choices` with `site` set to `on`, or with its choice removed (`null`: back to the default). */
export function withChoice(choices: SiteChoices, site: string, on: boolean | null): SiteChoices {
  const next: Record<string, boolean> = { ...choices };
  if (on === null) delete next[site];
  else next[site] = on;
  return next;
}

/**
 * The choice to store so that `site` ends up `on`: `null` (remove the choice) when that is what
 * the site does anyway, so the stored list only holds real departures from the defaults.
 */
export function choiceToReach(settings: SiteSettings, site: string, on: boolean): boolean | null {
  const withoutChoice = { ...settings, siteChoices: withChoice(settings.siteChoices, site, null) };
  return isSiteOn(withoutChoice, site) === on ? null : on;
}
