/**
 * A small in-memory stand-in for the extension APIs the site registration uses (storage.local,
 * permissions, scripting, tabs), with the browser's rules that matter here: events fire after a
 * change, registering an id twice fails, a page can only be scripted where a grant reaches.
 */
import type { RegistrationApi } from '../../../entrypoints/background/content-script-registration';
import type { RegisteredScript } from '../../../lib/sites/registration-plan';
import { grantsSite } from '../../../lib/sites/permission-origins';
import { siteOf } from '../../../lib/sites/site-choices';

class FakeEvent<L extends (...args: never[]) => void> {
  readonly listeners = new Set<L>();
  addListener = (listener: L) => void this.listeners.add(listener);
  removeListener = (listener: L) => void this.listeners.delete(listener);
  emit(...args: Parameters<L>): void {
    for (const listener of this.listeners) listener(...args);
  }
}

/** Answers on a later microtask, as the browser does; a throw becomes a rejection. */
const later = <T>(answer: () => T): Promise<T> => Promise.resolve().then(answer);

export interface FakeTab {
  id: number;
  url: string;
  /** Whether a copy of the content script runs there. */
  scripted: boolean;
}

export function fakeExtensionApi(initial: { stored?: Record<string, unknown>; granted?: string[]; tabs?: FakeTab[] } = {}) {
  const store: Record<string, unknown> = structuredClone(initial.stored ?? {});
  const granted = [...(initial.granted ?? [])];
  const registered = new Map<string, RegisteredScript & { js?: string[] }>();
  const tabs = initial.tabs ?? [];
  const injections: Array<{ tabId: number; files: string[] }> = [];
  const onChanged = new FakeEvent<(changes: Record<string, unknown>, area: string) => void>();
  const onAdded = new FakeEvent<(p: { origins?: string[] }) => void>();
  const onRemoved = new FakeEvent<(p: { origins?: string[] }) => void>();

  const api: RegistrationApi = {
    storage: {
      local: {
        get: (keys) => later(() => Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, structuredClone(store[k])]))),
        set: (items) =>
          later(() => {
            const changes: Record<string, unknown> = {};
            for (const [key, value] of Object.entries(items)) {
              changes[key] = { oldValue: store[key], newValue: value };
              store[key] = structuredClone(value);
            }
            queueMicrotask(() => onChanged.emit(changes, 'local'));
          }),
      },
      onChanged,
    },
    permissions: { getAll: () => later(() => ({ origins: [...granted] })), onAdded, onRemoved },
    scripting: {
      getRegisteredContentScripts: () => later(() => [...registered.values()].map((s) => structuredClone(s))),
      registerContentScripts: (scripts) =>
        later(() => {
          for (const script of scripts) {
            if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
            registered.set(script.id, structuredClone(script));
          }
        }),
      unregisterContentScripts: ({ ids }) =>
        later(() => {
          for (const id of ids) {
            if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
          }
        }),
      executeScript: ({ target, func, files }) =>
        later(() => {
          const tab = tabs.find((candidate) => candidate.id === target.tabId);
          const site = tab ? siteOf(tab.url) : null;
          if (!tab || site === null || !grantsSite(granted, site)) throw new Error('Cannot access contents of the page');
          if (func) return [{ result: tab.scripted }];
          injections.push({ tabId: tab.id, files: files ?? [] });
          tab.scripted = true;
          return [{ result: undefined }];
        }),
    },
    tabs: { query: () => later(() => tabs.slice(0, 1).map(({ id, url }) => ({ id, url }))) },
  };

  return {
    api,
    store,
    registered,
    injections,
    listenerCount: () => onChanged.listeners.size + onAdded.listeners.size + onRemoved.listeners.size,
    /** The reader says yes in the browser's prompt (or its site-access menu). */
    grant(origins: string[]) {
      granted.push(...origins);
      onAdded.emit({ origins });
    },
    /** The reader takes a grant back (chrome://extensions, about:addons). */
    revoke(origins: string[]) {
      for (const origin of origins) granted.splice(granted.indexOf(origin), 1);
      onRemoved.emit({ origins });
    },
  };
}
