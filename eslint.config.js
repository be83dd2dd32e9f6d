// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import resolute from './eslint-rules/no-html-sinks.js';

/** The one file allowed to parse HTML strings; see its header for the audit rule. */
export const AUDITED_HTML_FILE = 'lib/dom/audited-html.ts';

/**
 * Folders by context (ADR 0018): which folder may import which. `lib/` is the pure core (node,
 * every context); `components/` renders and may not reach into one context's code; only the
 * browser adapters (`components/extension/`) and the contexts themselves talk to `wxt/browser`.
 */
/** @param {string} folders */
const INTO_FOLDER = (folders) => `^(?:(?:\\.\\./)+|[@~]{1,2}/)(?:${folders})(?:/|$)`;
const WXT_BROWSER = {
  name: 'wxt/browser',
  message:
    'Only components/extension/ and entrypoints/ talk to the extension API: use or add an adapter in components/extension/ (ADR 0018).',
};
export const LAYER_RULES = {
  lib: {
    patterns: [
      {
        group: ['wxt', 'wxt/*', 'preact', 'preact/*', 'webextension-polyfill', '@wxt-dev/*'],
        message: 'lib/ is the pure core: no extension API, no Preact; pass what it needs in (ADR 0018).',
      },
      {
        regex: INTO_FOLDER('components|entrypoints'),
        message: 'lib/ imports only lib/: move the shared part into lib/ or pass it in (ADR 0018).',
      },
    ],
  },
  components: {
    paths: [WXT_BROWSER],
    patterns: [
      {
        regex: INTO_FOLDER('entrypoints'),
        message: "components/ is shared: it may not import one context's code from entrypoints/ (ADR 0018).",
      },
    ],
  },
  componentsExtension: {
    patterns: [
      {
        regex: INTO_FOLDER('entrypoints'),
        message: "components/ is shared: it may not import one context's code from entrypoints/ (ADR 0018).",
      },
    ],
  },
  elsewhere: { paths: [WXT_BROWSER] },
};

/** Globals of a browser window or the extension API: lib/ takes what it needs as parameters. */
export const LIB_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'location',
  'history',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'customElements',
  'requestAnimationFrame',
  'requestIdleCallback',
  'getComputedStyle',
  'getSelection',
  'CSS',
  'chrome',
  'browser',
].map((name) => ({ name, message: `lib/ runs in node too: take \`${name}\` as a parameter (a \`win\` or \`doc\`), see ADR 0018.` }));

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'tests/fixtures/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'tmp/**'],
  },
  js.configs.recommended,
  // Type-aware rules for TypeScript: cheap here (one small program, via the project service),
  // and they catch floating promises and unsafe `any` flowing out of messages.
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    plugins: { resolute },
    rules: { 'resolute/no-html-sinks': 'error' },
  },
  {
    files: [AUDITED_HTML_FILE],
    rules: { 'resolute/no-html-sinks': 'off' },
  },
  // Later entries win for a file, so each folder gets its whole list.
  { rules: { 'no-restricted-imports': ['error', LAYER_RULES.elsewhere] } },
  { files: ['entrypoints/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', LAYER_RULES.lib], 'no-restricted-globals': ['error', ...LIB_FORBIDDEN_GLOBALS] },
  },
  { files: ['components/**'], rules: { 'no-restricted-imports': ['error', LAYER_RULES.components] } },
  { files: ['components/extension/**'], rules: { 'no-restricted-imports': ['error', LAYER_RULES.componentsExtension] } },
);
