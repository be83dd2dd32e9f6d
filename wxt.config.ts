import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ALL_SITES_ORIGIN } from './lib/sites/permission-origins';

/**
 * Public half of the RSA key that pins the Chrome extension id to
 * `jfplbljalmcbdlegkmpiahmidllbgnjn` wherever the build folder lives (an unpacked extension's id
 * otherwise depends on its path). The private half was never kept: Chrome only needs the public
 * key to derive the id, and the Web Store signs uploads with its own key.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0WQmCOThrfNqNM5YCBPIXqcGxrxk1Kdqr9rg6MCzCoHSFp8AmlU1h0Tv0NqqMXIiDkiBkosMpcs+Qdw4PkApevEind8oXl7Bcsg09hyy5CtX32G8zXZ8N1C3O5dLfzfJnyUqR73hS8w1uxF+KpZxQBzsz7lkg+3p92kWcq+EzDZEA3Xa6AzQZrK0y+k+TXAI8sWLuPJUIUllPYnL4guUojwIhplgsgsewthDT4MZxBJ01uyMYOQYq4RkQOgERpy/0AtKQi4EcbcD5a+j0gw2EJY2yA3MLbYCrqOeSzbGGQZ6IHIWamS+CqnhYOK3sEaiNBx0PUDXCzD8uO1JfUo8PwIDAQAB';

/** Firefox add-on id; `.invalid` is a reserved TLD, so it can never collide with a real domain. */
const GECKO_ID = 'resolute@resolute.invalid';

/**
 * `.gitignore` patterns as the globs of WXT's `zip.excludeSources`. WXT 0.20 does not read
 * .gitignore when it zips the Firefox sources; without this, a local key, certificate or .env
 * file would ship to addons.mozilla.org. Negations (`!x`) have no glob equivalent: refused.
 */
export function gitignoreToGlobs(gitignore: string): string[] {
  return gitignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => {
      if (line.startsWith('!')) throw new Error(`.gitignore negation not supported for the sources zip: ${line}`);
      const body = line.replace(/^\//, '').replace(/\/$/, '');
      // Unanchored patterns without an inner slash match at any depth, as in git.
      const glob = line.startsWith('/') || body.includes('/') ? body : `**/${body}`;
      return [glob, `${glob}/**`];
    });
}

/**
 * The UN sites Resolute reads from: documents open from the first three (the reader redirect,
 * ADR 0007), the reader fetches their PDFs, and the Library answers metadata later.
 */
const UN_HOST_PERMISSIONS = [
  'https://undocs.org/*',
  'https://docs.un.org/*',
  'https://documents.un.org/*',
  'https://digitallibrary.un.org/*',
];

/**
 * The extension pages' content security policy. `wasm-unsafe-eval`: pdf.js decodes some images
 * (JPEG 2000) with WebAssembly. `connect-src`: the reader, the offscreen document and the service
 * worker read only the extension's own files and the UN hosts, redirects included.
 */
export const EXTENSION_PAGES_CSP = [
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  `connect-src 'self' ${UN_HOST_PERMISSIONS.map((p) => p.replace(/\/\*$/, '')).join(' ')}`,
].join('; ');

/**
 * The bundled sample PDFs (`assets/samples/*.pdf`) as extension files `samples/<name>`, so the
 * reader opens them offline with `runtime.getURL('/samples/<name>')`.
 */
export function samplePdfFiles(samplesDir: string): { absoluteSrc: string; relativeDest: string }[] {
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .map((name) => ({ absoluteSrc: join(samplesDir, name), relativeDest: `samples/${name}` }));
}

const SAMPLES_DIR = fileURLToPath(new URL('./assets/samples', import.meta.url));

/**
 * The offline catalogue's shards (`assets/catalog/compact/*.json`, ADR 0008) as extension files
 * `catalog/<name>`: the background fetches one only when a lookup needs it.
 */
export function catalogueFiles(compactDir: string): { absoluteSrc: string; relativeDest: string }[] {
  return readdirSync(compactDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ absoluteSrc: join(compactDir, name), relativeDest: `catalog/${name}` }));
}

const CATALOGUE_DIR = fileURLToPath(new URL('./assets/catalog/compact', import.meta.url));

/**
 * Browser locales that get the UN's Chinese (simplified, the `zh_CN` file) as a copy made at
 * build (ADR 0022): Chrome and Firefox pick `zh_TW` for Traditional Chinese browsers (zh-TW, and
 * zh-HK, which Chrome folds into zh-TW) and never fall back from it to `zh_CN`, so without the
 * copy those readers got English. One source file: nothing to keep in step by hand.
 */
export const UN_CHINESE_COPIES = ['zh_TW', 'zh_HK'] as const;

export function chineseLocaleCopies(localesDir: string): { absoluteSrc: string; relativeDest: string }[] {
  return UN_CHINESE_COPIES.map((folder) => ({
    absoluteSrc: join(localesDir, 'zh_CN', 'messages.json'),
    relativeDest: `_locales/${folder}/messages.json`,
  }));
}

const LOCALES_DIR = fileURLToPath(new URL('./public/_locales', import.meta.url));

/**
 * The head every extension page shares, added by Vite to each HTML entrypoint that does not carry
 * its own, so that an `index.html` holds only what is its page's: its title, its manifest options,
 * its body. `lang` and `dir` are the interface's, set by each page's script from the messages
 * (ADR 0022); the content security policy is the manifest's.
 */
export function sharedPageHead(html: string): HtmlTagDescriptor[] {
  const tags: HtmlTagDescriptor[] = [];
  if (!/<meta\s+charset/i.test(html)) tags.push({ tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' });
  if (!/<meta\s+name="viewport"/i.test(html)) {
    tags.push({ tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head' });
  }
  return tags;
}

const sharedPageHeadPlugin: Plugin = {
  name: 'resolute-shared-page-head',
  transformIndexHtml: { order: 'pre', handler: sharedPageHead },
};

/**
 * A test build (`npm run build:test`, the browser tests and the bench): `RESOLUTE_TEST_HOOKS=1`
 * keeps the markers tests wait for (`<html data-resolute-ready|scan|notes>`). Every other build
 * (`npm run build`, `npm run zip`) drops them: they would tell any page that Resolute is
 * installed (ADR 0024, lib/test-hooks.d.ts).
 */
export const TEST_HOOKS = process.env.RESOLUTE_TEST_HOOKS === '1';

// Absent in the unpacked sources zip (dotfiles are not zipped): then there is nothing to exclude.
const gitignorePath = new URL('./.gitignore', import.meta.url);
const gitignored = existsSync(gitignorePath) ? gitignoreToGlobs(readFileSync(gitignorePath, 'utf8')) : [];

export default defineConfig({
  // RESOLUTE_OUT_DIR builds a private copy (parallel work, benches) without touching `.output`.
  ...(process.env.RESOLUTE_OUT_DIR ? { outDir: process.env.RESOLUTE_OUT_DIR } : {}),
  // Explicit imports everywhere: code reads the same in the editor, tsc, ESLint and Vitest.
  imports: false,
  // `wxt/browser` becomes webextension-polyfill (promise-based on Chrome too); see ADR 0004.
  modules: ['@wxt-dev/webextension-polyfill'],
  // There is no WXT Preact module: the Vite preset compiles JSX and aliases React to Preact.
  vite: () => ({
    plugins: [preact(), sharedPageHeadPlugin],
    define: { __RESOLUTE_TEST_HOOKS__: JSON.stringify(TEST_HOOKS) },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...samplePdfFiles(SAMPLES_DIR), ...catalogueFiles(CATALOGUE_DIR), ...chineseLocaleCopies(LOCALES_DIR));
    },
  },
  zip: {
    // Reviewers rebuild from the sources; tests and their fixtures are not needed for that.
    excludeSources: [...gitignored, 'tests/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Settings in storage; declarativeNetRequest for opening UN documents in the reader (its
    // "WithHostAccess" form acts only where host permissions reach, and adds no warning of its own).
    // `offscreen` (Chrome only): the service worker reads cited documents with pdf.js in an
    // offscreen document (ADR 0009); Firefox's background page has a DOM of its own.
    // `scripting` + `activeTab` (ADR 0016): the popup reads the current tab's site and Resolute
    // runs on sites the reader switches on at run time; neither adds an install warning.
    permissions: [
      'storage',
      'declarativeNetRequestWithHostAccess',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Only the UN hosts it fetches from and redirects (https only). The content script's default
    // sites need no host permission (its matches suffice); the popup learns the current tab's
    // site from `activeTab` or from the tab's content script (ADR 0024).
    host_permissions: UN_HOST_PERMISSIONS,
    // Extension pages fetch only themselves and the UN hosts (every redirect hop is held to this
    // list by the browser), run only their own scripts, and embed no plugins (ADR 0019).
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // "All sites" and single other sites are asked for at run time, never at install. WXT 0.20
    // drops `optional_host_permissions` from MV2 builds without converting it, so Firefox MV2
    // gets the MV2 key itself.
    ...(browser === 'firefox' ? { optional_permissions: [ALL_SITES_ORIGIN] } : { optional_host_permissions: [ALL_SITES_ORIGIN] }),
    // Chrome lets a redirect rule send a navigation to an extension page only if the page is
    // web-accessible to the navigation's INITIATOR: the site where the undocs.org link was
    // clicked (a search engine, Wikipedia, un.org, a local file), not the UN host. Limited to the
    // UN hosts, every link from elsewhere failed with ERR_BLOCKED_BY_CLIENT (ADR 0007).
    // The notes frame (ADR 0019) is framed by the content script on any page where Resolute runs;
    // on its own it shows nothing: its notes come from the background, held to its tab's page.
    web_accessible_resources: [{ resources: ['reader.html', 'notes-frame.html'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox's built-in consent (required on AMO): Resolute collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
              // The consent key needs Firefox 140 (ESR) on desktop, 142 on Android; older
              // versions reject or warn about it.
              strict_min_version: '140.0',
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});
