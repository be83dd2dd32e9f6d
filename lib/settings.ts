/**
 * The user's settings as stored in `storage.local`, one key per setting, with their defaults.
 *
 * Storage is written by the options page and the popup and read by the background and the content
 * script; whatever is found there is checked here, so a missing key (first run) or a value of the
 * wrong type (an older version, a hand edit) falls back to the default instead of breaking a context.
 */
import { readSiteChoices, type SiteChoices } from './sites/site-choices';

export interface Settings {
  /** Open UN documents in Resolute's reader instead of the browser's PDF viewer. */
  openInReader: boolean;
  /** Run on every http(s) site not switched off (only once the optional permission is granted). */
  allSites: boolean;
  /** Per-hostname on/off choices on HTML pages, over the defaults (lib/sites). */
  siteChoices: SiteChoices;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = { openInReader: true, allSites: false, siteChoices: {} };

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

const booleanOr = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** The settings in what `storage.local.get(SETTING_KEYS)` returned. */
export function readSettings(stored: Record<string, unknown>): Settings {
  return {
    openInReader: booleanOr(stored.openInReader, DEFAULT_SETTINGS.openInReader),
    allSites: booleanOr(stored.allSites, DEFAULT_SETTINGS.allSites),
    siteChoices: readSiteChoices(stored.siteChoices),
  };
}

/** Whether a `storage.onChanged` report (its `changes` object) touches any setting. */
export function touchesSettings(changes: Record<string, unknown>): boolean {
  return SETTING_KEYS.some((key) => key in changes);
}
