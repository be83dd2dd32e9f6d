/**
 * What the dynamically registered content script should be, for the sites outside the default
 * list, and how stored choices follow permissions the reader grants or takes back. Pure; the
 * background applies it (entrypoints/background/content-script-registration.ts).
 *
 * The default sites have the manifest's static content script, so the dynamic one never matches
 * them (no page gets two copies). A site switched off keeps the script: it sits idle there and
 * starts again at once when the site is switched back on, without a reload.
 */
import { DEFAULT_SITE_MATCHES, isDefaultSite } from './default-sites';
import { grantsAllSites, grantsSite } from './permission-origins';
import { isValidHostname, type SiteSettings } from './site-choices';

/** The one dynamic registration's id (ids are per extension). */
export const DYNAMIC_SCRIPT_ID = 'resolute-sites';

export interface ScriptRegistration {
  id: string;
  matches: string[];
  excludeMatches: string[];
}

/** What `scripting.getRegisteredContentScripts()` reports (only the fields compared here). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
}

/**
 * Where the dynamic script runs: https pages only, whatever the permission grants (it asks for
 * `*://`, as the browsers' "all sites" permission is written). On plain http anyone on the network
 * path writes the page's scripts (ADR 0024).
 */
const HTTPS_EVERYWHERE = 'https://*/*';
const httpsPatternFor = (site: string) => `https://${site}/*`;

/** The registration the settings and grants call for, or `null` for none. */
export function desiredRegistration(settings: SiteSettings, granted: readonly string[]): ScriptRegistration | null {
  if (settings.allSites && grantsAllSites(granted)) {
    return { id: DYNAMIC_SCRIPT_ID, matches: [HTTPS_EVERYWHERE], excludeMatches: [...DEFAULT_SITE_MATCHES] };
  }
  const sites = Object.entries(settings.siteChoices)
    .filter(([site, on]) => on && !isDefaultSite(site) && grantsSite(granted, site))
    .map(([site]) => site)
    .sort();
  if (sites.length === 0) return null;
  return { id: DYNAMIC_SCRIPT_ID, matches: sites.map(httpsPatternFor), excludeMatches: [] };
}

export interface RegistrationUpdate {
  unregisterIds: string[];
  register: ScriptRegistration | null;
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The calls that turn `current` into `desired`, or `null` when it is already so. */
export function planRegistration(current: readonly RegisteredScript[], desired: ScriptRegistration | null): RegistrationUpdate | null {
  const ours = current.filter((script) => script.id === DYNAMIC_SCRIPT_ID);
  if (desired === null) return ours.length === 0 ? null : { unregisterIds: [DYNAMIC_SCRIPT_ID], register: null };
  const existing = ours[0];
  if (existing && sameSet(existing.matches, desired.matches) && sameSet(existing.excludeMatches, desired.excludeMatches)) return null;
  return { unregisterIds: existing ? [DYNAMIC_SCRIPT_ID] : [], register: desired };
}

/**
 * The settings change after the reader granted `added` origins (from the popup, the options page
 * or the browser's own site-access menu): all sites on, or each newly granted site on. The
 * background does this, not the page that asked, because a popup may close while the browser's
 * prompt is open and never see the answer. `null` when nothing changes.
 */
export function changeAfterGrant(settings: SiteSettings, added: readonly string[]): Partial<SiteSettings> | null {
  const change: Partial<SiteSettings> = {};
  if (grantsAllSites(added) && !settings.allSites) change.allSites = true;
  const choices: Record<string, boolean> = { ...settings.siteChoices };
  let choicesChanged = false;
  for (const pattern of added) {
    const host = /^(?:\*|https?):\/\/([^/*]+)\/.*$/.exec(pattern)?.[1]?.toLowerCase();
    if (host === undefined || !isValidHostname(host) || isDefaultSite(host) || choices[host] === true) continue;
    choices[host] = true;
    choicesChanged = true;
  }
  if (choicesChanged) change.siteChoices = choices;
  return Object.keys(change).length > 0 ? change : null;
}

/**
 * The settings change after permissions were taken back, leaving `granted`: "all sites" off if
 * it is no longer granted, and non-default sites that lost their grant back to off (their choice
 * removed), so no switch shows "on" where nothing can run. `null` when nothing changes.
 */
export function changeAfterRemoval(settings: SiteSettings, granted: readonly string[]): Partial<SiteSettings> | null {
  const change: Partial<SiteSettings> = {};
  if (settings.allSites && !grantsAllSites(granted)) change.allSites = false;
  const stale = Object.entries(settings.siteChoices).filter(([site, on]) => on && !isDefaultSite(site) && !grantsSite(granted, site));
  if (stale.length > 0) {
    const choices: Record<string, boolean> = { ...settings.siteChoices };
    for (const [site] of stale) delete choices[site];
    change.siteChoices = choices;
  }
  return Object.keys(change).length > 0 ? change : null;
}
