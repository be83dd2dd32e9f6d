/**
 * Whether the reader's citation panel is open (lib/panel/panel-visibility.ts): remembered for the
 * tab, so that the next document opens with its panel as the last one had it.
 */
import { describe, expect, it } from 'vitest';
import { createPanelVisibility } from '../../../lib/panel/panel-visibility';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const refusing: Storage = {
  ...memoryStorage(),
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('panel visibility', () => {
  it('starts closed, or as the tab last left it', () => {
    expect(createPanelVisibility(null).isOpen()).toBe(false);
    expect(createPanelVisibility(memoryStorage()).isOpen()).toBe(false);
    expect(createPanelVisibility(memoryStorage({ 'resolute.citationsPanel': 'open' })).isOpen()).toBe(true);
  });

  it('remembers each change for the next page of the tab', () => {
    const storage = memoryStorage();
    const first = createPanelVisibility(storage);
    first.set(true);
    expect(createPanelVisibility(storage).isOpen()).toBe(true);
    first.toggle();
    expect(createPanelVisibility(storage).isOpen()).toBe(false);
  });

  it('tells subscribers of real changes only, with whether to move the focus, until they leave', () => {
    const visibility = createPanelVisibility(memoryStorage());
    const heard: string[] = [];
    const leave = visibility.subscribe((open, focus) => heard.push(`${open} ${focus}`));
    visibility.set(false);
    visibility.toggle(true);
    visibility.set(true);
    visibility.set(false);
    leave();
    visibility.toggle();
    expect(heard).toEqual(['true true', 'false false']);
  });

  it('still opens and closes when storage refuses to be read or written', () => {
    const visibility = createPanelVisibility(refusing);
    expect(visibility.isOpen()).toBe(false);
    visibility.toggle();
    expect(visibility.isOpen()).toBe(true);
  });
});
