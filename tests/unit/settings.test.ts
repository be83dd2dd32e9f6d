import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, readSettings, touchesSettings } from '../../lib/settings';

describe('settings', () => {
  it('open UN documents in the reader by default (first run: nothing stored)', () => {
    expect(DEFAULT_SETTINGS.openInReader).toBe(true);
    expect(readSettings({})).toEqual({ openInReader: true });
  });

  it('read what was stored', () => {
    expect(readSettings({ openInReader: false })).toEqual({ openInReader: false });
    expect(readSettings({ openInReader: true, unrelated: 1 })).toEqual({ openInReader: true });
  });

  it('fall back to the default for a value of the wrong type', () => {
    for (const stored of ['false', 0, null, {}, []]) expect(readSettings({ openInReader: stored })).toEqual(DEFAULT_SETTINGS);
  });

  it('know which storage changes concern them', () => {
    expect(SETTING_KEYS).toEqual(['openInReader']);
    expect(touchesSettings({ openInReader: { newValue: false } })).toBe(true);
    expect(touchesSettings({ readerTrail: { newValue: [] } })).toBe(false);
  });
});
