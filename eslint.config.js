// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import resolute from './eslint-rules/no-html-sinks.js';

/** The one file allowed to parse HTML strings; see its header for the audit rule. */
export const AUDITED_HTML_FILE = 'lib/dom/audited-html.ts';

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
);
