/**
 * Tabs for the reader's panel (Citations, Notes) with the WAI-ARIA tabs pattern: a tablist of
 * tabs, one tab stop (the selected tab), arrow keys / Home / End move and select, each tab names
 * the tabpanel it controls.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PanelTab<K extends string> {
  key: K;
  label: string;
}

export interface PanelTabsProps<K extends string> {
  tabs: readonly PanelTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  /** The selected tab's panel. */
  children: ComponentChildren;
}

export const tabId = (key: string) => `reader-panel-tab-${key}`;
export const tabPanelId = (key: string) => `reader-panel-tabpanel-${key}`;

/** The tab an arrow key leads to (wrapping), or null for any other key. */
export function tabAfterKey(keys: readonly string[], current: string, key: string): string | null {
  const i = keys.indexOf(current);
  if (i < 0 || keys.length === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return keys[(i + 1) % keys.length]!;
    case 'ArrowLeft':
    case 'ArrowUp':
      return keys[(i - 1 + keys.length) % keys.length]!;
    case 'Home':
      return keys[0]!;
    case 'End':
      return keys[keys.length - 1]!;
    default:
      return null;
  }
}

export function PanelTabs<K extends string>({ tabs, selected, onSelect, label, children }: PanelTabsProps<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  return (
    <div class="panel-tabs">
      <div
        class="panel-tablist"
        role="tablist"
        aria-label={label}
        ref={listRef}
        onKeyDown={(event) => {
          // Right-to-left pages swap the arrows' meaning, as the reader expects.
          const rtl = listRef.current !== null && getComputedStyle(listRef.current).direction === 'rtl';
          const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
          const next = tabAfterKey(
            tabs.map((tab) => tab.key),
            selected,
            key,
          ) as K | null;
          if (next === null) return;
          event.preventDefault();
          onSelect(next);
          listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === selected}
            aria-controls={tabPanelId(tab.key)}
            tabIndex={tab.key === selected ? 0 : -1}
            data-testid={`panel-tab-${tab.key}`}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div class="panel-tabpanel" role="tabpanel" id={tabPanelId(selected)} aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </div>
  );
}
