/**
 * The folder rules of ADR 0018 as eslint.config.js states them, shown to fire: each bad import
 * is linted under the path of a real file of that folder (type-aware linting only accepts files
 * the TypeScript project knows; ESLint lints the text given, not the file on disk).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The rules about where code may come from that `code` breaks, linted as if it were `filePath`. */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals' || m.ruleId === null)
    .map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const importOf = (specifier: string) => `import type { Anything } from '${specifier}';\nexport type Same = Anything;\n`;

const LIB_FILE = 'lib/citations/engine.ts';
const COMPONENT_FILE = 'components/notes/NoteEditor.tsx';
const ADAPTER_FILE = 'components/extension/i18n.ts';
const ENTRY_FILE = 'entrypoints/reader/main.tsx';

describe('lib/ is the pure core', () => {
  it.each([
    'wxt/browser',
    'wxt',
    'wxt/utils/define-content-script',
    'preact',
    'preact/hooks',
    'webextension-polyfill',
    '../../components/extension/i18n',
    '../../entrypoints/reader/pdf-view',
  ])(
    'may not import %s',
    async (specifier) => {
      expect(await layerErrors(importOf(specifier), LIB_FILE)).toEqual(['no-restricted-imports']);
    },
    60_000,
  );

  it('may import lib/ and node-free packages', async () => {
    expect(await layerErrors(importOf('../anchoring/types') + importOf('idb'), LIB_FILE)).toEqual([]);
  }, 60_000);

  it.each(['document.title', 'window.location.href', 'localStorage.getItem("k")', 'CSS.escape("x")', 'requestIdleCallback(() => {})'])(
    'may not read the browser global in `%s`',
    async (expression) => {
      expect(await layerErrors(`export const x = () => ${expression};\n`, LIB_FILE)).toEqual(['no-restricted-globals']);
    },
    60_000,
  );

  it('may use a `document` or `window` it was given', async () => {
    expect(await layerErrors('export const title = (document: { title: string }) => document.title;\n', LIB_FILE)).toEqual([]);
  }, 60_000);
});

describe('components/ is shared by several contexts', () => {
  it("may not import one context's code", async () => {
    expect(await layerErrors(importOf('../../entrypoints/reader/pdf-view'), COMPONENT_FILE)).toEqual(['no-restricted-imports']);
    expect(await layerErrors(importOf('../../entrypoints/reader/pdf-view'), ADAPTER_FILE)).toEqual(['no-restricted-imports']);
  }, 60_000);

  it('talks to the extension API only through components/extension/', async () => {
    expect(await layerErrors(importOf('wxt/browser'), COMPONENT_FILE)).toEqual(['no-restricted-imports']);
    expect(
      await layerErrors(importOf('../extension/i18n') + importOf('preact/hooks') + importOf('../../lib/notes/types'), COMPONENT_FILE),
    ).toEqual([]);
    expect(await layerErrors(importOf('wxt/browser'), ADAPTER_FILE)).toEqual([]);
  }, 60_000);
});

describe('entrypoints/ and the rest', () => {
  it('a context may import the extension API, components and lib', async () => {
    expect(
      await layerErrors(
        importOf('wxt/browser') + importOf('../../components/extension/i18n') + importOf('../../lib/notes/types'),
        ENTRY_FILE,
      ),
    ).toEqual([]);
  }, 60_000);

  it('scripts and tests may not import the extension API', async () => {
    expect(await layerErrors(importOf('wxt/browser'), 'scripts/scan.ts')).toEqual(['no-restricted-imports']);
    expect(await layerErrors(importOf('wxt/browser'), 'tests/unit/locales.test.ts')).toEqual(['no-restricted-imports']);
  }, 60_000);
});
