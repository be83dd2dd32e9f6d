/**
 * Whether the reader's citation panel is open. Remembered for the tab (sessionStorage), so that
 * following a citation from the panel opens the next document with its panel open too.
 */
const KEY = 'resolute.citationsPanel';

export interface PanelVisibility {
  isOpen(): boolean;
  /** `focus`: move the keyboard focus into the panel (opened by the button or the shortcut). */
  set(open: boolean, focus?: boolean): void;
  toggle(focus?: boolean): void;
  subscribe(listener: (open: boolean, focus: boolean) => void): () => void;
}

export function createPanelVisibility(storage: Storage | null): PanelVisibility {
  let open = read(storage);
  const listeners = new Set<(open: boolean, focus: boolean) => void>();
  const visibility: PanelVisibility = {
    isOpen: () => open,
    set(next, focus = false) {
      if (next === open) return;
      open = next;
      try {
        storage?.setItem(KEY, open ? 'open' : 'closed');
      } catch {
        // Storage refused (quota, privacy mode): the panel still opens, it is just not remembered.
      }
      for (const listener of [...listeners]) listener(open, focus);
    },
    toggle: (focus = false) => visibility.set(!open, focus),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return visibility;
}

function read(storage: Storage | null): boolean {
  try {
    return storage?.getItem(KEY) === 'open';
  } catch {
    return false;
  }
}
