/**
 * The settings as Preact state: loaded once, kept current when another page (the popup, the
 * options page) changes them, and written back through `save`. The storage listener goes away
 * with the component.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../extension/settings-storage';

export interface SettingsState {
  /** `null` until the stored settings have been read. */
  settings: Settings | null;
  /** Why the last save failed, if it did. */
  saveError: string | null;
  save: (change: Partial<Settings>) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const stopWatching = watchSettings((next) => live && setSettings(next));
    void loadSettings().then((loaded) => live && setSettings(loaded));
    return () => {
      live = false;
      stopWatching();
    };
  }, []);

  const save = useCallback((change: Partial<Settings>) => {
    // Show the change at once; the storage listener confirms it (or the error says why not).
    setSettings((current) => (current ? { ...current, ...change } : current));
    setSaveError(null);
    saveSettings(change).catch((err: unknown) => {
      setSaveError(err instanceof Error ? err.message : String(err));
      void loadSettings().then(setSettings);
    });
  }, []);

  return { settings, saveError, save };
}
