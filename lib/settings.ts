/**
 * The user's settings as stored in `storage.local`, one key per setting, with their defaults.
 *
 * Storage is written by the options page and the popup and read by the background; whatever is
 * found there is checked here, so a missing key (first run) or a value of the wrong type (an
 * older version, a hand edit) falls back to the default instead of breaking a context.
 */

export interface Settings {
  /** Open UN documents in Resolute's reader instead of the browser's PDF viewer. */
  openInReader: boolean;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = { openInReader: true };

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** The settings in what `storage.local.get(SETTING_KEYS)` returned. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const openInReader = stored.openInReader;
  return { openInReader: typeof openInReader === 'boolean' ? openInReader : DEFAULT_SETTINGS.openInReader };
}

/** Whether a `storage.onChanged` report (its `changes` object) touches any setting. */
export function touchesSettings(changes: Record<string, unknown>): boolean {
  return SETTING_KEYS.some((key) => key in changes);
}
