import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, readSettings, touchesSettings } from '../../lib/settings';

describe('settings', () => {
  it('open UN documents in the reader, run on the default sites only, by default (first run: nothing stored)', () => {
    expect(DEFAULT_SETTINGS.openInReader).toBe(true);
    expect(readSettings({})).toEqual({ openInReader: true, allSites: false, siteChoices: {} });
  });

  it('read what was stored', () => {
    expect(readSettings({ openInReader: false })).toEqual({ ...DEFAULT_SETTINGS, openInReader: false });
    expect(readSettings({ openInReader: true, unrelated: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ allSites: true, siteChoices: { 'www.un.org': false } })).toEqual({
      openInReader: true,
      allSites: true,
      siteChoices: { 'www.un.org': false },
    });
  });

  it('fall back to the default for a value of the wrong type, one setting at a time', () => {
    for (const stored of ['false', 0, null, {}, []]) {
      expect(readSettings({ openInReader: stored })).toEqual(DEFAULT_SETTINGS);
      expect(readSettings({ allSites: stored })).toEqual(DEFAULT_SETTINGS);
    }
    for (const stored of ['www.un.org', 0, null, [], true]) {
      expect(readSettings({ siteChoices: stored, openInReader: false })).toEqual({ ...DEFAULT_SETTINGS, openInReader: false });
    }
  });

  it('know which storage changes concern them', () => {
    expect(SETTING_KEYS).toEqual(['openInReader', 'allSites', 'siteChoices']);
    expect(touchesSettings({ openInReader: { newValue: false } })).toBe(true);
    expect(touchesSettings({ siteChoices: { newValue: {} } })).toBe(true);
    expect(touchesSettings({ allSites: { newValue: true } })).toBe(true);
    expect(touchesSettings({ readerTrail: { newValue: [] } })).toBe(false);
  });
});
