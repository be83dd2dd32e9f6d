/**
 * Keeps the dynamically registered content script (sites outside the default list) in step with
 * the stored choices and the granted permissions (background only): at every start (the service
 * worker waking, the browser starting: registrations are re-checked rather than trusted), when
 * the choices change, and when permissions are granted or taken back. The planning is pure
 * (lib/sites/registration-plan.ts); this is the wiring, with the browser passed in for tests.
 */
import { browser } from 'wxt/browser';
import { SETTING_KEYS, readSettings, type Settings } from '../../lib/settings';
import {
  changeAfterGrant,
  changeAfterRemoval,
  desiredRegistration,
  planRegistration,
  type RegisteredScript,
  type ScriptRegistration,
} from '../../lib/sites/registration-plan';
import { isDefaultSite } from '../../lib/sites/default-sites';
import { isSiteEnabled, siteOf } from '../../lib/sites/site-choices';
import { CONTENT_SCRIPT_FILE, injectIfAbsent, type ScriptingApi } from '../../components/extension/inject-now';

interface Listenable<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

type PermissionsListener = (permissions: { origins?: string[] }) => void;

/** The slice of the extension API this module uses (the real `browser`, or a fake in tests). */
export interface RegistrationApi {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: Listenable<(changes: Record<string, unknown>, area: string) => void>;
  };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    onAdded: Listenable<PermissionsListener>;
    onRemoved: Listenable<PermissionsListener>;
  };
  scripting: ScriptingApi & {
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: Array<ScriptRegistration & { js: string[]; runAt: 'document_idle' }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  tabs: { query(query: { active: true; lastFocusedWindow: true }): Promise<Array<{ id?: number; url?: string }>> };
}

/** Only the site keys move the registration; the reader setting has its own sync. */
const SITE_KEYS = ['allSites', 'siteChoices'];

async function loadSettings(api: RegistrationApi): Promise<Settings> {
  return readSettings(await api.storage.local.get(SETTING_KEYS));
}

async function grantedOrigins(api: RegistrationApi): Promise<string[]> {
  return (await api.permissions.getAll()).origins ?? [];
}

/** Makes the stored choices honest about the grants, then the registration match them. */
async function syncOnce(api: RegistrationApi): Promise<void> {
  let settings = await loadSettings(api);
  const granted = await grantedOrigins(api);
  // A grant taken back while Resolute was not running (or just now) must not leave a switch on.
  const change = changeAfterRemoval(settings, granted);
  if (change) {
    await api.storage.local.set(change);
    settings = { ...settings, ...change };
  }
  const plan = planRegistration(await api.scripting.getRegisteredContentScripts(), desiredRegistration(settings, granted));
  if (plan === null) return;
  if (plan.unregisterIds.length > 0) await api.scripting.unregisterContentScripts({ ids: plan.unregisterIds });
  if (plan.register) {
    // document_idle, as the manifest's static script runs (WXT's default).
    await api.scripting.registerContentScripts([{ ...plan.register, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' }]);
  }
}

/**
 * After a grant: switch on what was granted (the page that asked may be gone: a popup closes
 * when the browser's prompt takes the focus), register, and run the script in the tab the reader
 * is looking at if its site is now on.
 */
async function afterGrant(api: RegistrationApi, added: string[]): Promise<void> {
  const settings = await loadSettings(api);
  const change = changeAfterGrant(settings, added);
  if (change) await api.storage.local.set(change);
  await syncOnce(api);
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  const site = tab?.url ? siteOf(tab.url) : null;
  if (tab?.id === undefined || site === null || isDefaultSite(site)) return;
  if (!isSiteEnabled({ ...settings, ...change }, tab.url!)) return;
  await injectIfAbsent(tab.id, api.scripting);
}

export interface RegistrationKeeper {
  /** Resolves when every step queued so far has run (tests wait on it). */
  settled(): Promise<void>;
  stop(): void;
}

/** Starts keeping the registration in step until `stop`. */
export function keepContentScriptRegistered(api: RegistrationApi = browser): RegistrationKeeper {
  // One step at a time, in order: each re-reads storage and grants, so the last leaves the
  // registration matching what is true now.
  let queue = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((err: unknown) => console.error('Resolute: could not update where the content script runs', err));
    return queue;
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SITE_KEYS.some((key) => key in changes)) void enqueue(() => syncOnce(api));
  };
  const onAdded: PermissionsListener = ({ origins }) => void enqueue(() => afterGrant(api, origins ?? []));
  const onRemoved: PermissionsListener = () => void enqueue(() => syncOnce(api));
  api.storage.onChanged.addListener(onStorage);
  api.permissions.onAdded.addListener(onAdded);
  api.permissions.onRemoved.addListener(onRemoved);
  void enqueue(() => syncOnce(api));
  return {
    settled: () => queue,
    stop() {
      api.storage.onChanged.removeListener(onStorage);
      api.permissions.onAdded.removeListener(onAdded);
      api.permissions.onRemoved.removeListener(onRemoved);
    },
  };
}
